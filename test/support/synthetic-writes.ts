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

/** The GraphQL input of a synthetic follow-up call on a case. */
export function followUpCallInput(caseId: string, summary = 'Synthetic follow-up call') {
  return {
    caseId,
    party: 'PATIENT',
    channel: 'PHONE',
    reached: true,
    purpose: 'FOLLOW_UP',
    summary,
  };
}

/** A synthetic follow-up call on a case, logged through the API as this caller. */
export function logContactAs(api: Api, caller: Actor, caseId: string) {
  return api.graphql(
    `mutation ($input: LogContactInput!) { logContact(input: $input) { revision } }`,
    { input: followUpCallInput(caseId) },
    caller,
  );
}

/** An event as a mutation's result shows it. */
export interface RecordedThrough {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly data: Record<string, unknown>;
}

/**
 * Runs one mutation as this caller through the API and returns its events and global position;
 * a mutation that fails throws, naming the mutation and the errors' codes.
 */
export async function recordThrough(
  api: Api,
  as: Actor,
  mutation: string,
  input: Record<string, unknown>,
): Promise<{ position: string; events: RecordedThrough[] }> {
  const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
  const response = await api.graphql<{
    result: { position: string; events: RecordedThrough[] };
  }>(
    `mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) {
      position events { id type revision recordedAt data } } }`,
    { input },
    as,
  );
  if (response.errors !== undefined || !response.data)
    throw new Error(`${mutation} failed: ${JSON.stringify(response.errors)}`);
  return response.data.result;
}
