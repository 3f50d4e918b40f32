import {
  traceDecision,
  type DecisionTrace,
} from '../../projections/current-case/decision-trace.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import { ValidationError } from '../domain/errors.js';
import type { EventStore, RecordedEvent } from '../event-store/port.js';
import { streams } from './streams.js';

/**
 * The trace of a decision the caller may read (see `traceDecision`): reads the decision's case
 * stream by index, from its start to its end, and folds it; no read model is involved.
 */
export async function decisionTraceOf(
  store: EventStore,
  decision: RecordedEvent,
): Promise<DecisionTrace> {
  if (!decision.streamId.startsWith(streams.case('')))
    throw new ValidationError('not a decision that carries evidence', [
      { path: ['eventId'], message: 'expected an event of a case' },
    ]);
  const events: ProjectedEvent[] = [];
  for await (const event of store.readStream(decision.streamId))
    events.push(event as unknown as ProjectedEvent);
  return traceDecision(events, decision.id);
}
