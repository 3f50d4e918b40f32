import type { Resolvers } from '../generated/resolver-types.js';
import { mapped } from '../error-mapping.js';
import { requestAccessFor } from '../read/access-reads.js';
import { caseUpdates } from '../subscriptions/case-updates.js';
import { positionArgument } from '../subscriptions/follow-events.js';
import { timelineUpdates } from '../subscriptions/timeline-updates.js';

/** Each update is already the payload the schema's type describes. */
const asIs = <Update>(update: Update): Update => update;

/** The subscriptions of the API (see schema/subscriptions.graphql), served over SSE by Yoga. */
export const subscriptionResolvers: Resolvers = {
  Subscription: {
    timelineUpdated: {
      subscribe: (_, args, { services, actor }) =>
        mapped(() =>
          timelineUpdates(services, args.patientId, positionArgument(services, args.after), () =>
            requestAccessFor(services, actor),
          ),
        ),
      resolve: asIs,
    },
    caseUpdated: {
      subscribe: (_, args, { services, actor }) =>
        mapped(() =>
          caseUpdates(services, args.caseId, positionArgument(services, args.after), () =>
            requestAccessFor(services, actor),
          ),
        ),
      resolve: asIs,
    },
  },
};
