import type { z } from 'zod';
import { caseEventCatalogue, type EventData } from '../../src/domain/events/catalogue.js';
import type { ProjectedEvent, ReadModelView } from '../projection.js';
import { findFact, type Fact } from './fact.js';
import { entityIdOf, isFactType, pickFacts, type FactType } from './fact-pickers.js';
import { utcInstant } from '../shared/utc-instant.js';

/** A correction is a shallow patch of the target's top-level fields, checked against its schema. */
function corrected(
  target: Fact,
  correctedData: Readonly<Record<string, unknown>>,
  eventId: string,
): Fact {
  const schema = caseEventCatalogue[target.type].schema as unknown as z.ZodObject;
  const patch = schema.partial().safeParse(correctedData);
  // A correction that no longer fits its target is a poison event: stop rather than skip it.
  if (!patch.success)
    throw new Error(`correction ${eventId} does not fit its ${target.type} target`);
  const data = patch.data as Partial<EventData<FactType>>;
  return { ...target, values: { ...target.values, ...pickFacts(target.type, data) } };
}

/** The fact this event adds or changes, if it touches one: the one change a projection step makes to the facts. */
export function pendingFact(
  event: ProjectedEvent,
  caseId: string,
  view: ReadModelView,
): Fact | undefined {
  if (event.type === 'EntryCorrected' || event.type === 'EntryMarkedInError') {
    const target = findFact(view, event.data.targetEventId);
    if (!target || target.caseId !== caseId) return undefined;
    return event.type === 'EntryCorrected'
      ? corrected(target, event.data.correctedData, event.id)
      : { ...target, inError: true };
  }
  if (!isFactType(event.type)) return undefined;
  return {
    eventId: event.id,
    caseId,
    type: event.type,
    entityId: entityIdOf(event),
    revision: event.revision,
    occurredAt: utcInstant(event.occurredAt),
    inError: false,
    values: pickFacts(event.type, event.data as Partial<EventData<FactType>>),
  };
}
