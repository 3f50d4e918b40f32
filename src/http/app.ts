import express from 'express';
import type { EventStore } from '../event-store/port.js';

export interface AppDependencies {
  readonly store: EventStore;
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
      const stats = await deps.store.stats();
      response.json({
        status: 'ok',
        store: {
          kind: stats.kind,
          headPosition: stats.headPosition,
          eventCount: stats.eventCount,
        },
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
