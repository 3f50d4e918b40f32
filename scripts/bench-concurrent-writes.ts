// Durable commands from many concurrent writers, each on its own cases, beside one writer alone,
// measured in the same run, with group commit on and off: through the in-process command path (the
// store's share) and as GraphQL mutations through the whole service (HTTP, authorization, live
// projections). `npm run bench:concurrent-writes -- [--clients 16] [--seconds 10] [--runs 3]`.
import autocannon from 'autocannon';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allProjections } from '../projections/index.js';
import { Pseudonyms } from '../src/access/pseudonyms.js';
import { CommandService } from '../src/application/command-service.js';
import { developmentIdentity } from '../src/auth/development-identity.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { apiServices } from '../src/graphql/context.js';
import { buildApp } from '../src/http/app.js';
import { listen } from '../src/http/listen.js';
import { ProjectionService } from '../src/read-models/projection-service.js';
import {
  benchActor,
  benchContactSummary,
  logContact,
  machine,
  median,
  openBenchCases,
  parseCount,
} from './bench-support.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '16' },
    'cases-per-client': { type: 'string', default: '32' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info(
    'usage: npm run bench:concurrent-writes -- [--clients 16] [--cases-per-client 32] [--seconds 10] [--runs 3]',
  );
  process.exit(0);
}
const clientCount = parseCount('--clients', values.clients);
const casesPerClient = parseCount('--cases-per-client', values['cases-per-client']);
const seconds = parseCount('--seconds', values.seconds);
const runs = parseCount('--runs', values.runs);

const actor = benchActor;
const identity = developmentIdentity(null);
const token = await identity.mint(actor);
const mutation = `mutation Log($input: LogContactInput!) { logContact(input: $input) { revision position } }`;

interface Service {
  readonly url: string;
  readonly store: SqliteEventStore;
  readonly commands: CommandService;
  /** The cases of each writer: writer w logs contacts to casesOf[w] in turn. */
  readonly casesOf: readonly (readonly string[])[];
  close(): Promise<void>;
}

/** The service as it runs, on a fresh store holding each writer's open cases, projections caught up. */
async function startService(dir: string, maxAppendsPerCommit: number): Promise<Service> {
  const clock = (): Date => new Date();
  const store = new SqliteEventStore({
    path: join(dir, 'events.db'),
    decode: decodeEvent,
    maxAppendsPerCommit,
  });
  const projections = new ProjectionService({
    store,
    path: join(dir, 'read.db'),
    projections: allProjections,
    clock,
  });
  projections.start();
  const commands = new CommandService({ store, clock });
  // The writers open their cases concurrently, so the setup itself rides on group commit.
  const casesOf = await Promise.all(
    Array.from({ length: clientCount }, (_, w) =>
      openBenchCases(commands, casesPerClient, `w${w}`),
    ),
  );
  const { headPosition } = await store.stats();
  if (headPosition) await projections.waitForPosition(headPosition, 120_000);
  const app = buildApp({
    services: apiServices({
      store,
      projections,
      clock,
      pseudonyms: new Pseudonyms(randomBytes(32)),
    }),
    startedAt: clock(),
    development: false,
    requestLog: () => undefined,
    verifier: identity.verifier,
    // One synthetic user drives every connection: no rate limit, so none of the run is refused.
    rateLimit: { burst: Number.MAX_SAFE_INTEGER, perSecond: Number.MAX_SAFE_INTEGER },
  });
  const { url, server } = await listen(app, 0, '127.0.0.1');
  return {
    url,
    store,
    commands,
    casesOf,
    close: async () => {
      // Requests autocannon left in flight end with their connections, before the databases close.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await projections.stop();
      await store.close();
    },
  };
}

/** How many events the cases' streams hold: each acknowledged command adds exactly one. */
async function caseEvents(service: Service): Promise<number> {
  const revisions = await Promise.all(
    service.casesOf.flat().map((id) => service.store.streamRevision(`case-${id}`)),
  );
  return revisions.reduce<number>((sum, revision) => sum + (revision ?? -1) + 1, 0);
}

interface Load {
  readonly perSecond: number;
  readonly p50: number | null;
  readonly p99: number | null;
  readonly appendsPerCommit: number;
}

/** Runs a load and checks that every acknowledged command is stored, with how appends were grouped. */
async function measured(
  service: Service,
  load: () => Promise<{ acknowledged: number; p50: number | null; p99: number | null }>,
): Promise<Load> {
  const before = { events: await caseEvents(service), group: service.store.groupCommitStats() };
  const started = performance.now();
  const { acknowledged, p50, p99 } = await load();
  const elapsed = (performance.now() - started) / 1000;
  const after = { events: await caseEvents(service), group: service.store.groupCommitStats() };
  // Requests cut off at the end may have been stored without an answer: never fewer than acknowledged.
  if (after.events - before.events < acknowledged)
    throw new Error(`${acknowledged} acknowledged but ${after.events - before.events} stored`);
  return {
    perSecond: acknowledged / elapsed,
    p50,
    p99,
    appendsPerCommit:
      (after.group.appends - before.group.appends) /
      Math.max(1, after.group.transactions - before.group.transactions),
  };
}

/** `writers` loops in-process, each executing one command after another on its own cases. */
function commandPathLoad(service: Service, writers: number): Promise<Load> {
  return measured(service, async () => {
    const until = performance.now() + seconds * 1000;
    const counts = await Promise.all(
      service.casesOf.slice(0, writers).map(async (cases) => {
        let done = 0;
        while (performance.now() < until) {
          await service.commands.execute(logContact(cases[done % cases.length]!), {
            actor,
            commandId: randomUUID(),
          });
          done += 1;
        }
        return done;
      }),
    );
    return { acknowledged: counts.reduce((a, b) => a + b, 0), p50: null, p99: null };
  });
}

/** `clients` HTTP connections, each sending logContact mutations for its own cases in turn. */
function mutationLoad(service: Service, clients: number): Promise<Load> {
  return measured(service, async () => {
    let refused = 0;
    const result = await autocannon({
      url: `${service.url}/graphql`,
      method: 'POST',
      connections: clients,
      duration: seconds,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (request, context: { writer?: number; sent?: number }) => {
            // Each connection is one writer, with its own cases.
            context.writer ??= nextWriter++ % service.casesOf.length;
            context.sent = (context.sent ?? 0) + 1;
            const cases = service.casesOf[context.writer]!;
            // The in-process workload as GraphQL input: the same contact, its enums as the schema spells them.
            const input = {
              caseId: cases[context.sent % cases.length]!,
              reached: true,
              summary: benchContactSummary,
              party: 'PATIENT',
              channel: 'PHONE',
              purpose: 'FOLLOW_UP',
            };
            return { ...request, body: JSON.stringify({ query: mutation, variables: { input } }) };
          },
          onResponse: (_status, body) => {
            if (body.includes('"errors"')) refused += 1;
          },
        },
      ],
    });
    if (result.non2xx > 0 || result.errors > 0 || refused > 0)
      throw new Error(
        `${result.non2xx} non-2xx, ${result.errors} errors, ${refused} GraphQL errors`,
      );
    return {
      acknowledged: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
    };
  });
}
let nextWriter = 0;

const figures = {
  commandPathOne: [] as Load[],
  commandPathManyUngrouped: [] as Load[],
  commandPathMany: [] as Load[],
  graphqlOne: [] as Load[],
  graphqlManyUngrouped: [] as Load[],
  graphqlMany: [] as Load[],
};
/** Each load on a service of its own, fresh from setup: no load runs on the history another left. */
async function onFreshService(
  dir: string,
  maxAppendsPerCommit: number,
  load: (service: Service) => Promise<Load>,
): Promise<Load> {
  const service = await startService(dir, maxAppendsPerCommit);
  try {
    return await load(service);
  } finally {
    await service.close();
  }
}

for (let run = 0; run < runs; run += 1) {
  const dir = mkdtempSync(join(tmpdir(), 'caretrail-bench-writes-'));
  const at = (name: string) => join(dir, name);
  try {
    figures.commandPathOne.push(await onFreshService(at('1'), 256, (s) => commandPathLoad(s, 1)));
    figures.commandPathManyUngrouped.push(
      await onFreshService(at('2'), 1, (s) => commandPathLoad(s, clientCount)),
    );
    figures.commandPathMany.push(
      await onFreshService(at('3'), 256, (s) => commandPathLoad(s, clientCount)),
    );
    figures.graphqlOne.push(await onFreshService(at('4'), 256, (s) => mutationLoad(s, 1)));
    figures.graphqlManyUngrouped.push(
      await onFreshService(at('5'), 1, (s) => mutationLoad(s, clientCount)),
    );
    figures.graphqlMany.push(
      await onFreshService(at('6'), 256, (s) => mutationLoad(s, clientCount)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(`run ${run + 1}/${runs} done\n`);
}

const rate = (loads: Load[]): number => median(loads.map((l) => l.perSecond));
const ms = (values: (number | null)[]): string =>
  values[0] === null ? '' : `${median(values as number[])} ms`;
const row = (name: string, loads: Load[], baseline: Load[]): string => {
  const perSecond = loads.map((l) => l.perSecond);
  return `| ${name} | ${Math.round(rate(loads))} (${Math.round(Math.min(...perSecond))}–${Math.round(Math.max(...perSecond))}) | ${ms(loads.map((l) => l.p50))} | ${ms(loads.map((l) => l.p99))} | ${median(loads.map((l) => l.appendsPerCommit)).toFixed(1)} | ${(rate(loads) / rate(baseline)).toFixed(2)} × |`;
};
console.info(
  `\nDurable commands (LogContact, one event each, every writer on its own ${casesPerClient} cases), ${runs} runs of ${seconds} s each, projections following live (${machine()})\n`,
);
console.info(
  '| writers | commands/s median (min–max) | p50 | p99 | appends per commit | vs one writer |',
);
console.info('| --- | ---: | ---: | ---: | ---: | ---: |');
console.info(
  row(
    '1 writer, in-process command path (baseline)',
    figures.commandPathOne,
    figures.commandPathOne,
  ),
);
console.info(
  row(
    `${clientCount} writers, in-process command path, group commit off`,
    figures.commandPathManyUngrouped,
    figures.commandPathOne,
  ),
);
console.info(
  row(
    `${clientCount} writers, in-process command path, group commit on`,
    figures.commandPathMany,
    figures.commandPathOne,
  ),
);
console.info(
  row('1 GraphQL client (baseline for the rows below)', figures.graphqlOne, figures.graphqlOne),
);
console.info(
  row(
    `${clientCount} GraphQL clients, group commit off`,
    figures.graphqlManyUngrouped,
    figures.graphqlOne,
  ),
);
console.info(
  row(`${clientCount} GraphQL clients, group commit on`, figures.graphqlMany, figures.graphqlOne),
);
console.info(
  `\n${clientCount} GraphQL clients with group commit reach ${(rate(figures.graphqlMany) / rate(figures.commandPathOne)).toFixed(2)} × the one-writer command path.`,
);
