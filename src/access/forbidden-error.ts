import { CaretrailError } from '../domain/errors.js';

/** The caller may see the target but their role may not do this to it. */
export class ForbiddenError extends CaretrailError {
  readonly code = 'FORBIDDEN';
}
