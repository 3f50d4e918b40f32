import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuplicateEventIdError } from '../../src/event-store/errors.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { tempDir } from '../support/temp-dir.js';
import {
  collect,
  eventStoreContract,
  newStreamId,
  testEvent,
  waitUntil,
} from './event-store.contract.js';

const path = join(tempDir(), 'events.db');

describe('the SQLite event store', () => {
  eventStoreContract({
    open: (options) => Promise.resolve(new SqliteEventStore({ path, ...options })),
  });

  describe('on disk', () => {
    it('runs every connection in WAL mode with synchronous=FULL', async () => {
      const store = new SqliteEventStore({ path });
      await store.append(newStreamId(), [testEvent(1)], 'no_stream');
      await store.close();
      const db = new Database(path, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
      const probe = new SqliteEventStore({ path });
      // The pragma is per connection: read it back through the store's own connection.
      expect(
        (probe as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true }),
      ).toBe(2);
      await probe.close();
    });

    it('refuses an event id stored in another stream, writing none of the batch', async () => {
      const store = new SqliteEventStore({ path });
      try {
        const taken = testEvent(1);
        await store.append(newStreamId(), [taken], 'no_stream');
        const stream = newStreamId();
        await expect(
          store.append(stream, [testEvent(2), taken], 'no_stream'),
        ).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.streamRevision(stream)).toBeNull();
      } finally {
        await store.close();
      }
    });

    it('delivers appends made through another connection to a live subscription', async () => {
      const reader = new SqliteEventStore({ path, pollIntervalMs: 10 });
      const writer = new SqliteEventStore({ path });
      try {
        const head = (await reader.stats()).headPosition;
        const stream = newStreamId();
        const abort = new AbortController();
        const received: number[] = [];
        const done = (async () => {
          for await (const event of reader.subscribe({ after: head, signal: abort.signal })) {
            if (event.streamId === stream) received.push(event.revision);
            if (received.length === 3) abort.abort();
          }
        })();
        for (let i = 0; i < 3; i += 1) {
          await writer.append(stream, [testEvent(i)], i === 0 ? 'no_stream' : i - 1);
        }
        await waitUntil(() => received.length === 3);
        await done;
        expect(received).toEqual([0, 1, 2]);
      } finally {
        await reader.close();
        await writer.close();
      }
    });

    it('counts events and reports the head position', async () => {
      const store = new SqliteEventStore({ path: ':memory:' });
      expect(await store.stats()).toEqual({ kind: 'sqlite', headPosition: null, eventCount: 0 });
      const { position } = await store.append(
        newStreamId(),
        [testEvent(1), testEvent(2)],
        'no_stream',
      );
      expect(await store.stats()).toEqual({
        kind: 'sqlite',
        headPosition: position,
        eventCount: 2,
      });
      expect(await collect(store.readAll())).toHaveLength(2);
      await store.close();
    });
  });
});
