import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/event-store/errors.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { verifyStream } from '../../src/integrity/verify-integrity.js';
import { tempDir } from '../support/temp-dir.js';
import { collect, newStreamId, testEvent } from './event-store.contract.js';

/** The store's own connection, to set a per-connection limit the way a full disk would bite. */
function connectionOf(store: SqliteEventStore): Database.Database {
  return (store as unknown as { db: Database.Database }).db;
}

describe('group commit in the SQLite event store', () => {
  it('commits appends made during one turn of the event loop in one transaction', async () => {
    const path = join(tempDir(), 'events.db');
    const store = new SqliteEventStore({ path });
    const streams = Array.from({ length: 40 }, () => newStreamId());
    const before = store.groupCommitStats();
    const results = await Promise.all(
      streams.map((stream, i) => store.append(stream, [testEvent(i)], 'no_stream')),
    );
    const after = store.groupCommitStats();
    await store.close();

    expect(after.transactions - before.transactions).toBe(1);
    expect(after.appends - before.appends).toBe(40);
    const positions = results.map((r) => Number(r.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const reopened = new SqliteEventStore({ path });
    for (const [i, stream] of streams.entries()) {
      expect((await collect(reopened.readStream(stream))).map((e) => e.id)).toEqual(
        results[i]!.events.map((e) => e.id),
      );
    }
    await reopened.close();
  });

  it('takes at most maxAppendsPerCommit appends into one transaction', async () => {
    const store = new SqliteEventStore({ path: ':memory:', maxAppendsPerCommit: 3 });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.append(newStreamId(), [testEvent(i)], 'any')),
    );
    expect(store.groupCommitStats()).toEqual({ transactions: 4, appends: 10, largestGroup: 3 });
    await store.close();
  });

  it('keeps each stream’s hash chain whole when one group holds many appends to it', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const stream = newStreamId();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.append(stream, [testEvent(i)], 'any')),
    );
    expect(store.groupCommitStats().transactions).toBe(1);
    const report = await verifyStream(store, stream);
    expect(report.firstBreak).toBeNull();
    expect(report.eventsChecked).toBe(25);
    await store.close();
  });

  it('refuses every append of a group whose commit fails, keeps what was acknowledged, and recovers', async () => {
    const path = join(tempDir(), 'full.db');
    const store = new SqliteEventStore({ path });
    const kept = newStreamId();
    const acknowledged = await store.append(kept, [testEvent(0)], 'no_stream');
    // Given a database that may not grow (as when its disk is full)
    const db = connectionOf(store);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const big = (n: number) => testEvent(n, { data: { n, padding: 'x'.repeat(64 * 1024) } });

    // When a group of appends needs more room than there is
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => store.append(newStreamId(), [big(i)], 'no_stream')),
    );

    // Then every append of it is refused with a clear, typed error, and none is stored
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(StoreUnavailableError);
        expect((outcome.reason as Error).message).toMatch(/full/);
      }
    }
    expect((await store.stats()).eventCount).toBe(1);
    expect((await collect(store.readStream(kept))).map((e) => e.id)).toEqual(
      acknowledged.events.map((e) => e.id),
    );

    // And once there is room again, appends succeed without reopening the store
    db.pragma('max_page_count = 1073741823');
    const stream = newStreamId();
    await store.append(stream, [big(99)], 'no_stream');
    expect(await store.streamRevision(stream)).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    await store.close();
  });

  it('commits the appends still waiting when the store is closed', async () => {
    const path = join(tempDir(), 'closing.db');
    const store = new SqliteEventStore({ path });
    const stream = newStreamId();
    const waiting = store.append(stream, [testEvent(1)], 'no_stream');
    await store.close();
    const { events } = await waiting;
    const reopened = new SqliteEventStore({ path });
    expect((await collect(reopened.readStream(stream))).map((e) => e.id)).toEqual(
      events.map((e) => e.id),
    );
    await reopened.close();
  });
});
