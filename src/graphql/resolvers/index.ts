import { DateTime, JSON } from '../scalars.js';
import { accessLogResolvers } from './access-log.js';
import { integrityResolvers } from './integrity.js';
import { amendmentResolvers } from './amendments.js';
import { decisionTraceResolvers } from './decision-trace.js';
import { mutationResolvers } from './mutations.js';
import { outcomeResolvers } from './outcomes.js';
import { projectionResolvers } from './projections.js';
import { queryResolvers } from './queries.js';
import { subscriptionResolvers } from './subscriptions.js';

/** Every resolver map of the API; `createSchema` checks each against the SDL in `schema/`. */
export const resolvers = [
  { DateTime, JSON },
  projectionResolvers,
  queryResolvers,
  mutationResolvers,
  subscriptionResolvers,
  accessLogResolvers,
  integrityResolvers,
  decisionTraceResolvers,
  amendmentResolvers,
  outcomeResolvers,
];
