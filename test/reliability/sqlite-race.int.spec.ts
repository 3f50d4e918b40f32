import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { collect, newStreamId, waitUntil } from '../contract/event-store.contract.js';
import { runTs } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const appendLoop = join(import.meta.dirname, 'fixtures', 'append-loop.ts');

describe('several processes appending to one stream with expected revisions', () => {
  it('lets exactly one writer win each revision and duplicates nothing', async () => {
    const path = join(tempDir(), 'race.db');
    await new SqliteEventStore({ path }).close();
    const stream = newStreamId();
    const writers = 4;
    const attempts = 150;
    const children = Array.from({ length: writers }, () =>
      runTs(appendLoop, [path, 'race', stream, String(attempts)]),
    );
    // Children report ready once their store is open, so that they race on appends, not start-up.
    await waitUntil(() => children.every((c) => c.lines.includes('ready')), 30_000);
    for (const { child } of children) child.stdin.write('go\n');
    const exits = await Promise.all(children.map((c) => c.exited));
    for (const exit of exits) expect(exit.code, exit.stderr).toBe(0);

    const wins = children.flatMap((c) => c.lines.filter((l) => l.startsWith('win ')));
    const conflicts = children.flatMap((c) => c.lines.filter((l) => l.startsWith('conflict ')));
    expect(wins.length + conflicts.length).toBe(writers * attempts);
    expect(conflicts.length).toBeGreaterThan(0);

    const store = new SqliteEventStore({ path });
    const events = await collect(store.readStream(stream));
    await store.close();
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
    expect(events).toHaveLength(wins.length);
    const winnerByRevision = new Map(wins.map((w) => [Number(w.split(' ')[1]), w.split(' ')[2]]));
    expect(winnerByRevision.size).toBe(wins.length);
    for (const event of events) expect(winnerByRevision.get(event.revision)).toBe(event.id);
    console.info(
      `race: ${writers} processes × ${attempts} attempts: ${wins.length} revisions won once each, ${conflicts.length} conflicts, 0 duplicates`,
    );
  }, 120_000);
});
