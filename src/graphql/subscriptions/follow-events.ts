import { ValidationError } from '../../domain/errors.js';
import type { Position, RecordedEvent } from '../../event-store/port.js';
import type { ApiServices } from '../context.js';
import { toGraphQLError } from '../error-mapping.js';

/** How long an update waits for the read models to apply its event before the stream fails STALE_READ. */
const projectionWaitMs = 30_000;

/** One subscription's rules, given once the read models have reached its starting position. */
export interface Follower<Update> {
  /** Whether an event belongs to the subscription; may learn from it (a newly opened case). */
  keeps(event: RecordedEvent): boolean;
  /**
   * Whether the caller may see this kept event, asked afresh for each one since access can end
   * while a subscription is open; throws (NOT_FOUND, as for a missing record) to end it.
   */
  admits(event: RecordedEvent): Promise<boolean>;
  /** The update for a kept event, once the read models have applied it. */
  update(event: RecordedEvent): Update;
}

/** A client's `after` argument as a store position; an unparseable one is BAD_USER_INPUT on `after`. */
export function positionArgument(services: ApiServices, after: string | null | undefined) {
  if (after === null || after === undefined) return null;
  const position = after as Position;
  try {
    services.store.comparePositions(position, position);
  } catch {
    throw new ValidationError('after is not a position of this store', [
      { path: ['after'], message: 'expected a position from an earlier update' },
    ]);
  }
  return position;
}

/** Resolves once the read models have applied `position`, or as soon as the signal aborts. */
async function untilApplied(
  services: ApiServices,
  position: Position,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) return;
  let onAbort = (): void => undefined;
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([services.projections.waitForPosition(position, projectionWaitMs), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Follows the store after `after` (or its head) and yields an update for each kept event once the
 * projections have applied it. `start` runs when the read models have reached the starting point,
 * so what it reads there and the events that follow leave no gap; it runs before this returns, so
 * its errors (e.g. NOT_FOUND) reach the client as an ordinary GraphQL error.
 * Ending the iterator (the client went away) aborts the store subscription at once; the service's
 * shutdown ends it too, so the client's stream completes instead of holding the server open.
 */
export async function followEvents<Update>(
  services: ApiServices,
  after: Position | null,
  start: () => Promise<Follower<Update>>,
): Promise<AsyncIterableIterator<Update, void, undefined>> {
  const controller = new AbortController();
  const head = (await services.store.stats()).headPosition;
  if (after !== null && (head === null || services.store.comparePositions(after, head) > 0)) {
    // Waiting for the read models to reach a position the store has not recorded would never end.
    throw new ValidationError('after is beyond the last recorded event', [
      { path: ['after'], message: 'expected a position from an earlier update' },
    ]);
  }
  const from = after ?? head;
  if (from !== null) await untilApplied(services, from, controller.signal);
  const follower = await start();

  async function* updates(): AsyncGenerator<Update, void, undefined> {
    const signal = AbortSignal.any([controller.signal, services.shutdown]);
    for await (const event of services.store.subscribe({ after: from, signal })) {
      if (!follower.keeps(event)) continue;
      try {
        await untilApplied(services, event.position, signal);
      } catch (error) {
        throw toGraphQLError(error);
      }
      if (signal.aborted) return;
      let admitted: boolean;
      try {
        admitted = await follower.admits(event);
      } catch (error) {
        throw toGraphQLError(error);
      }
      if (admitted) yield follower.update(event);
    }
  }

  const inner = updates();
  // An async generator queues return() behind a pending next(); aborting first wakes the store's wait.
  const stop = (): void => controller.abort();
  const iterator: AsyncIterableIterator<Update, void, undefined> = {
    next: () => inner.next(),
    return: (value) => {
      stop();
      return inner.return(value);
    },
    throw: (error: unknown) => {
      stop();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
