import express from 'express';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { accessLogExport } from './access-log-export.js';
import { auditTrailExport } from './audit-trail-export.js';
import { authenticate } from './authenticate.js';
import { exportFormats } from '../exports/export-formats.js';
import { outcomeDatasets } from '../exports/outcome-datasets.js';
import { outcomesExport } from './outcomes-export.js';
import { auditEventsExport, caseProvenanceExport } from './fhir-export.js';
import { careBulkExport } from './fhir-bulk-export.js';
import { bodySizeLimit } from './limits/body-size.js';
import { rateLimit, userOrClientAddress } from './limits/rate-limit.js';
import { securityHeaders } from './limits/security-headers.js';
import { buildYoga } from '../graphql/build-yoga.js';
import type { ApiServices } from '../graphql/context.js';
import { graphiqlAssets, graphiqlAssetsPath } from '../graphql/offline-graphiql.js';
import type { LogWriter } from '../graphql/plugins/request-log.js';

export interface AppDependencies {
  readonly services: ApiServices;
  /** When the process started, for uptime in health reports. */
  readonly startedAt: Date;
  /** GraphiQL and its assets are served only in development. */
  readonly development: boolean;
  /** Where the one-line-per-request JSON log goes; standard output when absent. */
  readonly requestLog?: LogWriter;
  /** Checks callers' bearer tokens on every GraphQL request. */
  readonly verifier: TokenVerifier;
  /** Headers for GraphiQL's example tabs (development: a demo user's token). */
  readonly graphiqlHeaders?: Readonly<Record<string, string>>;
  /** Each user's burst of GraphQL requests and its refill per second; past it, 429. */
  readonly rateLimit: RateLimitSettings;
}

export interface RateLimitSettings {
  readonly burst: number;
  readonly perSecond: number;
}

/** How far behind the log a projection may be while the instance still takes traffic. */
const readiness = { maxLagEvents: 1_000, maxLagSeconds: 30 } as const;

/** Builds the HTTP app without listening, so tests drive the real stack in-process. */
export function buildApp(deps: AppDependencies): express.Express {
  const { store, projections, clock } = deps.services;
  const app = express();
  app.disable('x-powered-by');
  // First, so every answer carries them: refusals and 404s too.
  app.use(securityHeaders({ development: deps.development }));

  app.get('/healthz', async (_request, response) => {
    try {
      const [stats, statuses] = await Promise.all([store.stats(), projections.status()]);
      response.json({
        status: 'ok',
        store: {
          kind: stats.kind,
          headPosition: stats.headPosition,
          eventCount: stats.eventCount,
        },
        projections: statuses.map((p) => ({
          name: p.name,
          version: p.version,
          state: p.state,
          position: p.position,
          lagEvents: p.lagEvents,
          lagSeconds: p.lagSeconds,
          error: p.error,
          rebuild: p.rebuild,
        })),
        uptimeSeconds: Math.round((clock().getTime() - deps.startedAt.getTime()) / 1000),
      });
    } catch {
      response.status(503).json({ status: 'unavailable', store: { kind: store.kind } });
    }
  });

  // Ready: the store answers and every projection is up to date within a bound, none stopped.
  app.get('/readyz', async (_request, response) => {
    try {
      const statuses = await projections.status();
      await store.stats();
      const behind = statuses.filter(
        (p) =>
          p.state === 'failed' ||
          p.state === 'stopped' ||
          (p.lagEvents ?? 0) > readiness.maxLagEvents ||
          (p.lagSeconds ?? 0) > readiness.maxLagSeconds,
      );
      response.status(behind.length === 0 ? 200 : 503).json({
        ready: behind.length === 0,
        notReady: behind.map((p) => ({
          name: p.name,
          state: p.state,
          lagEvents: p.lagEvents,
          lagSeconds: p.lagSeconds,
        })),
      });
    } catch {
      response
        .status(503)
        .json({ ready: false, notReady: [{ name: 'event-store', state: 'unavailable' }] });
    }
  });

  if (deps.development) app.use(graphiqlAssetsPath, graphiqlAssets());
  const yoga = buildYoga({
    services: deps.services,
    development: deps.development,
    verifier: deps.verifier,
    ...(deps.requestLog ? { requestLog: deps.requestLog } : {}),
    ...(deps.graphiqlHeaders ? { graphiqlHeaders: deps.graphiqlHeaders } : {}),
  });
  // Who is asking, then whether they may ask again so soon, then how much they send: each refusal
  // is cheap and comes before any body is read or any GraphQL is parsed.
  const perUser = rateLimit({
    keyOf: userOrClientAddress,
    capacity: deps.rateLimit.burst,
    refillPerSecond: deps.rateLimit.perSecond,
  });
  const auditor = [authenticate(deps.verifier, { development: false }), perUser];
  app.get('/exports/access-log.csv', ...auditor, accessLogExport(projections));
  app.get(
    '/exports/audit-trail.csv',
    ...auditor,
    auditTrailExport(projections, deps.services.accessRecords),
  );
  app.get(
    '/exports/fhir/cases/:caseId/provenance.ndjson',
    ...auditor,
    caseProvenanceExport(deps.services),
  );
  app.get('/exports/fhir/audit-events.ndjson', ...auditor, auditEventsExport(projections));
  // Quality analysts' and auditors' de-identified outcome data sets (the role is checked inside).
  for (const dataset of outcomeDatasets)
    for (const format of exportFormats)
      app.get(
        `/exports/outcomes/${dataset.name}.${format}`,
        ...auditor,
        outcomesExport(deps.services, dataset, format),
      );
  app.get(
    '/exports/fhir/bulk/:type.ndjson',
    ...auditor,
    careBulkExport(deps.services, projections),
  );
  app.use(
    yoga.graphqlEndpoint,
    authenticate(deps.verifier, { development: deps.development }),
    perUser,
    bodySizeLimit(),
    (request: express.Request, response: express.Response) => void yoga(request, response),
  );

  app.use((_request, response) => {
    response.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such route' } });
  });
  return app;
}
