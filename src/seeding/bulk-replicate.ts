import Database from 'better-sqlite3';
import { streams } from '../application/streams.js';
import { chainNewEvents, integrityOf } from '../event-store/integrity/event-hash.js';
import type { EventMetadata, NewEvent } from '../event-store/port.js';
import { migrate } from '../event-store/sqlite/schema.js';
import { DAY } from './journey-writer.js';

export interface ReplicateOptions {
  /** A seeded SQLite store: the cohort every copy repeats. */
  readonly source: string;
  /** The SQLite store written to; created when missing, continued when it holds an earlier run's events. */
  readonly target: string;
  /** Stop once the target holds this many events, or when `copies` copies are written whole. */
  readonly events: number;
  /** At most this many copies (default: as many as the events asked for take). */
  readonly copies?: number;
  /** Copy k of the cohort happens k × this many days after the source (default 1). */
  readonly shiftDays?: number;
  /** Events written per transaction. */
  readonly batchSize?: number;
  readonly onProgress?: (eventsInTarget: number) => void;
}

export interface ReplicateResult {
  /** Events this run wrote, and the target's events after it. */
  readonly written: number;
  readonly total: number;
  /** How many copies of the source the target holds, the last perhaps in part. */
  readonly copies: number;
}

interface SourceRow {
  readonly event_id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ISO_DAY = /"(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?"/g;

/**
 * The same uuid in copy `copy`: its last 48 bits XOR-ed with a mask of the copy, so every copy's
 * ids are fresh, one-to-one with the source's, and still valid uuids of the same version.
 */
export function replicaUuid(uuid: string, copy: number): string {
  const maskLow = Math.imul(copy + 1, 0x9e3779b1) >>> 0;
  const maskHigh = Math.imul(copy + 1, 0x85eb) & 0xffff;
  const high = (parseInt(uuid.slice(24, 28), 16) ^ maskHigh).toString(16).padStart(4, '0');
  const low = ((parseInt(uuid.slice(28), 16) ^ maskLow) >>> 0).toString(16).padStart(8, '0');
  return `${uuid.slice(0, 24)}${high}${low}`;
}

const shiftedDays = new Map<string, string>();
/** A calendar day (YYYY-MM-DD) moved by whole days. */
function shiftDay(day: string, days: number): string {
  const key = `${days}|${day}`;
  let shifted = shiftedDays.get(key);
  if (shifted === undefined) {
    shifted = new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
    shiftedDays.set(key, shifted);
  }
  return shifted;
}

/**
 * Stored JSON of the source as copy `copy` holds it: every uuid replaced by the copy's, and every
 * date and UTC timestamp string moved by whole days (times of day stay as they are).
 */
export function replicaJson(json: string, copy: number, days: number): string {
  const ids = json.replace(UUID, (uuid) => replicaUuid(uuid, copy));
  return days === 0
    ? ids
    : ids.replace(ISO_DAY, (_, day: string, time: string | undefined) => {
        return `"${shiftDay(day, days)}${time ?? ''}"`;
      });
}

/** The stream id `streamId` has in copy `copy`: its uuid part replaced. */
function replicaStreamId(streamId: string, copy: number): string {
  return streamId.replace(UUID, (uuid) => replicaUuid(uuid, copy));
}

/**
 * Repeats a seeded synthetic cohort under fresh ids until the target holds `events` events: copy
 * k is the source with every uuid (patients, cases, events, commands, contacts…) replaced and every
 * date moved by k × `shiftDays` days, its streams chained with valid links as the store's append
 * does, and all copies merged in time order, so the store verifies and projects like a seeded one.
 * Writes straight into the events table in large transactions; a target holding an earlier run's
 * events (same source and options) is continued where it ends. Signed checkpoints are not copied.
 */
export function replicateCohort(options: ReplicateOptions): ReplicateResult {
  const shiftDays = options.shiftDays ?? 1;
  const batchSize = options.batchSize ?? 20_000;
  const sourceDb = new Database(options.source, { readonly: true });
  const rows = sourceDb
    .prepare<[string], SourceRow>(
      `SELECT event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at
       FROM events WHERE stream_id != ? ORDER BY position`,
    )
    .all(streams.integrityCheckpoints());
  sourceDb.close();
  if (rows.length === 0) throw new RangeError('the source store holds no events to replicate');
  const recordedAt = rows.map((row) => Date.parse(row.recorded_at));

  const db = new Database(options.target);
  db.pragma('journal_mode = WAL');
  // A generator, not a service: the file is made durable once, when it closes.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  migrate(db);
  const existing =
    db.prepare<[], { count: number }>('SELECT count(*) AS count FROM events').get()?.count ?? 0;
  // The last link of every stream already written, to chain the next copy's events to.
  const lastHash = new Map<string, string | null>();
  for (const row of db
    .prepare<[], { stream_id: string; metadata: string }>(
      `SELECT stream_id, metadata FROM events
       WHERE position IN (SELECT max(position) FROM events GROUP BY stream_id)`,
    )
    .iterate())
    lastHash.set(row.stream_id, integrityOf(JSON.parse(row.metadata))?.hash ?? null);

  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const merge = new CopyMerge(
    rows.length,
    options.copies ?? Number.POSITIVE_INFINITY,
    (copy, index) => recordedAt[index]! + copy * shiftDays * DAY,
  );
  for (let skipped = 0; skipped < existing; skipped += 1) merge.next();

  const writeOne = (copy: number, index: number): void => {
    const row = rows[index]!;
    const days = copy * shiftDays;
    const streamId = replicaStreamId(row.stream_id, copy);
    const dataJson = replicaJson(row.data, copy, days);
    const { integrity: _link, ...metadata } = JSON.parse(
      replicaJson(row.metadata, copy, days),
    ) as EventMetadata & { integrity?: unknown };
    const at = `${shiftDay(row.recorded_at.slice(0, 10), days)}${row.recorded_at.slice(10)}`;
    const event: NewEvent = {
      id: replicaUuid(row.event_id, copy),
      type: row.type,
      schemaVersion: row.schema_version,
      data: JSON.parse(dataJson),
      metadata,
    };
    const previous = row.revision === 0 ? null : lastHash.get(streamId);
    if (previous === undefined)
      throw new Error(`the target misses ${streamId} before revision ${row.revision}`);
    const [integrity] = chainNewEvents(previous, streamId, row.revision, at, [event]);
    lastHash.set(streamId, integrity!.hash);
    insert.run(
      event.id,
      streamId,
      row.revision,
      row.type,
      row.schema_version,
      dataJson,
      JSON.stringify({ ...metadata, integrity }),
      at,
    );
  };

  let total = existing;
  /** Writes up to `count` events; fewer when the last copy is done. */
  const writeBatch = db.transaction((count: number): number => {
    for (let i = 0; i < count; i += 1) {
      const step = merge.next();
      if (step === undefined) return i;
      writeOne(step.copy, step.index);
    }
    return count;
  });
  try {
    while (total < options.events) {
      const count = Math.min(batchSize, options.events - total);
      const written = writeBatch.immediate(count);
      total += written;
      options.onProgress?.(total);
      if (written < count) break;
    }
  } finally {
    db.close();
  }
  return { written: total - existing, total, copies: merge.copiesStarted };
}

/**
 * Walks copies 0, 1, 2… of the source rows in time order: a binary heap of one cursor per copy,
 * keyed by the time of its next row, ties broken by copy; each copy keeps the source's order. Copy
 * k + 1 starts no earlier than copy k, so it joins when copy k's first row is taken: the order does
 * not depend on how many events are asked for, and a longer run continues a shorter one.
 */
class CopyMerge {
  private readonly heap: { copy: number; index: number; at: number }[] = [];
  copiesStarted = 1;

  constructor(
    private readonly length: number,
    private readonly maxCopies: number,
    private readonly timeOf: (copy: number, index: number) => number,
  ) {
    this.push({ copy: 0, index: 0, at: timeOf(0, 0) });
  }

  next(): { copy: number; index: number } | undefined {
    const top = this.heap[0];
    if (top === undefined) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    if (top.index === 0 && top.copy + 1 < this.maxCopies) {
      const copy = top.copy + 1;
      this.copiesStarted = copy + 1;
      this.push({ copy, index: 0, at: this.timeOf(copy, 0) });
    }
    const index = top.index + 1;
    if (index < this.length) this.push({ copy: top.copy, index, at: this.timeOf(top.copy, index) });
    return { copy: top.copy, index: top.index };
  }
  private before(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.at < y.at || (x.at === y.at && x.copy < y.copy);
  }

  private push(item: { copy: number; index: number; at: number }): void {
    this.heap.push(item);
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      [this.heap[i], this.heap[parent]] = [this.heap[parent]!, this.heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < this.heap.length && this.before(left, least)) least = left;
      if (right < this.heap.length && this.before(right, least)) least = right;
      if (least === i) return;
      [this.heap[i], this.heap[least]] = [this.heap[least]!, this.heap[i]!];
      i = least;
    }
  }
}
