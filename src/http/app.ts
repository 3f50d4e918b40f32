import express from 'express';
import type { EventStore } from '../event-store/port.js';
import type { ProjectionStatus } from '../read-models/projection-service.js';

export interface AppDependencies {
  readonly store: EventStore;
  readonly projections: { status(): Promise<ProjectionStatus[]> };
  /** When the process started, for uptime in health reports. */
  readonly startedAt: Date;
  readonly clock: () => Date;
}

/** Builds the HTTP app without listening, so tests drive the real stack in-process. */
export function buildApp(deps: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_request, response) => {
    try {
      const [stats, projections] = await Promise.all([
        deps.store.stats(),
        deps.projections.status(),
      ]);
      response.json({
        status: 'ok',
        store: {
          kind: stats.kind,
          headPosition: stats.headPosition,
          eventCount: stats.eventCount,
        },
        projections: projections.map((p) => ({
          name: p.name,
          version: p.version,
          state: p.state,
          position: p.position,
          lagEvents: p.lagEvents,
          lagSeconds: p.lagSeconds,
          error: p.error,
          rebuild: p.rebuild,
        })),
        uptimeSeconds: Math.round((deps.clock().getTime() - deps.startedAt.getTime()) / 1000),
      });
    } catch {
      response.status(503).json({ status: 'unavailable', store: { kind: deps.store.kind } });
    }
  });

  app.use((_request, response) => {
    response.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such route' } });
  });
  return app;
}
