import { randomUUID } from 'node:crypto';
import type { CommandService } from '../../src/application/command-service.js';
import type { Actor } from '../../src/domain/values.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import type { GraphQLResponse } from './api-harness.js';

/** What these helpers need of a running API (see `startApi`). */
interface Api {
  readonly commands: CommandService;
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Actor | null,
  ): Promise<GraphQLResponse<Data>>;
}

/** A fresh synthetic user of this role; the label says what they stand for in the test. */
export function syntheticUser(role: Actor['role'], label: string): Actor {
  return { userId: `synthetic-${label}-${randomUUID().slice(0, 8)}`, role };
}

/** A registered synthetic patient with one open case whose primary case manager is `manager`. */
export async function caseManagedBy(api: Api, manager: Actor) {
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label: randomUUID().slice(0, 8) };
  await openMinimalCase(api.commands, { actor: manager }, ids);
  return ids;
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
