import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  convertToCommandError,
  excludeSystemEvents,
  isCommandError,
  jsonEvent,
  type AllStreamSubscription,
  type AppendExpectedRevision,
  type AppendResult as EsdbAppendResult,
  type CurrentRevision,
  type EventData,
  type JSONType,
  type Position as EsdbPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import { ValidationError } from '../../domain/errors.js';
import { decodeOrReport, identityDecoder } from '../decoding.js';
import { StoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import { describeExpected } from '../expected-revision.js';
import { chainNewEvents, integrityOf, type EventIntegrity } from '../integrity/event-hash.js';
import type {
  AppendResult,
  EventDecoder,
  EventMetadata,
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

export interface EventStoreDbEventStoreOptions {
  /** A client connection string, e.g. `esdb://localhost:2113?tls=false`. */
  readonly connectionString: string;
  readonly decode?: EventDecoder;
  /** The clock for `recordedAt`, which the hash chain covers; injectable for tests. */
  readonly clock?: () => Date;
}

/** What this adapter reads of an event the client hands back (JSON or binary, from a stream or $all). */
export interface EsdbRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly created: Date;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: EsdbPosition;
}

/**
 * Our envelope as stored in the ESDB event metadata: the writer's metadata, the schema version,
 * the transaction time and the hash-chain link. recordedAt is stamped by this adapter at append
 * (as the SQLite store does) because the link must cover it and the server's own `created` time is
 * only known after the append; events stored without one fall back to `created`.
 */
interface StoredMetadata extends EventMetadata {
  readonly schemaVersion: number;
  readonly recordedAt?: string;
  readonly integrity?: EventIntegrity;
}

/** How often an append whose links were overtaken by a concurrent writer is linked again and retried. */
const relinkAttempts = 10;

/**
 * The EventStoreDB adapter: ESDB keeps the log (acknowledged means durable on the server); this
 * class maps the port onto the gRPC client and the client's errors onto the port's errors.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly subscriptions = new Set<AllStreamSubscription>();
  private closed = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly decode: EventDecoder,
    private readonly clock: () => Date,
  ) {}

  /** Opens a client; it connects lazily, so an unreachable server surfaces as StoreUnavailableError on first use. */
  static connect(options: EventStoreDbEventStoreOptions): Promise<EventStoreDbEventStore> {
    try {
      const client = EventStoreDBClient.connectionString(options.connectionString);
      return Promise.resolve(
        new EventStoreDbEventStore(
          client,
          options.decode ?? identityDecoder,
          options.clock ?? (() => new Date()),
        ),
      );
    } catch (error) {
      return Promise.reject(
        new StoreUnavailableError('the EventStoreDB connection string is not valid', {
          cause: error,
        }),
      );
    }
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) {
      throw new ValidationError('an append needs at least one event', [
        { path: ['events'], message: 'empty' },
      ]);
    }
    for (let attempt = 1; ; attempt += 1) {
      const tail = await this.lastLink(streamId);
      const recordedAt = this.clock().toISOString();
      const links = chainNewEvents(
        tail?.hash ?? null,
        streamId,
        (tail?.revision ?? -1) + 1,
        recordedAt,
        events,
      );
      const data = events.map((event, index) =>
        toEventData(event, index, { recordedAt, integrity: links[index]! }),
      );
      const flexible = expected === 'any' || expected === 'stream_exists';
      // A flexible expectation is pinned to the revision the links were made against, so no
      // concurrent append can slip in between an event and the event it links to.
      const expectedRevision = flexible
        ? tail === null
          ? toEsdbExpectedRevision(expected === 'any' ? 'no_stream' : expected)
          : BigInt(tail.revision)
        : toEsdbExpectedRevision(expected);
      let appended: EsdbAppendResult | null;
      try {
        appended = await this.client.appendToStream(streamId, data, { expectedRevision });
      } catch (error) {
        const translated = translateEsdbError(error, streamId, expected);
        if (!flexible || !(translated instanceof WrongExpectedRevisionError)) throw translated;
        appended = null;
      }
      if (appended?.success) {
        return this.readBack(streamId, events, Number(appended.nextExpectedRevision));
      }
      if (flexible) {
        // A retried flexible append finds its own events at the stream's end: the original result.
        const retried = await this.alreadyAtEnd(streamId, events);
        if (retried) return retried;
        if (expected === 'stream_exists' && tail === null) {
          throw new WrongExpectedRevisionError(streamId, describeExpected(expected), null);
        }
        if (attempt < relinkAttempts) continue;
      }
      // With throwOnAppendFailure=false in the connection string the client reports a conflict as data.
      throw new WrongExpectedRevisionError(
        streamId,
        describeExpected(expected),
        await this.streamRevision(streamId),
      );
    }
  }

  /** The revision and hash of the stream's last event, or null for a new stream. */
  private async lastLink(
    streamId: string,
  ): Promise<{ revision: number; hash: string | null } | null> {
    for await (const event of this.readStream(streamId, {
      direction: 'backward',
      maxCount: 1,
      asStored: true,
    })) {
      return { revision: event.revision, hash: event.integrity?.hash ?? null };
    }
    return null;
  }

  /** The stored events when the stream already ends with these event ids, else null. */
  private async alreadyAtEnd(
    streamId: string,
    events: readonly NewEvent[],
  ): Promise<AppendResult | null> {
    const last = await this.streamRevision(streamId);
    if (last === null || last + 1 < events.length) return null;
    try {
      return await this.readBack(streamId, events, last);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return null;
      throw error;
    }
  }

  /**
   * Reads the appended events back by revision, for the server's `created` time and each event's own
   * position; on an idempotent retry ESDB reports the original revisions, so this returns the original events.
   */
  private async readBack(
    streamId: string,
    events: readonly NewEvent[],
    lastRevision: number,
  ): Promise<AppendResult> {
    const firstRevision = lastRevision - events.length + 1;
    const recorded: RecordedEvent[] = [];
    if (firstRevision >= 0) {
      const read = this.client.readStream(streamId, {
        fromRevision: BigInt(firstRevision),
        maxCount: events.length,
        requiresLeader: true,
      });
      for await (const { event } of drain(read, streamId)) {
        // Not through the decoder: an acknowledged append must not fail on reading its own events.
        if (event) recorded.push(toRecordedEvent(event, identityDecoder));
      }
    }
    const isThisAppend =
      recorded.length === events.length &&
      recorded.every((event, index) => sameEventId(event.id, events[index]!.id));
    if (!isThisAppend) {
      throw new StoreUnavailableError(
        `the events at revisions ${firstRevision}..${lastRevision} of ${streamId} are not the ones appended`,
      );
    }
    const last = recorded[recorded.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position, events: recorded };
  }

  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backward = options.direction === 'backward';
    const from = options.fromRevision;
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    // Nothing precedes revision 0; the client refuses negative revisions, so answer as the SQLite store does.
    if (backward && from !== undefined && from < 0) return;
    const read = this.client.readStream(streamId, {
      direction: backward ? BACKWARDS : FORWARDS,
      fromRevision: from === undefined ? (backward ? END : START) : BigInt(Math.max(0, from)),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      resolveLinkTos: false,
    });
    for await (const { event } of drain(read, streamId)) {
      if (event) yield toRecordedEvent(event, options.asStored ? identityDecoder : this.decode);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const after = options.after ? decodePosition(options.after) : null;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    // ESDB reads $all from a position inclusively; the port is exclusive, hence isAfter below.
    const read = this.client.readAll({ fromPosition: after ?? START, resolveLinkTos: false });
    for await (const { event } of drain(read, '$all')) {
      if (!event || !isUserEvent(event) || !isAfter(event.position, after)) continue;
      yield toRecordedEvent(event, options.asStored ? identityDecoder : this.decode);
      remaining -= 1;
      if (remaining <= 0) return;
    }
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const { signal } = options;
    if (signal?.aborted) return;
    const after = options.after ? decodePosition(options.after) : null;
    const subscription = this.client.subscribeToAll({
      fromPosition: after ?? START,
      resolveLinkTos: false,
      filter: excludeSystemEvents(),
    });
    this.subscriptions.add(subscription);
    // Destroying the readable ends a pending read at once; unsubscribing cancels the server call.
    const stop = (): void => {
      subscription.destroy();
      void subscription.unsubscribe().catch(() => undefined);
    };
    signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const { event } of subscription) {
        if (!event || !isUserEvent(event) || !isAfter(event.position, after)) continue;
        yield toRecordedEvent(event, this.decode);
        if (signal?.aborted || this.closed) return;
      }
    } catch (error) {
      if (signal?.aborted || this.closed) return;
      throw translateEsdbError(error, '$all');
    } finally {
      signal?.removeEventListener('abort', stop);
      this.subscriptions.delete(subscription);
      await subscription.unsubscribe().catch(() => undefined);
    }
  }

  async streamRevision(streamId: string): Promise<number | null> {
    this.assertOpen();
    const read = this.client.readStream(streamId, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
      resolveLinkTos: false,
    });
    for await (const { event } of drain(read, streamId)) {
      if (event) return Number(event.revision);
    }
    return null;
  }

  async stats(): Promise<StoreStats> {
    this.assertOpen();
    return {
      kind: this.kind,
      headPosition: await this.headPosition(),
      // Counting would read the whole log on every health check: EventStoreDB reports no count.
      eventCount: null,
    };
  }

  private async headPosition(): Promise<Position | null> {
    const read = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      resolveLinkTos: false,
    });
    for await (const { event } of drain(read, '$all')) {
      if (event && isUserEvent(event)) return encodePosition(event.position);
    }
    return null;
  }

  /** O(n) on EventStoreDB: the server keeps no count of non-system events, so this reads all of $all. */
  comparePositions(a: Position, b: Position): number {
    return compareEsdbPositions(decodePosition(a), decodePosition(b));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const subscription of this.subscriptions) subscription.destroy();
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the event store is closed');
  }
}

/**
 * Iterates a client read with its backpressure (bounded memory), ends quietly when the stream does
 * not exist, translates the client's errors and always releases the gRPC call.
 */
async function* drain<T>(read: StreamingRead<T>, streamId: string): AsyncGenerator<T> {
  try {
    for await (const item of read) yield item;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return;
    throw translateEsdbError(error, streamId);
  } finally {
    await read.cancel().catch(() => undefined);
  }
}

/** Turns a client event into the port's event, reporting unreadable JSON through the one decoding function. */
export function toRecordedEvent(record: EsdbRecord, decode: EventDecoder): RecordedEvent {
  const problem = storageProblemOf(record);
  // Like the SQLite store's row mapping: the envelope is checked by the decoder, not here.
  const envelope = (problem === null ? record.metadata : {}) as Partial<StoredMetadata>;
  const raw = {
    occurredAt: envelope.occurredAt,
    actor: envelope.actor,
    commandId: envelope.commandId,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId ?? null,
    reason: envelope.reason ?? null,
    id: record.id,
    type: record.type,
    schemaVersion: envelope.schemaVersion,
    data: problem === null ? record.data : undefined,
    streamId: record.streamId,
    revision: Number(record.revision),
    position: encodePosition(positionOf(record)),
    recordedAt: envelope.recordedAt ?? record.created.toISOString(),
    integrity: integrityOf(envelope),
  } as RecordedEvent;
  return decodeOrReport(problem === null ? decode : failWith(problem), raw);
}

/** Why a stored event cannot be read as caretrail JSON, or null when it can. */
function storageProblemOf(record: EsdbRecord): string | null {
  if (!record.isJson) return 'stored data is not JSON (binary content type)';
  // The client hands malformed JSON data back as its raw text (see toEventData for why strings are refused).
  if (typeof record.data === 'string') return 'stored data is not valid JSON';
  if (record.metadata === undefined) return 'stored metadata is missing';
  // The client hands malformed JSON metadata back as bytes.
  if (record.metadata instanceof Uint8Array) return 'stored metadata is not valid JSON';
  if (!isJsonObject(record.metadata) || typeof record.metadata.schemaVersion !== 'number') {
    return 'stored metadata is not a caretrail envelope';
  }
  return null;
}

function failWith(problem: string): EventDecoder {
  return () => {
    throw new Error(problem);
  };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positionOf(record: EsdbRecord): EsdbPosition {
  if (record.position) return record.position;
  // Servers before 22.6 send no position with stream reads, and the port needs one on every event.
  throw new StoreUnavailableError(
    'EventStoreDB sent an event without its position (server older than 22.6?)',
  );
}

/** An ESDB event for an append: our metadata and schema version travel in the ESDB metadata. */
export function toEventData(
  event: NewEvent,
  index = 0,
  stamp?: { readonly recordedAt: string; readonly integrity: EventIntegrity },
): EventData {
  // The client returns malformed JSON as a string, so a bare string could not be told apart on reading.
  if (typeof event.data === 'string' || event.data === undefined) {
    throw new ValidationError('event data must be a JSON value other than a bare string', [
      { path: ['events', index, 'data'], message: 'not storable as JSON on EventStoreDB' },
    ]);
  }
  const metadata: StoredMetadata = {
    ...event.metadata,
    schemaVersion: event.schemaVersion,
    ...stamp,
  };
  return jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata });
}

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new ValidationError('an expected revision is a non-negative integer', [
          { path: ['expected'], message: 'not a revision' },
        ]);
      }
      return BigInt(expected);
  }
}

/** Maps the client's errors onto the port's: a conflict, or an unavailable store; anything else passes through. */
export function translateEsdbError(
  error: unknown,
  streamId: string,
  expected?: ExpectedRevision,
): unknown {
  // Some calls reject with a raw gRPC ServiceError; the client's own converter names it first.
  const converted = error instanceof Error ? convertToCommandError(error) : error;
  if (converted instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(
      streamId,
      expected === undefined ? String(converted.expectedVersion) : describeExpected(expected),
      actualRevisionOf(converted.actualVersion),
    );
  }
  if (converted instanceof Error && isCommandError(converted)) {
    return new StoreUnavailableError(`EventStoreDB failed (${converted.type})`, {
      cause: converted,
    });
  }
  // Cluster discovery (esdb+discover://) gives up with a plain Error when no node answers.
  if (converted instanceof Error && converted.message.startsWith('Failed to discover')) {
    return new StoreUnavailableError('no EventStoreDB node could be discovered', {
      cause: converted,
    });
  }
  return converted;
}

function actualRevisionOf(current: CurrentRevision): number | null {
  return typeof current === 'bigint' && current >= 0n ? Number(current) : null;
}

/** Caretrail's events only: ESDB's own ($-typed, in $-streams, link events `$>`) are not part of our log. */
export function isUserEvent(record: Pick<EsdbRecord, 'type' | 'streamId'>): boolean {
  return !record.type.startsWith('$') && !record.streamId.startsWith('$');
}

function isAfter(position: EsdbPosition, after: EsdbPosition | null): boolean {
  return after === null || compareEsdbPositions(position, after) > 0;
}

function sameEventId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

const POSITION_PATTERN = /^(\d+):(\d+)$/;

/** `commit:prepare` in decimal: readable, and never compared as a string (see compareEsdbPositions). */
export function encodePosition(position: EsdbPosition): Position {
  return `${position.commit.toString()}:${position.prepare.toString()}` as Position;
}

export function decodePosition(position: Position): EsdbPosition {
  const match = POSITION_PATTERN.exec(position);
  if (!match) {
    throw new ValidationError('not a position of this store', [
      { path: ['position'], message: 'expected commit:prepare, two non-negative integers' },
    ]);
  }
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

/** ESDB's order of the transaction log: by commit position, then by prepare position. */
export function compareEsdbPositions(a: EsdbPosition, b: EsdbPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
