import type { Actor } from '../../src/domain/values.js';
import type { GraphQLResponse } from './api-harness.js';

/** What these helpers need of a running API (see `startApi`). */
interface Api {
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Actor | null,
  ): Promise<GraphQLResponse<Data>>;
}

/** A synthetic follow-up call on a case, logged through the API as this caller. */
export function logContactAs(api: Api, caller: Actor, caseId: string) {
  return api.graphql(
    `mutation ($input: LogContactInput!) { logContact(input: $input) { revision } }`,
    {
      input: {
        caseId,
        party: 'PATIENT',
        channel: 'PHONE',
        reached: true,
        purpose: 'FOLLOW_UP',
        summary: 'Synthetic follow-up call',
      },
    },
    caller,
  );
}
