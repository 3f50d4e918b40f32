import { CaretrailError } from '../domain/errors.js';

/** A request that needs to know its caller but names none. */
export class UnauthenticatedError extends CaretrailError {
  readonly code = 'UNAUTHENTICATED';
}
