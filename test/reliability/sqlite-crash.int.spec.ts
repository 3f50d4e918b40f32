import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { collect, waitUntil } from '../contract/event-store.contract.js';
import { runTs } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const appendLoop = join(import.meta.dirname, 'fixtures', 'append-loop.ts');
const rounds = Number(process.env.CARETRAIL_CRASH_ROUNDS ?? 20);

describe('the SQLite store killed with SIGKILL while appending', () => {
  it.each([
    { writers: 1, grouping: 'one append per transaction' },
    { writers: 8, grouping: 'appends of 8 writers sharing group commits' },
  ])(
    `keeps every acknowledged event, with no gaps, over ${rounds} kills ($grouping)`,
    async ({ writers }) => {
      const path = join(tempDir(), 'crash.db');
      const acknowledged = new Map<string, { stream: string; revision: number }>();
      for (let round = 0; round < rounds; round += 1) {
        const { child, lines, exited } = runTs(appendLoop, [path, 'loop', String(writers)]);
        const target = 1 + Math.floor(Math.random() * 200);
        // Kill at a random moment once the writer is appending, so some kills land mid-transaction.
        await waitUntil(() => lines.length >= target || child.exitCode !== null, 30_000);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 20)));
        child.kill('SIGKILL');
        const { signal, stderr } = await exited;
        expect(signal, stderr).toBe('SIGKILL');
        for (const line of lines) {
          const [kind, stream, revision, id] = line.split(' ');
          if (kind === 'ack')
            acknowledged.set(id!, { stream: stream!, revision: Number(revision) });
        }
      }

      const db = new Database(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();

      const store = new SqliteEventStore({ path });
      const all = await collect(store.readAll());
      await store.close();
      const stored = new Map(all.map((e) => [e.id, e]));
      const missing = [...acknowledged].filter(([id, at]) => {
        const event = stored.get(id);
        return !event || event.streamId !== at.stream || event.revision !== at.revision;
      });
      expect(missing).toEqual([]);

      const revisionsByStream = new Map<string, number[]>();
      for (const event of all) {
        revisionsByStream.set(event.streamId, [
          ...(revisionsByStream.get(event.streamId) ?? []),
          event.revision,
        ]);
      }
      for (const revisions of revisionsByStream.values()) {
        expect(revisions).toEqual(revisions.map((_, i) => i));
      }
      console.info(
        `crash (${writers} writers): ${rounds} SIGKILLs, ${acknowledged.size} acknowledged events, ${all.length} stored, ${missing.length} missing, ${revisionsByStream.size} streams without gaps`,
      );
    },
    240_000,
  );
});
