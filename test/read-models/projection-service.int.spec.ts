import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Projection } from '../../projections/projection.js';
import type {
  AppendResult,
  EventDecoder,
  EventStore,
  NewEvent,
} from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionService, StaleReadError } from '../../src/read-models/projection-service.js';
import { newStreamId, testEvent, waitUntil } from '../contract/event-store.contract.js';
import { tempDir } from '../support/temp-dir.js';
import { eventLog, streamCounter } from './toy-projections.js';

const dir = tempDir();
let files = 0;

function contact(n: number): NewEvent {
  return testEvent(n, { type: 'ContactLogged' });
}

function setup(options: { decode?: EventDecoder } = {}) {
  files += 1;
  const store = new SqliteEventStore({ path: join(dir, `events-${files}.db`), ...options });
  const readPath = join(dir, `read-${files}.db`);
  const open = (projections: Projection[]) =>
    new ProjectionService({
      store,
      path: readPath,
      projections,
      clock: () => new Date(),
      batchSize: 50,
    });
  return { store, open };
}

async function appendContacts(
  store: EventStore,
  stream: string,
  from: number,
  count: number,
): Promise<AppendResult> {
  let last = await store.append(stream, [contact(from)], 'any');
  for (let i = 1; i < count; i += 1) last = await store.append(stream, [contact(from + i)], 'any');
  return last;
}

async function statusOf(service: ProjectionService, name: string) {
  return (await service.status()).find((s) => s.name === name)!;
}

type Status = Awaited<ReturnType<ProjectionService['status']>>[number];

/** Polls a projection's status until it satisfies the condition. */
async function eventually(
  service: ProjectionService,
  name: string,
  condition: (s: Status) => boolean,
): Promise<Status> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await statusOf(service, name);
    if (condition(status)) return status;
    if (Date.now() > deadline)
      throw new Error(`${name} never reached the expected status: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the projection service', () => {
  it('catches up from the first event on start, then follows live appends', async () => {
    const { store, open } = setup();
    const stream = newStreamId();
    await appendContacts(store, stream, 0, 120);
    const service = open([streamCounter()]);
    service.start();
    await waitUntil(
      () =>
        service.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream })
          ?.events === 120,
    );
    const { position } = await appendContacts(store, stream, 120, 5);
    await service.waitForPosition(position, 5_000);
    expect(
      service.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream }),
    ).toEqual({
      stream_id: stream,
      events: 125,
      last_revision: 124,
    });
    expect(await statusOf(service, 'stream-counter')).toMatchObject({
      state: 'live',
      position,
      eventsApplied: 125,
      lagEvents: 0,
      lagSeconds: 0,
      error: null,
    });
    await service.stop();
    await store.close();
  });

  it('resumes from its checkpoint after a restart, applying no event twice', async () => {
    const { store, open } = setup();
    const stream = newStreamId();
    const first = open([streamCounter()]);
    first.start();
    const { position } = await appendContacts(store, stream, 0, 30);
    await first.waitForPosition(position, 5_000);
    await first.stop();
    const { position: later } = await appendContacts(store, stream, 30, 30);
    const second = open([streamCounter()]);
    second.start();
    await second.waitForPosition(later, 5_000);
    expect(
      second.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream })?.events,
    ).toBe(60);
    expect((await statusOf(second, 'stream-counter')).eventsApplied).toBe(60);
    await second.stop();
    await store.close();
  });

  describe('given an event one projection cannot apply', () => {
    it('stops that projection at the event, applies what came before, and lets the others go on', async () => {
      const { store, open } = setup();
      const stream = newStreamId();
      await appendContacts(store, stream, 0, 10);
      const poison = await store.append(stream, [contact(999)], 'any');
      const { position: head } = await appendContacts(store, stream, 10, 10);
      const service = open([streamCounter({ poisonN: 999 }), eventLog()]);
      service.start();
      await waitUntil(
        () => service.servingTables('event-log')?.find('event_log', {}).length === 21,
      );
      const status = await eventually(service, 'stream-counter', (s) => s.state === 'failed');
      expect(status.error).toEqual({
        message: expect.stringContaining('synthetic poison') as unknown,
        position: poison.position,
      });
      expect(status.eventsApplied).toBe(10);
      expect(
        service.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream })
          ?.events,
      ).toBe(10);
      expect((await statusOf(service, 'event-log')).position).toBe(head);
      await expect(service.waitForPosition(head, 100)).rejects.toBeInstanceOf(StaleReadError);
      await service.stop();

      // Never skipped: a restart stops at the same event again.
      const again = open([streamCounter({ poisonN: 999 }), eventLog()]);
      again.start();
      expect((await statusOf(again, 'stream-counter')).error?.position).toBe(poison.position);
      await again.stop();
      await store.close();
    });

    it('stops at a stored event that no longer decodes, with its position', async () => {
      const decode: EventDecoder = (raw) => {
        if ((raw.data as { n: number }).n === 7) throw new Error('no longer matches its schema');
        return raw;
      };
      const { store, open } = setup({ decode });
      const stream = newStreamId();
      await appendContacts(store, stream, 0, 7);
      const broken = await store.append(stream, [contact(7)], 'any');
      await appendContacts(store, stream, 8, 3);
      const service = open([eventLog()]);
      service.start();
      await waitUntil(() => service.servingTables('event-log')?.find('event_log', {}).length === 7);
      const status = await eventually(service, 'event-log', (s) => s.state === 'failed');
      expect(status.error?.position).toBe(broken.position);
      expect(status.error?.message).toContain('does not decode');
      await service.stop();
      await store.close();
    });
  });

  describe('given a new version of a projection', () => {
    it('builds the new version while the old one serves, then swaps it in and drops the old tables', async () => {
      const { store, open } = setup();
      const stream = newStreamId();
      const { position } = await appendContacts(store, stream, 0, 40);
      const v1 = open([streamCounter({ version: 1 })]);
      v1.start();
      await v1.waitForPosition(position, 5_000);
      await v1.stop();

      const v2 = open([streamCounter({ version: 2 })]);
      v2.start();
      await eventually(v2, 'stream-counter', (s) => s.version === 2 && s.state === 'live');
      expect(v2.servingTables('stream-counter')?.nameOf('stream_counts')).toBe(
        'stream_counts__v2_g2',
      );
      const tables = v2.db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'stream_counts%'",
        )
        .all();
      expect(tables).toEqual([{ name: 'stream_counts__v2_g2' }]);
      expect(
        v2.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream })?.events,
      ).toBe(40);
      await v2.stop();
      await store.close();
    });

    it('rebuilds on demand into fresh tables and swaps them in when caught up', async () => {
      const { store, open } = setup();
      const stream = newStreamId();
      const { position } = await appendContacts(store, stream, 0, 60);
      const service = open([streamCounter()]);
      service.start();
      await service.waitForPosition(position, 5_000);
      service.rebuild('stream-counter');
      await waitUntil(
        () =>
          service.servingTables('stream-counter')?.nameOf('stream_counts') ===
          'stream_counts__v1_g2',
      );
      expect(
        service.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream })
          ?.events,
      ).toBe(60);
      const { position: later } = await appendContacts(store, stream, 60, 3);
      await service.waitForPosition(later, 5_000);
      expect(
        service.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream })
          ?.events,
      ).toBe(63);
      await service.stop();
      await store.close();
    });
  });

  describe('rebuilt by the rebuild command beside a running service', () => {
    it('swaps the new build in, and the running service follows it', async () => {
      const { store, open } = setup();
      const stream = newStreamId();
      const { position } = await appendContacts(store, stream, 0, 80);
      const serving = open([streamCounter()]);
      serving.start();
      await serving.waitForPosition(position, 5_000);

      const command = open([streamCounter()]);
      const progress: number[] = [];
      await command.rebuildUntilServing(['stream-counter'], (_, applied) => progress.push(applied));
      await command.stop();
      expect(progress.at(-1)).toBe(80);

      const { position: later } = await appendContacts(store, stream, 80, 4);
      await serving.waitForPosition(later, 5_000);
      const tables = serving.servingTables('stream-counter');
      expect(tables?.nameOf('stream_counts')).toBe('stream_counts__v1_g2');
      expect(tables?.get('stream_counts', { stream_id: stream })?.events).toBe(84);
      await serving.stop();
      await store.close();
    });

    it('finishes at once on an empty store', async () => {
      const { store, open } = setup();
      const command = open([streamCounter()]);
      await command.rebuildUntilServing(['stream-counter']);
      expect((await statusOf(command, 'stream-counter')).generation).toBe(1);
      await command.stop();
      await store.close();
    });
  });
});
