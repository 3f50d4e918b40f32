import { CaretrailError } from '../domain/errors.js';

/** The stream is not at the revision the writer expected; nothing was written. */
export class WrongExpectedRevisionError extends CaretrailError {
  readonly code = 'CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: string,
    /** The stream's actual revision, or null when the stream does not exist. */
    readonly actualRevision: number | null,
  ) {
    super(`stream ${streamId} is at revision ${actualRevision ?? 'none'}, expected ${expected}`);
  }
}

/** An event id is already stored somewhere the append cannot be an idempotent retry of. */
export class DuplicateEventIdError extends CaretrailError {
  readonly code = 'CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`event ${eventId} is already stored, and not as this append to ${streamId}`);
  }
}

/** A stored event that no longer parses: reported with its place, never skipped. */
export class UndecodableEventError extends Error {
  readonly code = 'UNDECODABLE_EVENT';
  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly position: string,
    readonly eventType: string,
    readonly detail: string,
  ) {
    super(
      `stored event ${eventType} at ${streamId}@${revision} (position ${position}) does not decode: ${detail}`,
    );
    this.name = 'UndecodableEventError';
  }
}

/** The store cannot be reached or failed for a reason outside the contract. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
