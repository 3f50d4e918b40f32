import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UndecodableEventError, WrongExpectedRevisionError } from '../../src/event-store/errors.js';
import { eventHash } from '../../src/event-store/integrity/event-hash.js';
import { verifyStream } from '../../src/integrity/verify-integrity.js';
import type {
  EventDecoder,
  EventStore,
  NewEvent,
  Position,
  RecordedEvent,
} from '../../src/event-store/port.js';

/** How the contract suite reaches one adapter: each call opens a client on the same backing store. */
export interface StoreUnderTest {
  open(options?: { decode?: EventDecoder }): Promise<EventStore>;
}

/** Synthetic test events: no patient data. */
export function testEvent(n: number, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'ContractProbeRecorded',
    schemaVersion: 1,
    data: { n },
    metadata: {
      occurredAt: '2026-01-02T03:04:05.000Z',
      actor: { userId: 'synthetic-user', role: 'case_manager' },
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      reason: null,
    },
    ...overrides,
  };
}

export function newStreamId(): string {
  return `contract-${randomUUID()}`;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function conflictOf(promise: Promise<unknown>): Promise<WrongExpectedRevisionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  return error as WrongExpectedRevisionError;
}

/** Events of the given streams in the order readAll returns them, after a position. */
async function readAllOf(
  store: EventStore,
  streams: ReadonlySet<string>,
  after: Position | null,
): Promise<RecordedEvent[]> {
  return (await collect(store.readAll({ after }))).filter((e) => streams.has(e.streamId));
}

/**
 * The event store contract of the design, one `describe` per point, run against every adapter.
 * `withStore` wraps each test in the adapter's lifecycle.
 */
export function eventStoreContract(adapter: StoreUnderTest): void {
  async function withStore<T>(use: (store: EventStore) => Promise<T>): Promise<T> {
    const store = await adapter.open();
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  }

  describe('1. append is atomic and checks the expected revision', () => {
    it('stores a batch at consecutive revisions of a new stream', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const result = await store.append(
          stream,
          [testEvent(1), testEvent(2), testEvent(3)],
          'no_stream',
        );
        expect(result.nextExpectedRevision).toBe(2);
        expect(result.events.map((e) => e.revision)).toEqual([0, 1, 2]);
        const read = await collect(store.readStream(stream));
        expect(read.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
        expect(read.map((e) => e.id)).toEqual(result.events.map((e) => e.id));
        expect(await store.streamRevision(stream)).toBe(2);
      }));

    it('keeps the whole envelope: type, version, metadata, recordedAt and position', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const event = testEvent(7, {
          metadata: {
            ...testEvent(0).metadata,
            causationId: randomUUID(),
            reason: { text: 'synthetic reason', code: 'TEST' },
            actor: { userId: 'synthetic-user', role: 'clinician', onBehalfOf: 'synthetic-lead' },
          },
        });
        const before = Date.now();
        const { events } = await store.append(stream, [event], 'no_stream');
        const [read] = await collect(store.readStream(stream));
        expect(read).toEqual(events[0]);
        expect(read).toMatchObject({
          id: event.id,
          type: event.type,
          schemaVersion: 1,
          data: { n: 7 },
          streamId: stream,
          revision: 0,
          ...event.metadata,
        });
        expect(Date.parse(read!.recordedAt)).toBeGreaterThanOrEqual(before - 5_000);
        expect(typeof read!.position).toBe('string');
      }));

    it('appends at an exact expected revision', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(stream, [testEvent(1)], 'no_stream');
        const result = await store.append(stream, [testEvent(2)], 0);
        expect(result.nextExpectedRevision).toBe(1);
      }));

    it('refuses a wrong exact revision with the actual one, writing nothing', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(stream, [testEvent(1), testEvent(2)], 'no_stream');
        const conflict = await conflictOf(store.append(stream, [testEvent(3), testEvent(4)], 0));
        expect(conflict.code).toBe('CONFLICT');
        expect(conflict.actualRevision).toBe(1);
        expect((await collect(store.readStream(stream))).map((e) => e.data)).toEqual([
          { n: 1 },
          { n: 2 },
        ]);
      }));

    it('refuses no_stream on an existing stream', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(stream, [testEvent(1)], 'no_stream');
        const conflict = await conflictOf(store.append(stream, [testEvent(2)], 'no_stream'));
        expect(conflict.actualRevision).toBe(0);
        expect(await store.streamRevision(stream)).toBe(0);
      }));

    it('refuses stream_exists and an exact revision on a missing stream', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        expect(
          (await conflictOf(store.append(stream, [testEvent(1)], 'stream_exists'))).actualRevision,
        ).toBeNull();
        expect(
          (await conflictOf(store.append(stream, [testEvent(1)], 0))).actualRevision,
        ).toBeNull();
        expect(await store.streamRevision(stream)).toBeNull();
        expect(await collect(store.readStream(stream))).toEqual([]);
      }));

    it('appends with any and stream_exists whatever the revision', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(stream, [testEvent(1)], 'any');
        await store.append(stream, [testEvent(2)], 'stream_exists');
        await store.append(stream, [testEvent(3)], 'any');
        expect(await store.streamRevision(stream)).toBe(2);
      }));

    it('lets exactly one of many racing writers take each revision', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(stream, [testEvent(0)], 'no_stream');
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => store.append(stream, [testEvent(i + 1)], 0)),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes) {
          if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
        }
        expect(await store.streamRevision(stream)).toBe(1);
      }));

    it('refuses only the conflicting one of appends made together, storing the others whole', () =>
      withStore(async (store) => {
        const [contested, other] = [newStreamId(), newStreamId()];
        const first = [testEvent(1), testEvent(2)];
        const second = [testEvent(3)];
        const beside = [testEvent(4), testEvent(5)];
        const [a, b, c] = await Promise.allSettled([
          store.append(contested, first, 'no_stream'),
          store.append(contested, second, 'no_stream'),
          store.append(other, beside, 'no_stream'),
        ]);
        expect([a, b].filter((o) => o?.status === 'fulfilled')).toHaveLength(1);
        const loser = a?.status === 'rejected' ? a : b;
        expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        const winner = a?.status === 'fulfilled' ? first : second;
        expect((await collect(store.readStream(contested))).map((e) => e.id)).toEqual(
          winner.map((e) => e.id),
        );
        expect(c?.status).toBe('fulfilled');
        expect((await collect(store.readStream(other))).map((e) => e.id)).toEqual(
          beside.map((e) => e.id),
        );
      }));
  });

  describe('2. appends are idempotent on event ids', () => {
    it('stores an append once when its retry is made together with it', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const batch = [testEvent(1), testEvent(2)];
        const [first, retry] = await Promise.all([
          store.append(stream, batch, 'no_stream'),
          store.append(stream, batch, 'no_stream'),
        ]);
        expect(retry.position).toBe(first.position);
        expect(retry.events.map((e) => e.revision)).toEqual([0, 1]);
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      }));

    it('returns the original result for a retried append and stores nothing new', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const batch = [testEvent(1), testEvent(2)];
        const first = await store.append(stream, batch, 'no_stream');
        const retry = await store.append(stream, batch, 'no_stream');
        expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(retry.position).toBe(first.position);
        expect(retry.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      }));

    it('recognises a retry at an exact revision after later appends', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(stream, [testEvent(0)], 'no_stream');
        const batch = [testEvent(1)];
        const first = await store.append(stream, batch, 0);
        await store.append(stream, [testEvent(2)], 1);
        const retry = await store.append(stream, batch, 0);
        expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(await collect(store.readStream(stream))).toHaveLength(3);
      }));

    it('recognises a retry with expected revision any', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const batch = [testEvent(1)];
        const first = await store.append(stream, batch, 'any');
        const retry = await store.append(stream, batch, 'any');
        expect(retry.position).toBe(first.position);
        expect(await collect(store.readStream(stream))).toHaveLength(1);
      }));
  });

  describe('3. acknowledged means durable', () => {
    it('reads acknowledged events back through a new connection', async () => {
      const stream = newStreamId();
      const written = await withStore((store) =>
        store.append(stream, [testEvent(1), testEvent(2)], 'no_stream'),
      );
      const read = await withStore((store) => collect(store.readStream(stream)));
      expect(read).toEqual(written.events);
    });
  });

  describe('4. one global order', () => {
    it('gives strictly increasing positions across streams, and readAll neither skips nor repeats', () =>
      withStore(async (store) => {
        const start = (await store.stats()).headPosition;
        const streams = [newStreamId(), newStreamId(), newStreamId()];
        const appended: RecordedEvent[] = [];
        for (let i = 0; i < 30; i += 1) {
          const { events } = await store.append(streams[i % 3]!, [testEvent(i)], 'any');
          appended.push(...events);
        }
        for (let i = 1; i < appended.length; i += 1) {
          expect(
            store.comparePositions(appended[i - 1]!.position, appended[i]!.position),
          ).toBeLessThan(0);
        }
        const read = await readAllOf(store, new Set(streams), start);
        expect(read.map((e) => e.id)).toEqual(appended.map((e) => e.id));
      }));

    it('orders concurrent appends to many streams in one order that readAll repeats', () =>
      withStore(async (store) => {
        const start = (await store.stats()).headPosition;
        const streams = Array.from({ length: 10 }, () => newStreamId());
        const results = await Promise.all(
          streams.flatMap((stream) => [store.append(stream, [testEvent(1), testEvent(2)], 'any')]),
        );
        const read = await readAllOf(store, new Set(streams), start);
        expect(read).toHaveLength(20);
        expect(new Set(read.map((e) => e.id)).size).toBe(20);
        for (let i = 1; i < read.length; i += 1) {
          expect(store.comparePositions(read[i - 1]!.position, read[i]!.position)).toBeLessThan(0);
        }
        const acknowledged = results.flatMap((r) => r.events.map((e) => e.id)).sort();
        expect(read.map((e) => e.id).sort()).toEqual(acknowledged);
      }));

    it('reads after any event position without skipping the next one', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const { events } = await store.append(
          stream,
          Array.from({ length: 5 }, (_, i) => testEvent(i)),
          'no_stream',
        );
        for (let i = 0; i < events.length; i += 1) {
          const read = await readAllOf(store, new Set([stream]), events[i]!.position);
          expect(read.map((e) => e.revision)).toEqual([1, 2, 3, 4].filter((r) => r > i));
        }
      }));
  });

  describe('5. reads stream results, and subscriptions catch up then follow live', () => {
    it('reads a stream forward, backward, from a revision and with a max count', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await store.append(
          stream,
          Array.from({ length: 10 }, (_, i) => testEvent(i)),
          'no_stream',
        );
        const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
          (await collect(store.readStream(stream, options))).map((e) => e.revision);
        expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(await revisions({ direction: 'backward', maxCount: 3 })).toEqual([9, 8, 7]);
        expect(await revisions({ fromRevision: 4, maxCount: 2 })).toEqual([4, 5]);
        expect(await revisions({ direction: 'backward', fromRevision: 2 })).toEqual([2, 1, 0]);
        expect(await revisions({ fromRevision: 10 })).toEqual([]);
      }));

    it('reads a long stream completely and in order, page after page', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const total = 1_300;
        for (let start = 0; start < total; start += 100) {
          await store.append(
            stream,
            Array.from({ length: 100 }, (_, i) => testEvent(start + i)),
            start === 0 ? 'no_stream' : start - 1,
          );
        }
        let expected = 0;
        for await (const event of store.readStream(stream)) {
          expect(event.revision).toBe(expected);
          expected += 1;
        }
        expect(expected).toBe(total);
        const backward = await collect(store.readStream(stream, { direction: 'backward' }));
        expect(backward.map((e) => e.revision)).toEqual(
          Array.from({ length: total }, (_, i) => total - 1 - i),
        );
      }));

    it('reads all events from a position with a max count', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const { events } = await store.append(
          stream,
          Array.from({ length: 4 }, (_, i) => testEvent(i)),
          'no_stream',
        );
        const read = await collect(store.readAll({ after: events[0]!.position, maxCount: 2 }));
        expect(read.map((e) => e.id)).toEqual([events[1]!.id, events[2]!.id]);
      }));

    it('catches up from a position, then delivers live appends in order, until aborted', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const { events: early } = await store.append(
          stream,
          [testEvent(1), testEvent(2)],
          'no_stream',
        );
        const abort = new AbortController();
        const received: RecordedEvent[] = [];
        const done = (async () => {
          for await (const event of store.subscribe({
            after: early[0]!.position,
            signal: abort.signal,
          })) {
            if (event.streamId !== stream) continue;
            received.push(event);
            if (received.length === 4) abort.abort();
          }
        })();
        await waitUntil(() => received.length >= 1);
        await store.append(stream, [testEvent(3)], 1);
        await store.append(stream, [testEvent(4), testEvent(5)], 2);
        await done;
        expect(received.map((e) => e.data)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
      }));

    it('ends a live subscription that is aborted while waiting', () =>
      withStore(async (store) => {
        const head = (await store.stats()).headPosition;
        const abort = new AbortController();
        const done = collect(store.subscribe({ after: head, signal: abort.signal }));
        abort.abort();
        await expect(done).resolves.toBeDefined();
      }));
  });

  describe('6. stored events are decoded in one place, and failures are reported', () => {
    it('passes every read through the decoder', async () => {
      const stream = newStreamId();
      await withStore((store) => store.append(stream, [testEvent(1)], 'no_stream'));
      const decode: EventDecoder = (raw) => ({ ...raw, data: { decoded: raw.data } });
      const store = await adapter.open({ decode });
      try {
        const [read] = await collect(store.readStream(stream));
        expect(read?.data).toEqual({ decoded: { n: 1 } });
      } finally {
        await store.close();
      }
    });

    it('reports an event that no longer decodes with its place instead of skipping it', async () => {
      const stream = newStreamId();
      const { events } = await withStore((store) =>
        store.append(
          stream,
          [testEvent(1), testEvent(2, { type: 'ContractProbeRetired' }), testEvent(3)],
          'no_stream',
        ),
      );
      const decode: EventDecoder = (raw) => {
        if (raw.type === 'ContractProbeRetired') throw new Error('unknown event type');
        return raw;
      };
      const store = await adapter.open({ decode });
      try {
        const seen: number[] = [];
        const error = await (async () => {
          for await (const event of store.readStream(stream)) seen.push(event.revision);
        })().then(
          () => null,
          (e: unknown) => e,
        );
        expect(seen).toEqual([0]);
        expect(error).toBeInstanceOf(UndecodableEventError);
        expect(error).toMatchObject({
          streamId: stream,
          revision: 1,
          position: events[1]!.position,
        });
      } finally {
        await store.close();
      }
    });

    it('reads events as stored, past the decoder, when asked', async () => {
      const stream = newStreamId();
      await withStore((store) => store.append(stream, [testEvent(1)], 'no_stream'));
      const decode: EventDecoder = (raw) => ({ ...raw, data: { decoded: raw.data } });
      const store = await adapter.open({ decode });
      try {
        const [byStream] = await collect(store.readStream(stream, { asStored: true }));
        expect(byStream?.data).toEqual({ n: 1 });
        const all = await collect(store.readAll({ asStored: true }));
        expect(all.find((event) => event.streamId === stream)?.data).toEqual({ n: 1 });
      } finally {
        await store.close();
      }
    });
  });

  describe('7. every event is a link in its stream’s hash chain', () => {
    it('links each appended event to the one before it, over its whole content', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const first = await store.append(stream, [testEvent(1), testEvent(2)], 'no_stream');
        const second = await store.append(stream, [testEvent(3)], 'any');
        const read = await collect(store.readStream(stream, { asStored: true }));
        expect(read.map((event) => event.integrity)).toEqual(
          [...first.events, ...second.events].map((event) => event.integrity),
        );
        let previousHash: string | null = null;
        for (const event of read) {
          expect(event.integrity?.previousHash).toBe(previousHash);
          expect(event.integrity?.hash).toBe(eventHash(previousHash, event));
          previousHash = event.integrity!.hash;
        }
        expect(await verifyStream(store, stream)).toMatchObject({
          verified: true,
          eventsChecked: 3,
        });
      }));

    it('keeps one unbroken chain when racing writers append with any', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        await Promise.all(
          Array.from({ length: 8 }, (_, n) => store.append(stream, [testEvent(n)], 'any')),
        );
        expect(await verifyStream(store, stream)).toMatchObject({
          verified: true,
          eventsChecked: 8,
        });
      }));

    it('returns the original links for a retried append', () =>
      withStore(async (store) => {
        const stream = newStreamId();
        const events = [testEvent(1)];
        const original = await store.append(stream, events, 'no_stream');
        const retried = await store.append(stream, events, 'no_stream');
        expect(retried.events[0]?.integrity).toEqual(original.events[0]?.integrity);
      }));
  });
}

/** Polls a condition without sleeping a fixed time: the test goes on as soon as it holds. */
export async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
