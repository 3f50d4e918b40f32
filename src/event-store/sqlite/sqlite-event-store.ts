import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ValidationError } from '../../domain/errors.js';
import {
  DuplicateEventIdError,
  StoreUnavailableError,
  UndecodableEventError,
  WrongExpectedRevisionError,
} from '../errors.js';
import { decodeOrReport, identityDecoder } from '../decoding.js';
import { chainNewEvents, integrityOf } from '../integrity/event-hash.js';
import { describeExpected, revisionMatches } from '../expected-revision.js';
import { LiveSignal } from '../live-signal.js';
import type {
  AppendResult,
  EventDecoder,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreStats,
  SubscribeOptions,
} from '../port.js';
import { migrate } from './schema.js';

export interface SqliteEventStoreOptions {
  /** File path, or ':memory:' for a private in-memory store (tests only: no second process sees it). */
  readonly path: string;
  readonly decode?: EventDecoder;
  /** The store's clock for `recordedAt`; injectable so tests can control transaction time. */
  readonly clock?: () => Date;
  /** How many rows one read query fetches: bounds the memory of a read. */
  readonly readBatchSize?: number;
  /** How often a live subscription looks for appends made by other processes. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another writer's lock before failing. */
  readonly busyTimeoutMs?: number;
  /**
   * Chain each appended event's hash to its stream's previous one (default true). Off only to
   * measure what chaining costs: events stored without a link fail integrity verification.
   */
  readonly hashChain?: boolean;
  /**
   * The most appends one group commit takes into its transaction (default 256); appends beyond it
   * wait for the next transaction. 1 commits every append on its own (to measure group commit).
   */
  readonly maxAppendsPerCommit?: number;
  /**
   * Called with the store's connection once it is set up, for settings of that connection (a
   * pragma such as `max_page_count`, which tests use to make the disk full).
   */
  readonly configureConnection?: (db: Database.Database) => void;
}

/** How appends have been grouped into transactions since the store was opened. */
export interface GroupCommitStats {
  /** Committed write transactions, each one sync to disk. */
  readonly transactions: number;
  /** Appends answered by those transactions, refused ones (conflicts) included. */
  readonly appends: number;
  /** The most appends one transaction held. */
  readonly largestGroup: number;
}

/** An append waiting for the next group commit, with the promise to settle once it is durable. */
interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: Error) => void;
}

type AppendOutcome = { readonly result: AppendResult } | { readonly refused: Error };

interface EventRow {
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

/**
 * The embedded event store: one SQLite file in WAL mode with synchronous=FULL, appends in
 * BEGIN IMMEDIATE transactions, so an acknowledged append survives a crash.
 *
 * Group commit: appends made while the event loop is busy wait for its next turn, then commit
 * together in one transaction, so they share one sync to disk. Each append runs in its own
 * savepoint within it, so it is still atomic and checked on its own: a conflict refuses that append
 * only. Every promise settles after the COMMIT has returned, so acknowledged still means durable;
 * a failed commit (disk full, I/O error) refuses every append of the group.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly decode: EventDecoder;
  private readonly clock: () => Date;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly hashChain: boolean;
  private readonly maxAppendsPerCommit: number;
  private readonly live = new LiveSignal();
  private readonly statements;
  private readonly appendInSavepoint;
  private readonly commitGroup;
  private pending: PendingAppend[] = [];
  private commitScheduled = false;
  private groupStats = { transactions: 0, appends: 0, largestGroup: 0 };
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 10_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    options.configureConnection?.(this.db);
    this.decode = options.decode ?? identityDecoder;
    this.clock = options.clock ?? (() => new Date());
    this.batchSize = options.readBatchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
    this.hashChain = options.hashChain ?? true;
    this.maxAppendsPerCommit = options.maxAppendsPerCommit ?? 256;
    if (!Number.isSafeInteger(this.maxAppendsPerCommit) || this.maxAppendsPerCommit < 1) {
      throw new RangeError('maxAppendsPerCommit must be a positive whole number');
    }
    this.statements = {
      streamRevision: this.db.prepare<[string], { revision: number | null }>(
        'SELECT max(revision) AS revision FROM events WHERE stream_id = ?',
      ),
      // The stream's revision and last link in one index lookup, without the event's data.
      lastOfStream: this.db.prepare<[string], StreamTail>(
        'SELECT position, stream_id, revision, type, metadata FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      ),
      findById: this.db.prepare<[string], EventRow>('SELECT * FROM events WHERE event_id = ?'),
      insert: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
         VALUES (@event_id, @stream_id, @revision, @type, @schema_version, @data, @metadata, @recorded_at)`,
      ),
      streamForward: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      streamBackward: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
      allAfter: this.db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?',
      ),
      head: this.db.prepare<[], { position: number | null }>(
        'SELECT max(position) AS position FROM events',
      ),
    };
    // Called inside the group's transaction, better-sqlite3 runs this in a SAVEPOINT: a throw
    // rolls back this append alone.
    this.appendInSavepoint = this.db.transaction(
      (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) =>
        this.appendInTransaction(streamId, events, expected),
    );
    this.commitGroup = this.db.transaction((group: readonly PendingAppend[]) =>
      group.map((append) => this.appendOneOfGroup(append)),
    );
  }

  append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    try {
      this.assertOpen();
      if (events.length === 0) {
        throw new ValidationError('an append needs at least one event', [
          { path: ['events'], message: 'empty' },
        ]);
      }
    } catch (error) {
      return Promise.reject(translateSqliteError(error, streamId));
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, events, expected, resolve, reject });
      if (!this.commitScheduled) {
        this.commitScheduled = true;
        // After the I/O callbacks of this turn of the event loop: every request that reached its
        // append meanwhile joins the same transaction.
        setImmediate(() => this.commitPending());
      }
    });
  }

  /** How appends have been grouped into transactions so far (each transaction is one sync). */
  groupCommitStats(): GroupCommitStats {
    return { ...this.groupStats };
  }

  /** Commits every waiting append, a group at a time, and settles each one's promise. */
  private commitPending(): void {
    this.commitScheduled = false;
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, this.maxAppendsPerCommit);
      let outcomes: AppendOutcome[];
      try {
        if (this.closed) throw new StoreUnavailableError('the event store is closed');
        // BEGIN IMMEDIATE ... COMMIT: one sync to disk for the whole group.
        outcomes = this.commitGroup.immediate(group);
      } catch (error) {
        for (const append of group) append.reject(translateSqliteError(error, append.streamId));
        continue;
      }
      this.groupStats = {
        transactions: this.groupStats.transactions + 1,
        appends: this.groupStats.appends + group.length,
        largestGroup: Math.max(this.groupStats.largestGroup, group.length),
      };
      this.live.notify();
      group.forEach((append, index) => {
        const outcome = outcomes[index]!;
        if ('result' in outcome) append.resolve(outcome.result);
        else append.reject(outcome.refused);
      });
    }
  }

  /**
   * One append of a group, in its own savepoint. A refusal of this append alone (a conflict, a
   * duplicate id, a constraint) is its outcome; anything else (disk full, I/O) aborts the group.
   */
  private appendOneOfGroup(append: PendingAppend): AppendOutcome {
    try {
      return { result: this.appendInSavepoint(append.streamId, append.events, append.expected) };
    } catch (error) {
      const refusal = translateSqliteError(error, append.streamId);
      if (refusal instanceof StoreUnavailableError || !this.db.inTransaction) throw error;
      return { refused: refusal };
    }
  }

  private appendInTransaction(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): AppendResult {
    const retried = this.findIdempotentRetry(streamId, events, expected);
    if (retried) return retried;

    const tail = this.statements.lastOfStream.get(streamId);
    const actual = tail?.revision ?? null;
    if (!revisionMatches(expected, actual)) {
      throw new WrongExpectedRevisionError(streamId, describeExpected(expected), actual);
    }
    const recordedAt = this.clock().toISOString();
    const firstRevision = (actual ?? -1) + 1;
    const links = this.hashChain
      ? chainNewEvents(lastHashOf(tail), streamId, firstRevision, recordedAt, events)
      : null;
    const recorded: RecordedEvent[] = events.map((event, index) => {
      const revision = firstRevision + index;
      const integrity = links?.[index] ?? null;
      const info = this.statements.insert.run({
        event_id: event.id,
        stream_id: streamId,
        revision,
        type: event.type,
        schema_version: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(integrity ? { ...event.metadata, integrity } : event.metadata),
        recorded_at: recordedAt,
      });
      return {
        ...event.metadata,
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        streamId,
        revision,
        position: toPosition(Number(info.lastInsertRowid)),
        recordedAt,
        integrity,
      };
    });
    return resultOf(recorded);
  }

  /** An append whose event ids are all stored already, in order, at the place it asks for. */
  private findIdempotentRetry(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): AppendResult | null {
    const stored = events.map((event) => this.statements.findById.get(event.id));
    if (stored.every((row) => row === undefined)) return null;
    const first = stored[0];
    const isSameAppend =
      first !== undefined &&
      stored.every(
        (row, index) =>
          row !== undefined &&
          row.stream_id === streamId &&
          row.revision === first.revision + index,
      );
    if (!isSameAppend) {
      const clash = events.find((_, index) => stored[index] !== undefined);
      throw new DuplicateEventIdError(streamId, clash?.id ?? 'unknown');
    }
    const placeMatches =
      typeof expected === 'number'
        ? first.revision === expected + 1
        : expected === 'no_stream'
          ? first.revision === 0
          : true;
    if (!placeMatches) {
      const actual = this.statements.streamRevision.get(streamId)?.revision ?? null;
      throw new WrongExpectedRevisionError(streamId, describeExpected(expected), actual);
    }
    return resultOf(stored.map((row) => this.toRecorded(row!)));
  }

  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backward = options.direction === 'backward';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let next = options.fromRevision ?? (backward ? Number.MAX_SAFE_INTEGER : 0);
    while (remaining > 0) {
      const limit = Math.min(this.batchSize, remaining);
      const rows = backward
        ? this.statements.streamBackward.all(streamId, next, limit)
        : this.statements.streamForward.all(streamId, next, limit);
      for (const row of rows) yield this.toRecorded(row, options.asStored);
      if (rows.length < limit) return;
      remaining -= rows.length;
      const last = rows[rows.length - 1]!;
      next = backward ? last.revision - 1 : last.revision + 1;
      if (next < 0) return;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    let after = options.after ? fromPosition(options.after) : 0;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      const limit = Math.min(this.batchSize, remaining);
      const rows = this.statements.allAfter.all(after, limit);
      for (const row of rows) yield this.toRecorded(row, options.asStored);
      if (rows.length < limit) return;
      remaining -= rows.length;
      after = rows[rows.length - 1]!.position;
    }
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const { signal } = options;
    let after = options.after ? fromPosition(options.after) : 0;
    while (!signal?.aborted && !this.closed) {
      // Take the wake-up ticket before reading, so an append between the read and the wait is not missed.
      const appended = this.live.next();
      const rows = this.statements.allAfter.all(after, this.batchSize);
      for (const row of rows) {
        yield this.toRecorded(row);
        after = row.position;
        if (signal?.aborted || this.closed) return;
      }
      if (rows.length === this.batchSize) continue;
      await this.live.waitFor(appended, this.pollIntervalMs, signal);
    }
  }

  /** Live subscriptions of this process waiting for the next append (a leak shows here). */
  get liveWaiters(): number {
    return this.live.waiting;
  }

  streamRevision(streamId: string): Promise<number | null> {
    this.assertOpen();
    return Promise.resolve(this.statements.streamRevision.get(streamId)?.revision ?? null);
  }

  stats(): Promise<StoreStats> {
    this.assertOpen();
    const head = this.statements.head.get()?.position ?? null;
    // Positions are SQLite rowids, dense from 1 because nothing is ever deleted: the head is the count.
    return Promise.resolve({
      kind: this.kind,
      headPosition: head === null ? null : toPosition(head),
      eventCount: head ?? 0,
    });
  }

  comparePositions(a: Position, b: Position): number {
    return fromPosition(a) - fromPosition(b);
  }

  close(): Promise<void> {
    if (!this.closed) {
      // Appends already accepted are committed (or refused) before the file closes.
      this.commitPending();
      this.closed = true;
      this.live.notify();
      this.db.close();
    }
    return Promise.resolve();
  }

  private toRecorded(row: EventRow, asStored = false): RecordedEvent {
    const metadata = parseStored(row.metadata, row) as RecordedEvent;
    return decodeOrReport(asStored ? identityDecoder : this.decode, {
      occurredAt: metadata.occurredAt,
      actor: metadata.actor,
      commandId: metadata.commandId,
      correlationId: metadata.correlationId,
      // As stored, a missing field stays missing, so integrity checks see exactly what is there.
      causationId: asStored ? metadata.causationId : (metadata.causationId ?? null),
      reason: asStored ? metadata.reason : (metadata.reason ?? null),
      id: row.event_id,
      type: row.type,
      schemaVersion: row.schema_version,
      data: parseStored(row.data, row),
      streamId: row.stream_id,
      revision: row.revision,
      position: toPosition(row.position),
      recordedAt: row.recorded_at,
      integrity: integrityOf(metadata),
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the event store is closed');
  }
}

/** The columns of a stream's last event that an append needs. */
type StreamTail = Pick<EventRow, 'position' | 'stream_id' | 'revision' | 'type' | 'metadata'>;

/** The hash of the stream's last event, to chain the next one to; null for a new stream. */
function lastHashOf(tail: StreamTail | undefined): string | null {
  if (tail === undefined) return null;
  return integrityOf(parseStored(tail.metadata, tail))?.hash ?? null;
}

/** Stored JSON that no longer parses is reported with the event's place, never thrown bare. */
function parseStored(json: string, row: StreamTail): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new UndecodableEventError(
      row.stream_id,
      row.revision,
      toPosition(row.position),
      row.type,
      'stored JSON does not parse',
    );
  }
}

function resultOf(events: readonly RecordedEvent[]): AppendResult {
  const last = events[events.length - 1]!;
  return { nextExpectedRevision: last.revision, position: last.position, events };
}

function toPosition(value: number): Position {
  return String(value) as Position;
}

function fromPosition(position: Position): number {
  const value = Number(position);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError('not a position of this store', [
      { path: ['position'], message: 'expected a non-negative integer position' },
    ]);
  }
  return value;
}

function translateSqliteError(error: unknown, streamId: string): Error {
  if (!(error instanceof Database.SqliteError)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new WrongExpectedRevisionError(streamId, 'a free revision', null);
  }
  if (error.code === 'SQLITE_FULL') {
    return new StoreUnavailableError('the event store is full: nothing was written', {
      cause: error,
    });
  }
  if (error.code.startsWith('SQLITE_READONLY')) {
    return new StoreUnavailableError('the event store is read-only: nothing was written', {
      cause: error,
    });
  }
  return new StoreUnavailableError(`the event store failed (${error.code})`, { cause: error });
}
