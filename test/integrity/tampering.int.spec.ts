import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streams } from '../../src/application/streams.js';
import { eventHash, integrityOf } from '../../src/event-store/integrity/event-hash.js';
import type { EventMetadata } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { checkpointSigner } from '../../src/integrity/checkpoint-signer.js';
import { writeCheckpoints } from '../../src/integrity/checkpoints.js';
import type { IntegrityBreak, IntegrityReport } from '../../src/integrity/integrity-report.js';
import { verifyStore } from '../../src/integrity/verify-integrity.js';
import { testEvent } from '../contract/event-store.contract.js';

/** A seeded generator (mulberry32), so every trial can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
}

const tampers = [
  'flip one byte',
  'delete one event',
  'reorder two',
  'insert one',
  'flip and rehash the chain',
] as const;
type Tamper = (typeof tampers)[number];
const trials = 1_000;
const seed = 20261128;
const directory = mkdtempSync(join(tmpdir(), 'caretrail-tamper-'));
const basePath = join(directory, 'base.db');
const signer = checkpointSigner({ kind: 'development', file: null });
const trusted = { trustedKeyIds: new Set([signer.keyId]) };

/** A synthetic store: 40 streams written in random order, checkpointed every ~150 events. */
async function seedBase(): Promise<void> {
  const store = new SqliteEventStore({ path: basePath });
  const next = random(seed);
  const streamIds = Array.from({ length: 40 }, (_, n) => `case-tamper-${n}`);
  for (let n = 0; n < 700; n += 1) {
    const streamId = streamIds[Math.floor(next() * streamIds.length)]!;
    const batch = Array.from({ length: 1 + Math.floor(next() * 2) }, () => testEvent(n));
    await store.append(streamId, batch, 'any');
    if (n % 150 === 149) await writeCheckpoints({ store, signer, clock: () => new Date() });
  }
  await writeCheckpoints({ store, signer, clock: () => new Date() });
  await store.close();
}

async function verifyCopy(tamper?: (db: Database.Database) => void): Promise<IntegrityReport> {
  const path = join(directory, 'trial.db');
  rmSync(path, { force: true });
  copyFileSync(basePath, path);
  if (tamper) {
    const db = new Database(path);
    tamper(db);
    db.close();
  }
  const store = new SqliteEventStore({ path });
  try {
    return await verifyStore(store, trusted);
  } finally {
    await store.close();
  }
}

/** What a trial changed and where a verifier must say the record breaks. */
interface Expected {
  readonly change: string;
  readonly streamId: string;
  readonly position?: number;
  readonly revisionAtLeast?: number;
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

const textColumns = ['event_id', 'stream_id', 'type', 'data', 'metadata', 'recorded_at'] as const;

function flippedText(text: string, next: () => number): string {
  const index = Math.floor(next() * text.length);
  const code = text.charCodeAt(index);
  // Another printable ASCII character: a one-byte change.
  const changed = 33 + ((code - 33 + 1 + Math.floor(next() * 90)) % 94);
  return text.slice(0, index) + String.fromCharCode(changed) + text.slice(index + 1);
}

function relinkFrom(db: Database.Database, streamId: string, revision: number): void {
  const rows = db
    .prepare<[string], Row>('SELECT * FROM events WHERE stream_id = ? ORDER BY revision')
    .all(streamId);
  let previousHash: string | null = null;
  for (const row of rows) {
    const metadata = JSON.parse(row.metadata) as Record<string, unknown>;
    if (row.revision >= revision) {
      const hash = eventHash(previousHash, {
        ...(metadata as unknown as EventMetadata),
        id: row.event_id,
        type: row.type,
        schemaVersion: row.schema_version,
        data: JSON.parse(row.data) as unknown,
        streamId: row.stream_id,
        revision: row.revision,
        recordedAt: row.recorded_at,
      });
      metadata.integrity = { previousHash, hash };
      db.prepare('UPDATE events SET metadata = ? WHERE position = ?').run(
        JSON.stringify(metadata),
        row.position,
      );
    }
    previousHash = integrityOf(metadata)?.hash ?? null;
  }
}

/** Alters a copy of the store the way an intruder with file access could. */
function tamperWith(db: Database.Database, tamper: Tamper, next: () => number): Expected {
  const rows = db
    .prepare<[string], Row>('SELECT * FROM events WHERE stream_id <> ? ORDER BY position')
    .all(streams.integrityCheckpoints());
  const row = pick(rows, next);
  const ofStream = rows.filter((candidate) => candidate.stream_id === row.stream_id);
  switch (tamper) {
    case 'flip one byte': {
      const column = pick(textColumns, next);
      const flipped = flippedText(row[column], next);
      db.prepare(`UPDATE events SET ${column} = ? WHERE position = ?`).run(flipped, row.position);
      return {
        change: `${column} ${row[column]} became ${flipped}`,
        streamId: row.stream_id,
        position: row.position,
      };
    }
    case 'delete one event':
      db.prepare('DELETE FROM events WHERE position = ?').run(row.position);
      return { change: 'deleted', streamId: row.stream_id, revisionAtLeast: row.revision };
    case 'reorder two': {
      const other =
        pick(
          ofStream.filter((candidate) => candidate.position !== row.position),
          next,
        ) ?? ofStream[0]!;
      db.prepare('UPDATE events SET revision = revision + 1000000 WHERE position IN (?, ?)').run(
        row.position,
        other.position,
      );
      db.prepare('UPDATE events SET revision = ? WHERE position = ?').run(
        other.revision,
        row.position,
      );
      db.prepare('UPDATE events SET revision = ? WHERE position = ?').run(
        row.revision,
        other.position,
      );
      return {
        change: `swapped revisions ${row.revision} and ${other.revision}`,
        streamId: row.stream_id,
        position: Math.min(row.position, other.position),
      };
    }
    case 'insert one': {
      const shift = db.prepare(
        'UPDATE events SET revision = revision + ? WHERE stream_id = ? AND revision >= ?',
      );
      shift.run(1_000_001, row.stream_id, row.revision);
      shift.run(-1_000_000, row.stream_id, row.revision + 1_000_001);
      db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        crypto.randomUUID(),
        row.stream_id,
        row.revision,
        row.type,
        row.schema_version,
        row.data,
        row.metadata,
        row.recorded_at,
      );
      return {
        change: `inserted at ${row.revision}`,
        streamId: row.stream_id,
        position: row.position,
      };
    }
    case 'flip and rehash the chain': {
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(
        JSON.stringify({ n: (JSON.parse(row.data) as { n: number }).n + 1 }),
        row.position,
      );
      relinkFrom(db, row.stream_id, row.revision);
      return {
        change: 'data altered, chain relinked',
        streamId: row.stream_id,
        revisionAtLeast: row.revision,
      };
    }
  }
}

function reportedWhere(found: IntegrityBreak, expected: Expected): boolean {
  // A flipped stream id moves the event to another stream: its position is what is reported.
  if (expected.position !== undefined) return Number(found.position) === expected.position;
  return (
    found.streamId === expected.streamId &&
    found.revision !== null &&
    found.revision >= expected.revisionAtLeast!
  );
}

describe('a store whose file is altered behind caretrail’s back', () => {
  beforeAll(seedBase, 120_000);
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('verifies when untouched, with every event under a signed checkpoint', async () => {
    const report = await verifyCopy();
    expect(report).toMatchObject({
      verified: true,
      firstBreak: null,
      eventsAfterLastCheckpoint: 1,
    });
    expect(report.eventsChecked).toBeGreaterThan(700);
    expect(report.checkpointsChecked).toBeGreaterThanOrEqual(5);
  });

  it(`detects every one of ${trials} alterations in random streams, naming where`, async () => {
    const next = random(seed + 1);
    const missed: string[] = [];
    const counts = new Map<Tamper, number>();
    let untouchedVerified = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      const tamper = tampers[trial % tampers.length]!;
      let expected: Expected | undefined;
      const report = await verifyCopy((db) => {
        expected = tamperWith(db, tamper, next);
      });
      counts.set(tamper, (counts.get(tamper) ?? 0) + 1);
      const found = report.firstBreak;
      if (report.verified || found === null || !reportedWhere(found, expected!))
        missed.push(
          `trial ${trial} (${tamper}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(found)}`,
        );
      if (trial % 100 === 0 && (await verifyCopy()).verified) untouchedVerified += 1;
    }
    console.info(
      `tampering: ${trials} trials (${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')}), ${trials - missed.length} detected at the altered place, ${untouchedVerified}/${trials / 100} untouched copies verified`,
    );
    expect(missed).toEqual([]);
    expect(untouchedVerified).toBe(trials / 100);
  }, 600_000);
});
