import { randomBytes } from 'node:crypto';
import { Pseudonyms } from '../../src/access/pseudonyms.js';
import { developmentIdentity } from '../../src/auth/development-identity.js';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { buildApp } from '../../src/http/app.js';
import { listen } from '../../src/http/listen.js';
import { apiServices } from '../../src/graphql/context.js';
import type { ProjectionService } from '../../src/read-models/projection-service.js';
import { newStreamId, testEvent } from '../contract/event-store.contract.js';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** The app on an ephemeral port, with a stand-in for the projections' status. */
async function serve(store: EventStore, statuses: unknown[] = []): Promise<string> {
  const projections = { status: () => Promise.resolve(statuses) } as unknown as ProjectionService;
  const app = buildApp({
    services: apiServices({
      store,
      projections,
      clock: () => new Date(),
      pseudonyms: new Pseudonyms(randomBytes(32)),
    }),
    startedAt: new Date(),
    development: false,
    verifier: developmentIdentity(null).verifier,
    rateLimit: { burst: 10, perSecond: 10 },
  });
  const listening = await listen(app, 0, '127.0.0.1');
  server = listening.server;
  return listening.url;
}

describe('GET /healthz', () => {
  it('reports the store kind, head position and event count', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const base = await serve(store);
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      status: 'ok',
      store: { kind: 'sqlite', headPosition: null, eventCount: 0 },
    });
    const { position } = await store.append(
      newStreamId(),
      [testEvent(1), testEvent(2)],
      'no_stream',
    );
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      store: { kind: 'sqlite', headPosition: position, eventCount: 2 },
    });
    await store.close();
  });

  it('answers 503 when the store is unavailable', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const base = await serve(store);
    await store.close();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', store: { kind: 'sqlite' } });
  });

  it('answers unknown routes with a typed 404', async () => {
    const base = await serve(new SqliteEventStore({ path: ':memory:' }));
    const response = await fetch(`${base}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'no such route' },
    });
  });
});

describe('GET /readyz', () => {
  it('answers 503 naming the projection that has stopped', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const base = await serve(store, [
      { name: 'current-case', state: 'failed', lagEvents: 3, lagSeconds: 1 },
    ]);
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ready: false,
      notReady: [{ name: 'current-case', state: 'failed', lagEvents: 3, lagSeconds: 1 }],
    });
    await store.close();
  });
});
