import { decisionTraceOf } from '../../application/decision-trace.js';
import { caseIdOf } from '../../../projections/shared/case-id-of.js';
import type { LearnedLater } from '../../../projections/current-case/decision-trace.js';
import { NotFoundError } from '../../domain/errors.js';
import { mapped } from '../error-mapping.js';
import type { Resolvers } from '../generated/resolver-types.js';
import { loaders } from '../loaders.js';
import { enumFieldResolvers } from '../mutations/enum-names.js';
import { atPosition } from '../read/caller.js';

/**
 * The decision trace (schema/decision-trace.graphql): the decision comes through the request's
 * event loader, so its case's access check (and the access-log record) applies before its stream
 * is read; everything else the trace shows is of that same case.
 */
export const decisionTraceResolvers: Resolvers = {
  Query: {
    decisionTrace: (_, args, context) =>
      mapped(async () => {
        await atPosition(context, args.atPosition);
        const decision = await loaders(context).eventById.load(args.eventId);
        if (!decision) throw new NotFoundError('no such decision');
        return decisionTraceOf(context.services.store, decision);
      }),
  },
  DecisionTrace: {
    decisionType: (trace) => trace.decision.type,
    actor: (trace) => trace.decision.actor,
    occurredAt: (trace) => trace.decision.occurredAt,
    recordedAt: (trace) => trace.decision.recordedAt,
    caseAtDecision: (trace) =>
      trace.caseAtDecision === null
        ? null
        : { id: caseIdOf(trace.decision.streamId), view: trace.caseAtDecision },
  },
  TracedEvidence: {
    eventId: (item) => item.event.id,
    type: (item) => item.event.type,
    pinnedRevision: (item) => item.pinned.revision,
    pinnedCorrectionRevision: (item) => item.pinned.correctionRevision,
    recorded: (item) => item.event,
    correctedBeforeDecision: (item) => item.correctionsBeforeDecision.length > 0,
  },
  LearnedLater: enumFieldResolvers<LearnedLater>()('kind'),
};
