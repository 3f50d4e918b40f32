import type {
  AmendmentDecisionView,
  AmendmentRequesterView,
  AmendmentView,
} from '../../../projections/current-case/case-view-types.js';
import type { RecordedEvent } from '../../event-store/port.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolver-types.js';
import { loaders } from '../loaders.js';
import { enumFieldResolvers } from '../mutations/enum-names.js';

/** Events by id through the request's loader: the same access check as `event(id)`. */
async function eventsById(ids: readonly string[], context: ApiContext): Promise<RecordedEvent[]> {
  const found = await loaders(context).eventById.loadMany(ids);
  return found.filter(
    (event): event is RecordedEvent => event !== null && !(event instanceof Error),
  );
}

/** The event ids of every step of a request: the timeline links each of them to it. */
function stepIds(amendment: AmendmentView): string[] {
  return [
    amendment,
    amendment.extension,
    amendment.decision,
    amendment.statement,
    amendment.rebuttal,
  ]
    .filter((step) => step !== null)
    .map((step) => step.eventId);
}

/**
 * The amendment process (schema/amendments.graphql): requests read from the current-case view,
 * linked corrections and correction authors read through the request's loaders.
 */
export const amendmentResolvers: Resolvers = {
  Amendment: {
    id: (amendment) => amendment.amendmentId,
    ...enumFieldResolvers<AmendmentView>()('status'),
  },
  AmendmentRequester: enumFieldResolvers<AmendmentRequesterView>()('kind'),
  AmendmentDecision: {
    ...enumFieldResolvers<AmendmentDecisionView>()('outcome', 'basis'),
    corrections: (decision, _, context) => eventsById(decision.correctionEventIds, context),
  },
  EntryCorrection: {
    withdrawn: (note) => note.enteredInError,
  },
  TimelineEntry: {
    correction: (entry, _, context) =>
      entry.correctedByEventId === null
        ? null
        : loaders(context).eventById.load(entry.correctedByEventId),
    inErrorMark: (entry, _, context) =>
      entry.inErrorByEventId === null
        ? null
        : loaders(context).eventById.load(entry.inErrorByEventId),
    amendments: async (entry, _, context) => {
      if (entry.caseId === null) return [];
      const record = await loaders(context).caseById.load(entry.caseId);
      return (record?.view.amendments ?? []).filter(
        (amendment) =>
          amendment.targetEventIds.includes(entry.eventId) ||
          stepIds(amendment).includes(entry.eventId),
      );
    },
  },
};
