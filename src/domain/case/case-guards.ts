import { InvalidTransitionError, NotFoundError } from '../errors.js';
import type { CaseState } from './case-state.js';

/** Refuses a command to a case that was never opened. */
export function requireCase(state: CaseState): void {
  if (state.status === 'none') throw new NotFoundError('case not found');
}

/** Refuses a command to a closed case: only corrections are recorded there. */
export function requireOpenCase(state: CaseState): void {
  requireCase(state);
  if (state.status === 'closed')
    throw new InvalidTransitionError('the case is closed', 'closed-case-read-only');
}

/** Looks an entity of the case up by id, or throws NotFoundError naming only its kind and id. */
export function requireEntity<V>(record: Readonly<Record<string, V>>, id: string, kind: string): V {
  const found = Object.hasOwn(record, id) ? record[id] : undefined;
  if (found === undefined) throw new NotFoundError(`${kind} ${id} not found in this case`);
  return found;
}

/** Refuses references to events that are not entries of this case, or are marked in error. */
export function requireEntries(state: CaseState, eventIds: readonly string[] | undefined): void {
  for (const eventId of eventIds ?? []) {
    const entry = Object.hasOwn(state.entries, eventId) ? state.entries[eventId] : undefined;
    if (!entry || entry.inError) throw new NotFoundError(`entry ${eventId} not found in this case`);
  }
}
