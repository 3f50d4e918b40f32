/** Stable error codes shared by the domain, the stores and (later) the API. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'STALE_READ'
  | 'RATE_LIMITED';

/** Base of every expected error: a class with a stable code and a message free of patient data. */
export abstract class CaretrailError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  /** Path to the offending field, e.g. `['items', 3, 'score']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Input that does not match a command's schema or a domain rule about a field's value. */
export class ValidationError extends CaretrailError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(message);
  }
}

/** A command that the current state does not allow (a rule of the decider). */
export class InvalidTransitionError extends CaretrailError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    message: string,
    /** A stable, machine-readable name of the rule that refused the command. */
    readonly rule: string,
  ) {
    super(message);
  }
}

/** The thing a command or query refers to does not exist. */
export class NotFoundError extends CaretrailError {
  readonly code = 'NOT_FOUND';
}
