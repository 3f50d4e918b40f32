import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { waitUntil } from '../contract/event-store.contract.js';
import { runTs } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const appendLoop = join(import.meta.dirname, 'fixtures', 'append-loop.ts');

describe('a live subscription on the SQLite store', () => {
  it('follows appends that another process makes on the same file, in order, without gaps', async () => {
    const path = join(tempDir(), 'follow.db');
    const store = new SqliteEventStore({ path, pollIntervalMs: 20 });
    const abort = new AbortController();
    const received: RecordedEvent[] = [];
    const following = (async () => {
      for await (const event of store.subscribe({ signal: abort.signal })) received.push(event);
    })();

    const writer = runTs(appendLoop, [path]);
    await waitUntil(() => writer.lines.length >= 300, 30_000);
    writer.child.kill('SIGKILL');
    await writer.exited;
    const acknowledged = writer.lines.filter((line) => line.startsWith('ack '));
    await waitUntil(() => received.length >= acknowledged.length, 10_000);
    abort.abort();
    await following;
    await store.close();

    const receivedIds = new Set(received.map((e) => e.id));
    expect(acknowledged.filter((line) => !receivedIds.has(line.split(' ')[3]!))).toEqual([]);
    for (let i = 1; i < received.length; i += 1) {
      expect(Number(received[i]!.position)).toBe(Number(received[i - 1]!.position) + 1);
    }
  }, 60_000);
});
