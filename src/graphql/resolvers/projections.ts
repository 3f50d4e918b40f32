import type { ApiContext } from '../context.js';

/** `Query.projections`: each projection's status, with states as the schema's enum values. */
export const projectionResolvers = {
  Query: {
    projections: async (_: unknown, __: unknown, { services }: ApiContext) =>
      (await services.projections.status()).map((status) => ({
        ...status,
        state: status.state.toUpperCase().replace('-', '_'),
      })),
  },
};
