import type { Position, RecordedEvent } from '../event-store/port.js';

/** What kind of alteration a verification found. */
export type IntegrityProblem =
  /** The stored event no longer parses. */
  | 'unreadable'
  /** The event carries no hash-chain link. */
  | 'unchained'
  /** The stream skips revisions: events are missing before this one. */
  | 'revision-gap'
  /** The stream goes back: a revision repeats or comes out of order. */
  | 'revision-out-of-order'
  /** The event's link does not point at the hash of the event before it. */
  | 'previous-hash-mismatch'
  /** The event's content does not hash to its link: it was altered after it was stored. */
  | 'content-hash-mismatch'
  /** A checkpoint no longer parses. */
  | 'checkpoint-unreadable'
  /** A checkpoint's signature does not verify. */
  | 'checkpoint-signature-invalid'
  /** A checkpoint is signed by a key that is not trusted. */
  | 'checkpoint-untrusted-key'
  /** Checkpoints skip, repeat, or do not link to the one before. */
  | 'checkpoint-chain-broken'
  /** The events of a checkpoint's range no longer give its Merkle root or count. */
  | 'checkpoint-root-mismatch'
  /** A stream's link at a checkpoint is no longer the one the checkpoint signed. */
  | 'checkpoint-head-mismatch'
  /** An exported event's inclusion proof does not lead to its checkpoint's root. */
  | 'inclusion-proof-invalid';

/** One broken link: what is wrong and where. */
export interface IntegrityBreak {
  readonly problem: IntegrityProblem;
  readonly streamId: string | null;
  readonly revision: number | null;
  /** The store position of the event where the break shows (for a checkpoint: its range's end). */
  readonly position: Position | null;
  readonly eventId: string | null;
  readonly checkpointSequence: number | null;
  readonly detail: string;
}

/** The outcome of verifying a stream, the whole store or an exported bundle. */
export interface IntegrityReport {
  readonly verified: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  readonly checkpointsChecked: number;
  /** Events recorded after the last checkpoint: chained, but not yet under a signature. */
  readonly eventsAfterLastCheckpoint: number;
  /** The first break found, in store order. */
  readonly firstBreak: IntegrityBreak | null;
  /** Every break found, up to `maxReportedBreaks`. */
  readonly breaks: readonly IntegrityBreak[];
}

export const maxReportedBreaks = 100;

/** Where an event stands, as a break reports it. */
export function placeOf(
  event: Pick<RecordedEvent, 'streamId' | 'revision' | 'position' | 'id'>,
): Pick<IntegrityBreak, 'streamId' | 'revision' | 'position' | 'eventId'> {
  return {
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
  };
}

/** Collects breaks in the order they are found, keeping the first ones. */
export class BreakLog {
  readonly breaks: IntegrityBreak[] = [];
  add(
    found: Omit<IntegrityBreak, 'checkpointSequence'> & { checkpointSequence?: number | null },
  ): void {
    if (this.breaks.length < maxReportedBreaks)
      this.breaks.push({ checkpointSequence: null, ...found });
  }
}
