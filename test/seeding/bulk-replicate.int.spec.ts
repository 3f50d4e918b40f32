import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from '../../projections/index.js';
import { caseAsOfTime } from '../../src/application/case-time-travel.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import type { RecordedEvent } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { verifyStore } from '../../src/integrity/verify-integrity.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';
import { replicaJson, replicaUuid, replicateCohort } from '../../src/seeding/bulk-replicate.js';
import { COHORT_START, seedCohort } from '../../src/seeding/seed.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('caretrail-replicate-');
const source = join(dir, 'source.db');
let sourceEvents: RecordedEvent[] = [];

async function eventsOf(path: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore({ path, decode: decodeEvent });
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  await store.close();
  return events;
}

/** Every row of every read model, built from zero over the store at `path`. */
async function readModelRows(path: string, readPath: string): Promise<Record<string, string[]>> {
  const store = new SqliteEventStore({ path, decode: decodeEvent });
  const service = new ProjectionService({
    store,
    path: readPath,
    projections: allProjections,
    clock: () => new Date(),
  });
  service.start();
  await service.waitForPosition((await store.stats()).headPosition!, 60_000);
  const rows: Record<string, string[]> = {};
  for (const name of service.names)
    rows[name] = [...(service.servingTables(name)?.dump() ?? [])].map((row) => JSON.stringify(row));
  await service.stop();
  await store.close();
  return rows;
}

beforeAll(async () => {
  // A synthetic cohort of three patients, seeded through the command path.
  const clock = new SimulationClock(COHORT_START);
  const store = new SqliteEventStore({ path: source, decode: decodeEvent, clock: clock.now });
  await seedCohort({ store, clock, seed: 3, patients: 3 });
  await store.close();
  sourceEvents = await eventsOf(source);
}, 60_000);

describe('a cohort replicated in bulk', () => {
  it('holds the events asked for, in copies with fresh ids, and verifies', async () => {
    const target = join(dir, 'verifies.db');
    const wanted = Math.floor(sourceEvents.length * 2.5);
    const result = replicateCohort({ source, target, events: wanted, batchSize: 97 });
    expect(result).toMatchObject({ written: wanted, total: wanted });
    expect(result.copies).toBeGreaterThanOrEqual(3);

    const replica = await eventsOf(target);
    expect(replica).toHaveLength(wanted);
    const sourceIds = new Set(sourceEvents.map((event) => event.id));
    expect(replica.filter((event) => sourceIds.has(event.id))).toEqual([]);
    expect(new Set(replica.map((event) => event.id)).size).toBe(wanted);

    const store = new SqliteEventStore({ path: target, decode: decodeEvent });
    const report = await verifyStore(store);
    await store.close();
    expect(report.breaks).toEqual([]);
    expect(report).toMatchObject({ verified: true, eventsChecked: wanted });
  });

  it('records the copies merged in time order, each copy days after the one before', async () => {
    const target = join(dir, 'ordered.db');
    replicateCohort({ source, target, events: sourceEvents.length * 3, copies: 3, shiftDays: 2 });
    const replica = await eventsOf(target);
    const times = replica.map((event) => Date.parse(event.recordedAt));
    expect(times.every((at, i) => i === 0 || at >= times[i - 1]!)).toBe(true);

    const first = sourceEvents[0]!;
    for (const copy of [0, 1, 2]) {
      const copied = replica.find((event) => event.id === replicaUuid(first.id, copy))!;
      expect(Date.parse(copied.recordedAt) - Date.parse(first.recordedAt)).toBe(
        copy * 2 * 86_400_000,
      );
      expect(copied.occurredAt).toBe(
        new Date(Date.parse(first.occurredAt) + copy * 2 * 86_400_000).toISOString(),
      );
    }
  });

  it('folds each copied case to the source case with the copy ids and days', async () => {
    const target = join(dir, 'folds.db');
    replicateCohort({ source, target, events: sourceEvents.length * 3, copies: 3, shiftDays: 5 });
    const from = new SqliteEventStore({ path: source, decode: decodeEvent });
    const to = new SqliteEventStore({ path: target, decode: decodeEvent });
    const caseIds = [
      ...new Set(
        sourceEvents.filter((e) => e.streamId.startsWith('case-')).map((e) => e.streamId.slice(5)),
      ),
    ];
    expect(caseIds.length).toBeGreaterThan(2);
    // Everything but the global position, which depends on how the copies interleave.
    const view = async (store: SqliteEventStore, caseId: string) =>
      JSON.stringify({
        ...(await caseAsOfTime(store, caseId, { revision: 1e9 })),
        lastPosition: 0,
      });
    for (const caseId of caseIds) {
      const copied = await view(to, replicaUuid(caseId, 2));
      expect(copied).toBe(replicaJson(await view(from, caseId), 2, 10));
    }
    await from.close();
    await to.close();
  });

  it('projects one copy into read models equal to the source cohort’s under the copy ids', async () => {
    const target = join(dir, 'projects.db');
    replicateCohort({ source, target, events: sourceEvents.length, copies: 1 });
    const original = await readModelRows(source, join(dir, 'source-read.db'));
    const copied = await readModelRows(target, join(dir, 'copy-read.db'));
    expect(Object.keys(copied)).toEqual(Object.keys(original));
    expect(copied['patient-timeline']!.length).toBeGreaterThan(100);
    for (const [name, rows] of Object.entries(original))
      expect(copied[name]!.sort(), name).toEqual(rows.map((row) => replicaJson(row, 0, 0)).sort());
  }, 60_000);

  it('continued in a second run, holds the same rows as built in one', () => {
    const once = join(dir, 'once.db');
    const twice = join(dir, 'twice.db');
    const total = sourceEvents.length * 2 + 17;
    replicateCohort({ source, target: once, events: total });
    const first = replicateCohort({ source, target: twice, events: sourceEvents.length + 5 });
    const second = replicateCohort({ source, target: twice, events: total });
    expect([first.written + second.written, second.total]).toEqual([total, total]);
    const rows = (path: string) => {
      const db = new Database(path, { readonly: true });
      const all = db.prepare('SELECT * FROM events ORDER BY position').all();
      db.close();
      return all;
    };
    expect(rows(twice)).toEqual(rows(once));
  });

  it('stops when the copies asked for are written whole', () => {
    const target = join(dir, 'whole.db');
    const result = replicateCohort({ source, target, events: 1e9, copies: 2 });
    expect(result).toEqual({
      written: sourceEvents.length * 2,
      total: sourceEvents.length * 2,
      copies: 2,
    });
  });

  it('refuses a source without events, with a clear error', async () => {
    const empty = join(dir, 'empty.db');
    await new SqliteEventStore({ path: empty }).close();
    expect(() => replicateCohort({ source: empty, target: join(dir, 'x.db'), events: 10 })).toThrow(
      'the source store holds no events to replicate',
    );
  });
});
