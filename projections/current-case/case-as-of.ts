import { ValidationError, type FieldIssue } from '../../src/domain/errors.js';
import type { ProjectedEvent } from '../projection.js';
import { deriveCaseView } from './derive-case-view.js';
import { foldCaseEntry, initialCaseView, isCaseStreamEvent } from './case-view.js';
import type { CaseView } from './case-view-types.js';
import { atOrBefore } from './valid-time-order.js';

/** A point in a case's history: any combination of the three, all of which must hold. */
export interface AsOf {
  /** The stream as it stood after this revision (inclusive). */
  readonly revision?: number;
  /** Transaction time: what was known then (events recorded at or before it). */
  readonly recordedAt?: string;
  /** Valid time: what was true then, as far as the events folded tell (occurred at or before it). */
  readonly occurredAt?: string;
}

/** Entries about other entries: their occurredAt is when the fix was made, not when the fact held. */
const amendments: ReadonlySet<ProjectedEvent['type']> = new Set([
  'EntryCorrected',
  'EntryMarkedInError',
]);

function checkedAsOf(at: AsOf): AsOf {
  const issues: FieldIssue[] = [];
  if (at.revision !== undefined && !Number.isInteger(at.revision))
    issues.push({ path: ['revision'], message: 'expected an integer revision' });
  for (const field of ['recordedAt', 'occurredAt'] as const) {
    const value = at[field];
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      issues.push({ path: [field], message: 'expected an ISO 8601 date-time' });
  }
  if (issues.length > 0) throw new ValidationError('not a point in a case history', issues);
  return at;
}

function qualifies(event: ProjectedEvent, at: AsOf): boolean {
  if (at.revision !== undefined && event.revision > at.revision) return false;
  if (at.recordedAt !== undefined && !atOrBefore(event.recordedAt, at.recordedAt)) return false;
  // Valid time filters facts only: a fix known at the chosen recordedAt applies to whatever it targets.
  if (at.occurredAt !== undefined && !amendments.has(event.type))
    return atOrBefore(event.occurredAt, at.occurredAt);
  return true;
}

/**
 * Time travel without a read model: folds one case stream's events (in stream order) with the same
 * reducer as the current-case read model, keeping only the events that qualify for `at`.
 *
 * - `revision`: the events up to and including it.
 * - `recordedAt` ("what was known then"): the events recorded at or before it, corrections and
 *   in-error marks included only if they too were recorded by then.
 * - `occurredAt` ("what was true then, as we know it now"): the facts that occurred at or before
 *   it, still folded in stream order, so a late entry counts by when it happened. A correction's or
 *   in-error mark's own occurredAt is ignored: it is when the fix was made, not when the corrected
 *   fact held, so it applies whenever its target is folded (and is a no-op otherwise).
 * - Together (true at T1 as known at T2): an event must pass every filter given.
 *
 * Returns null when no event of a case stream qualifies.
 */
export function caseAsOf(events: Iterable<ProjectedEvent>, at: AsOf): CaseView | null {
  checkedAsOf(at);
  let view: CaseView | null = null;
  let streamId: string | null = null;
  for (const event of events) {
    if (!isCaseStreamEvent(event)) continue;
    streamId ??= event.streamId;
    if (event.streamId !== streamId)
      throw new ValidationError('time travel folds one case stream', [
        { path: ['events'], message: 'events of more than one case stream' },
      ]);
    // A fix with nothing folded yet has nothing to fix.
    if (view === null && amendments.has(event.type)) continue;
    if (qualifies(event, at)) view = foldCaseEntry(view ?? initialCaseView(), event);
  }
  // What the view derives from its entries, refreshed once for the whole fold.
  return view && deriveCaseView(view);
}
