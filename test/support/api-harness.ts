import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Pseudonyms } from '../../src/access/pseudonyms.js';
import { developmentIdentity, developmentUsers } from '../../src/auth/development-identity.js';
import type { TokenVerifier } from '../../src/auth/token-verifier.js';
import type { Actor } from '../../src/domain/values.js';
import { allProjections } from '../../projections/index.js';
import { apiServices } from '../../src/graphql/context.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { buildApp, type RateLimitSettings } from '../../src/http/app.js';
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

/** Who a test request is sent as when it names nobody: a synthetic case manager. */
export const syntheticCaseManager: Actor = { userId: 'synthetic-cm-1', role: 'case_manager' };

/** The whole service in-process (embedded store, real projections, express + Yoga) on an ephemeral port. */
export async function startApi(
  options: {
    development?: boolean;
    demoCohort?: boolean;
    /** Verifies tokens instead of the in-memory development identity (authentication tests). */
    verifier?: TokenVerifier;
    /** Each user's burst and refill; by default high enough that no test meets it by accident. */
    rateLimit?: RateLimitSettings;
    /** The clock of the store (recordedAt) and of the commands (occurredAt's default and checks). */
    clock?: () => Date;
    /** Where the event store's file is (a temporary directory by default). */
    storePath?: string;
    /** Called with the event store's SQLite connection, e.g. to limit its size. */
    storeConnection?: (db: Database.Database) => void;
  } = {},
) {
  const dir = tempDir('caretrail-api-');
  // The synthetic demo cohort exactly as `npm start` seeds it, on its simulated clock.
  if (options.demoCohort) await seedIfEmpty({ kind: 'sqlite', path: join(dir, 'events.db') });
  const clock = options.clock ?? (() => new Date());
  const store = new SqliteEventStore({
    path: options.storePath ?? join(dir, 'events.db'),
    decode: decodeEvent,
    clock,
    ...(options.storeConnection ? { configureConnection: options.storeConnection } : {}),
  });
  const projections = new ProjectionService({
    store,
    path: join(dir, 'read.db'),
    projections: allProjections,
    clock: () => new Date(),
  });
  projections.start();
  const seededHead = options.demoCohort ? (await store.stats()).headPosition : null;
  if (seededHead !== null) await projections.waitForPosition(seededHead, 60_000);
  // Tokens are real ES256 JWTs, verified by the same code as in production, from a key held in memory.
  const identity = developmentIdentity(null);
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (actor: Actor): Promise<string> => {
    const key = `${actor.role}/${actor.userId}`;
    let token = tokens.get(key);
    if (!token) tokens.set(key, (token = identity.mint(actor)));
    return token;
  };
  /** The Authorization header of a request sent as this caller; none for null. */
  const authorizationAs = async (caller: Actor | null): Promise<Record<string, string>> =>
    caller === null ? {} : { authorization: `Bearer ${await tokenFor(caller)}` };
  // Kept in memory, so test output stays readable and tests can look at what was logged.
  const requestLog: string[] = [];
  // Pseudonyms under a key that lives as long as this test server.
  const pseudonyms = new Pseudonyms(randomBytes(32));
  const services = apiServices({ store, projections, clock, pseudonyms });
  const { commands } = services;
  const app = buildApp({
    services,
    startedAt: new Date(),
    development: options.development ?? true,
    requestLog: (line) => requestLog.push(line),
    verifier: options.verifier ?? identity.verifier,
    rateLimit: options.rateLimit ?? { burst: 100_000, perSecond: 100_000 },
    // As `npm start` does: GraphiQL's tabs carry the demo cohort's first case manager's token.
    graphiqlHeaders: { authorization: `Bearer ${await tokenFor(developmentUsers[0]!)}` },
  });
  const { server, url: base } = await listen(app, 0, '127.0.0.1');
  return {
    base,
    requestLog,
    store,
    projections,
    commands,
    services,
    pseudonyms,
    identity,
    tokenFor,
    authorizationAs,
    /** POSTs a GraphQL operation as this caller (a synthetic case manager unless told; null: no token). */
    async graphql<Data = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      caller: Actor | null = syntheticCaseManager,
      extraHeaders: Record<string, string> = {},
    ): Promise<GraphQLResponse<Data>> {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...extraHeaders,
          ...(await authorizationAs(caller)),
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
