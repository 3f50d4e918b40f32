import { caseAsOf, type AsOf } from '../../projections/current-case/case-as-of.js';
import type { CaseView } from '../../projections/current-case/case-view-types.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import { NotFoundError } from '../domain/errors.js';
import type { EventStore } from '../event-store/port.js';
import { streams } from './streams.js';

/**
 * A case as it was: at a revision, as known at a `recordedAt`, as true at an `occurredAt`, or
 * both. Folds the case stream with the current-case reducer; no read model is involved.
 */
export async function caseAsOfTime(store: EventStore, caseId: string, at: AsOf): Promise<CaseView> {
  const read = store.readStream(streams.case(caseId), {
    ...(at.revision === undefined ? {} : { maxCount: Math.max(0, at.revision + 1) }),
  });
  const events: ProjectedEvent[] = [];
  for await (const event of read) events.push(event as unknown as ProjectedEvent);
  const view = caseAsOf(events, at);
  if (view === null) throw new NotFoundError(`case ${caseId} has no history at that point`);
  return view;
}
