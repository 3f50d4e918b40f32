import { randomBytes } from 'node:crypto';
import { Pseudonyms } from '../src/access/pseudonyms.js';
// Latency and throughput of a 50-entry timeline page with nested case and actor, through the whole
// GraphQL stack, beside plain express serving the same JSON from the same read model, same run:
// `npm run bench:timeline -- --store events.db --read read.db [--seconds 10] [--connections 1,10]`.
import autocannon from 'autocannon';
import express from 'express';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { allProjections } from '../projections/index.js';
import { developmentIdentity } from '../src/auth/development-identity.js';
import { AccessRecords } from '../src/application/access-records.js';
import { apiServices } from '../src/graphql/context.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { buildApp } from '../src/http/app.js';
import { listen } from '../src/http/listen.js';
import { ProjectionService } from '../src/read-models/projection-service.js';
import { median, parseCount } from './bench-support.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    read: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,10' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || !values.store || !values.read) {
  console.info(
    'usage: npm run bench:timeline -- --store events.db --read read.db [--seconds 10] [--runs 3] [--connections 1,10]',
  );
  process.exit(values.help ? 0 : 2);
}
const seconds = parseCount('--seconds', values.seconds);
const runs = parseCount('--runs', values.runs);
const connectionCounts = values.connections.split(',').map((n) => parseCount('--connections', n));

const store = new SqliteEventStore({ path: values.store, decode: decodeEvent });
const projections = new ProjectionService({
  store,
  path: values.read,
  projections: allProjections,
  clock: () => new Date(),
});
projections.start();
const { headPosition, eventCount } = await store.stats();
if (headPosition) await projections.waitForPosition(headPosition, 24 * 3_600_000);

const timeline = projections.servingTables('patient-timeline')!;
const cases = projections.servingTables('current-case')!;
const entries = timeline.nameOf('patient_timeline_entries');
const periods = projections
  .servingTables('care-team-membership')!
  .nameOf('care_team_membership_periods');
// A patient and a case manager on their care team now who sees at least 50 of their entries,
// so the page holds 50 entries for every caller measured.
const reader = projections.db
  .prepare(
    `SELECT p.patient_id AS patientId, p.member_id AS memberId FROM "${periods}" p JOIN "${entries}" e ON e.case_id = p.case_id
     WHERE p.valid_until IS NULL AND p.role = 'case-manager' GROUP BY p.patient_id, p.member_id HAVING count(*) >= 50 LIMIT 1`,
  )
  .get() as { patientId: string; memberId: string } | undefined;
if (!reader) throw new Error('no care-team member who sees 50 timeline entries in this store');
const busiest = reader.patientId;

const page = projections.db.prepare(
  `SELECT * FROM "${entries}" WHERE patient_id = ? ORDER BY occurred_at DESC, seq DESC LIMIT 50`,
);
const caseRow = projections.db.prepare(
  `SELECT case_id, status, program, primary_case_manager_id FROM "${cases.nameOf('case_current')}" WHERE case_id = ?`,
);

/** The baseline: the same page and nested case fields as JSON, with no GraphQL in between. */
const plain = express();
plain.get('/timeline/:patientId', (request, response) => {
  const rows = page.all(request.params.patientId) as Record<string, string | number | null>[];
  const caseById = new Map<string, unknown>();
  response.json({
    edges: rows.map((row) => {
      const caseId = row.case_id as string;
      if (caseId && !caseById.has(caseId)) caseById.set(caseId, caseRow.get(caseId));
      const entry = caseById.get(caseId) as Record<string, unknown> | undefined;
      return {
        node: {
          occurredAt: row.occurred_at,
          kind: row.kind,
          summary: row.summary,
          lateEntry: row.late_entry === 1,
          actor: { userId: row.actor_user_id, role: row.actor_role },
          case: entry
            ? {
                id: entry.case_id,
                status: entry.status,
                program: entry.program,
                primaryCaseManager: { userId: entry.primary_case_manager_id },
              }
            : null,
        },
      };
    }),
  });
});

// Real ES256 tokens, verified on every request as in production; the key lives in memory only.
const identity = developmentIdentity(null);
const caseManager = await identity.mint({ userId: reader.memberId, role: 'case_manager' });
const auditor = await identity.mint({ userId: 'syn-auditor-bench', role: 'auditor' });

/** The service as it runs, or (the baseline) with access records that are not written. */
function caretrail(recordAccess: boolean) {
  const services = apiServices({
    store,
    projections,
    clock: () => new Date(),
    pseudonyms: new Pseudonyms(randomBytes(32)),
  });
  class UnrecordedAccess extends AccessRecords {
    override record(): Promise<void> {
      return Promise.resolve();
    }
  }
  return buildApp({
    services: recordAccess
      ? services
      : { ...services, accessRecords: new UnrecordedAccess({ store, clock: () => new Date() }) },
    startedAt: new Date(),
    development: false,
    requestLog: () => undefined,
    verifier: identity.verifier,
    // One synthetic user drives every connection: no rate limit, so none of the run is refused.
    rateLimit: { burst: Number.MAX_SAFE_INTEGER, perSecond: Number.MAX_SAFE_INTEGER },
  });
}

const api = await listen(caretrail(true), 0, '127.0.0.1');
const unaudited = await listen(caretrail(false), 0, '127.0.0.1');
const baseline = await listen(plain, 0, '127.0.0.1');
const query = `query Page($id: ID!) { patient(id: $id) { timeline(first: 50) { edges { node {
  occurredAt kind summary lateEntry actor { userId role }
  case { id status program primaryCaseManager { userId } } } } } } }`;
const graphqlRequest = (url: string, token: string) => ({
  url: `${url}/graphql`,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, variables: { id: busiest } }),
});
const plainRequest = { url: `${baseline.url}/timeline/${busiest}`, method: 'GET' as const };

/** What is measured, each beside plain express in the same run. */
const servers = [
  {
    name: 'caretrail GraphQL, case manager on the team (authorization and access audit)',
    request: graphqlRequest(api.url, caseManager),
  },
  {
    name: 'caretrail GraphQL, auditor (access audit, no care-team check)',
    request: graphqlRequest(api.url, auditor),
  },
  {
    name: 'caretrail GraphQL without either (auditor, access records not written)',
    request: graphqlRequest(unaudited.url, auditor),
  },
];

for (const { name, request } of servers) {
  const check = (await (await fetch(request.url, { ...request })).json()) as {
    data?: { patient?: { timeline?: { edges?: unknown[] } } };
  };
  if (check.data?.patient?.timeline?.edges?.length !== 50)
    throw new Error(`${name}: the GraphQL page does not hold 50 entries`);
}

interface Figures {
  p50: number[];
  p99: number[];
  rps: number[];
}
async function measure(
  request: ReturnType<typeof graphqlRequest> | typeof plainRequest,
  connections: number,
): Promise<Figures> {
  const figures: Figures = { p50: [], p99: [], rps: [] };
  for (let run = 0; run < runs; run += 1) {
    const result = await autocannon({ ...request, connections, duration: seconds });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors`);
    figures.p50.push(result.latency.p50);
    figures.p99.push(result.latency.p99);
    figures.rps.push(result.requests.average);
  }
  return figures;
}

const lines: string[] = [];
for (const connections of connectionCounts) {
  const plainFigures = await measure(plainRequest, connections);
  const fmt = (f: Figures) =>
    `${median(f.p50)} ms | ${median(f.p99)} ms | ${Math.round(median(f.rps))} (${Math.round(Math.min(...f.rps))}–${Math.round(Math.max(...f.rps))})`;
  for (const { name, request } of servers) {
    const ours = await measure(request, connections);
    lines.push(
      `| ${connections} | ${name} | ${fmt(ours)} | ${(median(ours.rps) / median(plainFigures.rps)).toFixed(2)} × |`,
    );
  }
  lines.push(`| ${connections} | plain express (baseline) | ${fmt(plainFigures)} | 1.00 × |`);
}

console.info(
  `\nTimeline page of 50 entries with nested case and actor, over a store of ${eventCount} events; ${runs} runs of ${seconds} s each (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version})\n`,
);
console.info('| connections | server | p50 | p99 | requests/s (min–max) | vs plain |');
console.info('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const line of lines) console.info(line);

// Requests autocannon left in flight end with their connections, before the databases close.
await Promise.all(
  [api, unaudited, baseline].map(
    ({ server }) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  ),
);
await projections.stop();
await store.close();
