import { join } from 'node:path';
import { allProjections } from '../../projections/index.js';
import { CommandService } from '../../src/application/command-service.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { buildApp } from '../../src/http/app.js';
import { seedIfEmpty } from '../../src/seeding/seed-if-empty.js';
import { listen } from '../../src/http/listen.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';
import { tempDir } from './temp-dir.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  readonly data?: Data | null;
  readonly errors?: readonly {
    message: string;
    path?: unknown[];
    extensions?: Record<string, unknown>;
  }[];
}

/** The whole service in-process (embedded store, real projections, express + Yoga) on an ephemeral port. */
export async function startApi(options: { development?: boolean; demoCohort?: boolean } = {}) {
  const dir = tempDir('caretrail-api-');
  // The synthetic demo cohort exactly as `npm start` seeds it, on its simulated clock.
  if (options.demoCohort) await seedIfEmpty({ kind: 'sqlite', path: join(dir, 'events.db') });
  const store = new SqliteEventStore({ path: join(dir, 'events.db'), decode: decodeEvent });
  const projections = new ProjectionService({
    store,
    path: join(dir, 'read.db'),
    projections: allProjections,
    clock: () => new Date(),
  });
  projections.start();
  const seededHead = options.demoCohort ? (await store.stats()).headPosition : null;
  if (seededHead !== null) await projections.waitForPosition(seededHead, 60_000);
  const commands = new CommandService({ store, clock: () => new Date() });
  // Kept in memory, so test output stays readable and tests can look at what was logged.
  const requestLog: string[] = [];
  const app = buildApp({
    services: { store, commands, projections, clock: () => new Date() },
    startedAt: new Date(),
    development: options.development ?? true,
    requestLog: (line) => requestLog.push(line),
  });
  const { server, url: base } = await listen(app, 0, '127.0.0.1');
  return {
    base,
    requestLog,
    store,
    projections,
    commands,
    /** POSTs a GraphQL operation as a synthetic case manager unless other headers are given. */
    async graphql<Data = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {
        'x-caretrail-user': 'synthetic-cm-1',
        'x-caretrail-role': 'case_manager',
      },
    ): Promise<GraphQLResponse<Data>> {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<Data>;
    },
    async stop(): Promise<void> {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await projections.stop();
      await store.close();
    },
  };
}
