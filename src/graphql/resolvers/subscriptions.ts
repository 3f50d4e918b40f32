import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import { caseUpdates } from '../subscriptions/case-updates.js';
import { positionArgument } from '../subscriptions/follow-events.js';
import { timelineUpdates } from '../subscriptions/timeline-updates.js';

interface TimelineArgs {
  readonly patientId: string;
  readonly after?: string | null;
}

interface CaseArgs {
  readonly caseId: string;
  readonly after?: string | null;
}

/** Each update is already the payload the schema's type describes. */
const asIs = <Update>(update: Update): Update => update;

/** The subscriptions of the API (see schema/subscriptions.graphql), served over SSE by Yoga. */
export const subscriptionResolvers = {
  Subscription: {
    timelineUpdated: {
      subscribe: (_: unknown, args: TimelineArgs, { services }: ApiContext) =>
        mapped(() =>
          timelineUpdates(services, args.patientId, positionArgument(services, args.after)),
        ),
      resolve: asIs,
    },
    caseUpdated: {
      subscribe: (_: unknown, args: CaseArgs, { services }: ApiContext) =>
        mapped(() => caseUpdates(services, args.caseId, positionArgument(services, args.after))),
      resolve: asIs,
    },
  },
};
