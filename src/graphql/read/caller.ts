import type { Position } from '../../event-store/port.js';
import type { ApiContext } from '../context.js';

/** How long a read-your-writes query waits for the projections before answering STALE_READ. */
export const readYourWritesTimeoutMs = 2_000;

/** Waits (bounded) until every projection has applied the given position; a timeout is STALE_READ. */
export async function atPosition(context: ApiContext, position: string | null | undefined) {
  if (position == null) return;
  await context.services.projections.waitForPosition(position as Position, readYourWritesTimeoutMs);
}
