import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/build-yoga.js';
import type { Actor } from '../../src/domain/values.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { startApi } from '../support/api-harness.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/**
 * The fields a curious client can ask for, each with its arguments: a page of 5, a revision for
 * asOf; fields that need other arguments are left out.
 */
function askableFields(type: GraphQLObjectType) {
  return Object.values(type.getFields()).flatMap((field) => {
    let args = '';
    if (field.name === 'asOf') args = '(revision: 1)';
    else if (field.args.some((a) => a.name === 'first')) args = '(first: 5)';
    else if (field.args.some((a) => isNonNullType(a.type))) return [];
    return [{ name: field.name, args, named: getNamedType(field.type) }];
  });
}

/** A selection of every field of a type, nested to `depth`. */
function everything(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const { name, args, named } of askableFields(type)) {
    if (isObjectType(named)) {
      const nested = depth === 0 ? '' : everything(named, depth - 1);
      if (nested !== '') parts.push(`${name}${args} { ${nested} }`);
    } else {
      parts.push(`${name}${args}`);
    }
  }
  return parts.join(' ');
}

/** Roughly the lexical tokens of a selection, as the server's token limit counts them. */
const tokens = (selection: string) => selection.match(/[A-Za-z_]\w*|\d+|[{}():$!]/g)?.length ?? 0;

/**
 * Every field of a type nested to `depth`, cut into selections small enough for the server's
 * token limit (a client would send several questions rather than one huge one).
 */
function everythingInParts(type: GraphQLObjectType, depth: number): string[] {
  const whole = everything(type, depth);
  if (tokens(whole) <= 250) return [whole];
  const scalars: string[] = [];
  const parts: string[] = [];
  for (const { name, args, named } of askableFields(type)) {
    if (!isObjectType(named)) scalars.push(`${name}${args}`);
    else if (depth > 0)
      for (const part of everythingInParts(named, depth - 1))
        parts.push(`${name}${args} { ${part} }`);
  }
  return [scalars.join(' '), ...parts].filter((part) => part !== '');
}

/** Questions that together ask for every field of a patient, nested six deep. */
const patientEverything = everythingInParts(schema.getType('Patient') as GraphQLObjectType, 6).map(
  (part) => `query ($id: ID!) { patient(id: $id) { ${part} } }`,
);

/** Every answer to those questions, as one text. */
async function askEverything(id: string, caller: Actor): Promise<string> {
  const answers = [];
  for (const query of patientEverything) {
    const answer = await api.graphql(query, { id }, caller);
    expect(answer.errors, query).toBeUndefined();
    answers.push(answer);
  }
  return JSON.stringify(answers);
}

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const manager: Actor = { userId: 'synthetic-cm-deid', role: 'case_manager' };
const analyst: Actor = { userId: 'synthetic-quality-1', role: 'quality_analyst' };
const auditor: Actor = { userId: 'synthetic-auditor-1', role: 'auditor' };

/** A patient with a case holding free text in several places; returns what must never show. */
async function patientWithFreeText() {
  const label = `deid${randomUUID().slice(0, 6)}`;
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label };
  await openMinimalCase(api.commands, { actor: manager }, ids);
  const context = { actor: manager };
  const marker = `Freetext${label}`;
  await api.commands.execute(
    { type: 'DraftCarePlan', caseId: ids.caseId, title: `${marker} plan title` },
    context,
  );
  await api.commands.execute(
    {
      type: 'LogContact',
      caseId: ids.caseId,
      party: 'patient',
      channel: 'phone',
      reached: true,
      purpose: 'follow-up',
      summary: `${marker} said the stairs at home are hard`,
    },
    context,
  );
  await api.commands.execute(
    {
      type: 'AssignCareTeamMember',
      caseId: ids.caseId,
      memberId: 'synthetic-rn-deid',
      role: 'nurse',
      reason: { text: `${marker} reason for assigning` },
    },
    context,
  );
  const { headPosition } = await api.store.stats();
  await api.projections.waitForPosition(headPosition!, 10_000);
  return {
    ...ids,
    marker,
    // Identifiers and free text of this patient, as recorded.
    secrets: [
      ids.patientId,
      ids.caseId,
      `Testpatient-${label}`,
      `SYN-${label}`,
      '1950-01-01',
      marker,
    ],
  };
}

describe('quality analysts see de-identified data only', () => {
  it('never get a patient id, case id, name, MRN, birth date or free text, whatever they ask', async () => {
    // Given a patient whose record holds identifiers and free text
    const { patientId, caseId, marker, secrets } = await patientWithFreeText();
    const pseudonym = api.pseudonyms.of('patient', patientId)!;

    // When an analyst asks for every field of the patient, nested six deep, by pseudonym
    const text = await askEverything(pseudonym, analyst);

    // Then they get the record, and none of those values anywhere in it
    expect(text).toContain(pseudonym);
    for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);

    // And the same question from an auditor shows the ids and free text that were withheld, so
    // the check can fail (names, MRNs and birth dates are in no field of the API for anyone).
    const identified = await askEverything(patientId, auditor);
    for (const shown of [patientId, caseId, marker])
      expect(identified.includes(shown), shown).toBe(true);
  });

  it('drill down by pseudonyms, which are stable, and cannot use real ids', async () => {
    const { patientId, caseId } = await patientWithFreeText();
    const pseudonym = api.pseudonyms.of('patient', patientId)!;
    const query = `query ($id: ID!) { patient(id: $id) { id cases { id patientId } } }`;

    const first = await api.graphql<{
      patient: { id: string; cases: { id: string; patientId: string }[] };
    }>(query, { id: pseudonym }, analyst);
    const again = await api.graphql(query, { id: pseudonym }, analyst);
    const casePseudonym = first.data!.patient.cases[0]!.id;

    expect(again).toEqual(first);
    expect(first.data!.patient).toEqual({
      id: pseudonym,
      cases: [{ id: api.pseudonyms.of('case', caseId), patientId: pseudonym }],
    });
    const drilled = await api.graphql(
      `query ($id: ID!) { case(id: $id) { id status } }`,
      { id: casePseudonym },
      analyst,
    );
    expect(drilled.data).toEqual({ case: { id: casePseudonym, status: 'OPEN' } });
    // A real id is no pseudonym: it names nothing, like an unknown id.
    expect(await api.graphql(query, { id: patientId }, analyst)).toEqual({
      data: { patient: null },
    });
  });

  it('record nothing', async () => {
    const { caseId } = await patientWithFreeText();
    const write = await api.graphql(
      `mutation ($input: DraftCarePlanInput!) { draftCarePlan(input: $input) { revision } }`,
      { input: { caseId, title: 'Synthetic plan' } },
      analyst,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
