// The servers the timeline benchmarks measure, over one store and its read models: caretrail's
// HTTP + GraphQL stack as it runs, and plain express serving the same JSON from the same read model.
import autocannon from 'autocannon';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { Pseudonyms } from '../src/access/pseudonyms.js';
import { AccessRecords } from '../src/application/access-records.js';
import { developmentIdentity } from '../src/auth/development-identity.js';
import type { EventStore } from '../src/event-store/port.js';
import { apiServices } from '../src/graphql/context.js';
import { buildApp } from '../src/http/app.js';
import { listen } from '../src/http/listen.js';
import { ProjectionService } from '../src/read-models/projection-service.js';
import { allProjections } from '../projections/index.js';
import { COHORT_START, seedCohort } from '../src/seeding/seed.js';
import { SimulationClock } from '../src/seeding/simulation-clock.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import { median } from './bench-support.js';

/** One HTTP request autocannon repeats. */
export interface BenchRequest {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface TimelineStack {
  /** The patient whose page is read, and how many events the store held at start. */
  readonly patientId: string;
  /** caretrail's GraphQL servers, named for the work each does per request. */
  readonly graphql: readonly { readonly name: string; readonly request: BenchRequest }[];
  /** The baseline: the same page as JSON from plain express. */
  readonly plain: BenchRequest;
  close(): Promise<void>;
}

/** Seeds a synthetic cohort into a fresh SQLite file through the command path. */
export async function seedStore(path: string, patients: number): Promise<void> {
  const clock = new SimulationClock(COHORT_START);
  const store = new SqliteEventStore({ path, decode: decodeEvent, clock: clock.now });
  try {
    await seedCohort({ store, clock, seed: 1, patients });
  } finally {
    await store.close();
  }
}

/**
 * Opens a SQLite store and its read models and waits until they hold every event the store has
 * now (the first time, a rebuild from zero).
 */
export async function openCaughtUp(storePath: string, readPath: string, timeoutMs: number) {
  const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
  const projections = new ProjectionService({
    store,
    path: readPath,
    projections: allProjections,
    clock: () => new Date(),
  });
  projections.start();
  const { headPosition, eventCount } = await store.stats();
  if (headPosition) await projections.waitForPosition(headPosition, timeoutMs);
  return { store, projections, eventCount: eventCount ?? 0 };
}

/**
 * Starts the servers over read models that have caught up: the page is that of a patient with at
 * least 50 timeline entries, read by a case manager on their care team.
 */
export async function startTimelineStack(
  store: EventStore,
  projections: ProjectionService,
): Promise<TimelineStack> {
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
  const patientId = reader.patientId;

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
  const graphqlRequest = (url: string, token: string): BenchRequest => ({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { id: patientId } }),
  });

  const graphql = [
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
  for (const { name, request } of graphql) {
    const check = (await (await fetch(request.url, { ...request })).json()) as {
      data?: { patient?: { timeline?: { edges?: unknown[] } } };
    };
    if (check.data?.patient?.timeline?.edges?.length !== 50)
      throw new Error(`${name}: the GraphQL page does not hold 50 entries`);
  }

  return {
    patientId,
    graphql,
    plain: { url: `${baseline.url}/timeline/${patientId}`, method: 'GET' },
    close: async () => {
      // Requests autocannon abandons at the end of its last run still execute for a moment on
      // the server side; they finish before the read models close under them.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await Promise.all(
        [api, unaudited, baseline].map(
          ({ server }) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

/** Latency percentiles and throughput of several autocannon runs. */
export interface LoadFigures {
  readonly p50: number[];
  readonly p99: number[];
  readonly rps: number[];
}

/** Runs autocannon `runs` times; any error or non-2xx answer fails the benchmark. */
export async function measureLoad(
  request: BenchRequest,
  options: { connections: number; seconds: number; runs: number },
): Promise<LoadFigures> {
  const figures = { p50: [] as number[], p99: [] as number[], rps: [] as number[] };
  for (let run = 0; run < options.runs; run += 1) {
    const result = await autocannon({
      ...request,
      connections: options.connections,
      duration: options.seconds,
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors`);
    figures.p50.push(result.latency.p50);
    figures.p99.push(result.latency.p99);
    figures.rps.push(result.requests.average);
  }
  return figures;
}

/** `p50 | p99 | requests/s (min–max)` cells of a table row. */
export function loadCells(f: LoadFigures): string {
  return `${median(f.p50)} ms | ${median(f.p99)} ms | ${Math.round(median(f.rps))} (${Math.round(Math.min(...f.rps))}–${Math.round(Math.max(...f.rps))})`;
}
