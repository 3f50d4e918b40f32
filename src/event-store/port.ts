import type { Actor, Reason } from '../domain/values.js';
import type { EventIntegrity } from './integrity/event-hash.js';

/**
 * A place in the store's one global order. Opaque outside the adapter that made it: compare
 * two positions only with `EventStore.comparePositions`.
 */
export type Position = string & { readonly __brand: 'Position' };

/** What an append expects of the stream: a mismatch is a `WrongExpectedRevisionError`. */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/** The envelope fields a writer supplies; the store adds stream, revision, position and recordedAt. */
export interface EventMetadata {
  /** Valid time: when it happened clinically (ISO 8601). */
  readonly occurredAt: string;
  readonly actor: Actor;
  /** Idempotency key of the command that produced the event. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly reason: Reason | null;
}

export interface NewEvent {
  /** Event id (uuid); appending the same id twice never stores it twice. */
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> extends EventMetadata {
  readonly id: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly streamId: string;
  /** 0-based place in the stream. */
  readonly revision: number;
  readonly position: Position;
  /** Transaction time: when the store accepted the event (ISO 8601). */
  readonly recordedAt: string;
  /**
   * The event's link in its stream's hash chain, stored in its metadata; absent on events stored
   * without one (by a store opened with `hashChain: false`).
   */
  readonly integrity?: EventIntegrity | null;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** Global position of the last appended event. */
  readonly position: Position;
  readonly events: readonly RecordedEvent[];
}

export interface ReadStreamOptions {
  readonly direction?: 'forward' | 'backward';
  /** First revision to read (inclusive); defaults to the start (forward) or the end (backward). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /** The events exactly as stored, neither parsed by the codec nor upcast: what integrity checks hash. */
  readonly asStored?: boolean;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; from the very start when absent. */
  readonly after?: Position | null;
  readonly maxCount?: number;
  /** The events exactly as stored, neither parsed by the codec nor upcast: what integrity checks hash. */
  readonly asStored?: boolean;
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; from the very start when absent. */
  readonly after?: Position | null;
  /** Ends the subscription: the iterator finishes after the event in hand. */
  readonly signal?: AbortSignal;
}

export interface StoreStats {
  readonly kind: StoreKind;
  readonly headPosition: Position | null;
  /** How many events the store holds, or null where counting would read the whole store. */
  readonly eventCount: number | null;
}

export type StoreKind = 'sqlite' | 'eventstoredb';

/**
 * Turns a stored event into a typed, current-version event: the one place where raw data is
 * parsed and upcast. Throws when a stored event no longer parses.
 */
export type EventDecoder = (raw: RecordedEvent) => RecordedEvent;

/** The event store port: both adapters pass the same contract suite (test/contract). */
export interface EventStore {
  readonly kind: StoreKind;
  /** Atomic: all events are stored in order, or none. Idempotent on event ids. */
  append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /** Streams one stream's events with bounded memory; a missing stream yields nothing. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Streams all events in global order with bounded memory. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Catches up from a position, then follows live appends (by any process) until aborted. */
  subscribe(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** The revision of the last event of the stream, or null when the stream does not exist. */
  streamRevision(streamId: string): Promise<number | null>;
  stats(): Promise<StoreStats>;
  /** Negative, zero or positive as `a` is before, at or after `b` in the global order. */
  comparePositions(a: Position, b: Position): number;
  close(): Promise<void>;
}
