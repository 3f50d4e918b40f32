import type { Resolvers } from '../generated/resolver-types.js';
import { toGraphQLEnumName } from '../mutations/enum-names.js';

/** `Query.projections`: each projection's status, with states as the schema's enum values. */
export const projectionResolvers: Resolvers = {
  Query: {
    projections: async (_, __, { services }) =>
      (await services.projections.status()).map((status) => ({
        ...status,
        state: toGraphQLEnumName(status.state),
      })),
  },
};
