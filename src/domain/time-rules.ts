import { ValidationError } from './errors.js';

/** Clocks of clients and servers drift: a time this far past `now` is still accepted. */
export const clockSkewMs = 2 * 60 * 1000;

/** Refuses a valid time after the handler's clock (plus skew): nothing is recorded before it happens. */
export function assertNotInFuture(path: string, at: string | undefined, now: string): void {
  if (at === undefined) return;
  if (Date.parse(at) > Date.parse(now) + clockSkewMs)
    throw new ValidationError(`${path} is in the future`, [
      { path: [path], message: 'must not be in the future' },
    ]);
}

/** Refuses a period whose end comes before its start (ISO dates compare as strings). */
export function assertOrdered(path: string, start: string, end: string | undefined): void {
  if (end !== undefined && end < start)
    throw new ValidationError(`${path} ends before it starts`, [
      { path: [path], message: 'ends before it starts' },
    ]);
}
