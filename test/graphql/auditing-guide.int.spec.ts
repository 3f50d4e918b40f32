import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentUsers } from '../../src/auth/development-identity.js';
import { startApi } from '../support/api-harness.js';

/** Each GraphQL query of docs/auditing.md, by its operation name. */
function guideQueries(): Map<string, string> {
  const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'auditing.md'), 'utf8');
  return new Map(
    [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => [
      /query (\w+)/.exec(match[1]!)?.[1] ?? 'unnamed',
      match[1]!,
    ]),
  );
}

const auditor = developmentUsers.find((user) => user.role === 'auditor')!;
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  // The demo cohort `npm start` seeds: it holds a discharge, a correction and two amendment requests.
  api = await startApi({ demoCohort: true });
});
afterAll(() => api.stop());

async function firstOfType(eventType: string) {
  const answer = await api.graphql<{
    auditTrail: { edges: { node: { eventId: string; caseId: string; patientId: string } }[] };
  }>(
    `query ($type: String!) { auditTrail(filter: { eventType: $type }, first: 1) { edges { node { eventId caseId patientId } } } }`,
    { type: eventType },
    auditor,
  );
  return answer.data!.auditTrail.edges[0]!.node;
}

describe('the auditor’s guide (docs/auditing.md)', () => {
  const queries = guideQueries();

  it('answers each question with a query that runs on the demo cohort', async () => {
    const discharge = await firstOfType('DischargeDecisionMade');
    const correction = await firstOfType('EntryCorrected');
    const variables: Record<string, Record<string, unknown>> = {
      PlanAt: { caseId: discharge.caseId, at: '2025-03-01T14:00:00Z' },
      DischargeTrace: { eventId: discharge.eventId },
      WhoChangedWhat: { caseId: discharge.caseId },
      Corrections: { caseId: correction.caseId, before: '2025-02-18T19:00:00Z' },
      Integrity: { streamId: `case-${discharge.caseId}` },
      WhoLooked: { patientId: discharge.patientId },
      Disclosures: { patientId: discharge.patientId },
    };
    expect([...queries.keys()].sort()).toEqual(Object.keys(variables).sort());

    const answers = new Map<string, Record<string, unknown>>();
    for (const [name, query] of queries) {
      const answer = await api.graphql(query, variables[name], auditor);
      expect(answer.errors, name).toBeUndefined();
      answers.set(name, answer.data!);
    }
    expect(answers.get('PlanAt')).toMatchObject({
      case: { asOf: { carePlan: { status: 'ACTIVE' } } },
    });
    expect(answers.get('DischargeTrace')).toMatchObject({
      decisionTrace: {
        decisionType: 'DischargeDecisionMade',
        evidence: expect.arrayContaining([
          expect.objectContaining({ type: 'AssessmentRecorded', pinVerified: true }),
        ]) as unknown[],
      },
    });
    expect(answers.get('Corrections')).toMatchObject({
      case: {
        amendments: [
          expect.objectContaining({ status: 'ACCEPTED' }),
          expect.objectContaining({ status: 'DENIED' }),
        ],
      },
    });
    expect(answers.get('Integrity')).toMatchObject({
      verifyIntegrity: { verified: true, firstBreak: null },
    });
  });
});
