import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { careResourceTypes } from '../../src/fhir/care-resources.js';
import type {
  CarePlan,
  CareTeam,
  Encounter,
  EpisodeOfCare,
  Goal,
  Observation,
} from '../../src/fhir/r4-types.js';
import { startApi } from '../support/api-harness.js';
import { exportClient } from './export-client.js';
import { fhirSchemaIssues } from '../support/fhir-schema.js';
import { caseManagedBy, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic people and records only, made up by each test.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const { eventsOf, caughtUp, exportAs: exportAt } = exportClient(() => api);

/** One resource type of the care bulk export, as this caller. */
const exportAs = (caller: Actor | null, type: string) =>
  exportAt(caller, `/exports/fhir/bulk/${type}.ndjson`);

/** Free text recorded on the case: none of it may leave in a de-identified export. */
const freeText = {
  memberName: 'Synthetic Nursename Qzx',
  planTitle: 'Synthetic plan title Qzx',
  planDescription: 'Synthetic plan description Qzx',
  revision: 'Synthetic revision summary Qzx',
  problem: 'Synthetic problem description Qzx',
  goal: 'Synthetic goal description Qzx',
  targetDetail: 'Synthetic target detail Qzx',
  intervention: 'Synthetic intervention description Qzx',
  outcome: 'Synthetic intervention outcome Qzx',
  performerName: 'Synthetic Performer Qzx',
  assessmentNote: 'Synthetic assessment note Qzx',
  evidence: 'Synthetic progress evidence Qzx',
  correction: 'Synthetic correction reason Qzx',
};

/** A case with a plan revised, goals achieved, not attainable and cancelled, an intervention done,
 * a member released and another assigned, every instrument, and a discharge whose disposition was
 * corrected. */
async function variedCase(ann: Actor) {
  const ids = await caseManagedBy(api, ann);
  const run = async (command: Record<string, unknown>) =>
    (await api.commands.execute({ ...command, caseId: ids.caseId }, { actor: ann })).events[0]!;
  const nurse = syntheticUser('clinician', 'nurse');
  const social = syntheticUser('clinician', 'social');
  await run({
    type: 'AssignCareTeamMember',
    memberId: nurse.userId,
    name: freeText.memberName,
    role: 'nurse',
  });
  await run({ type: 'ReleaseCareTeamMember', memberId: nurse.userId });
  await run({ type: 'AssignCareTeamMember', memberId: social.userId, role: 'social-worker' });
  const problem = await run({
    type: 'IdentifyProblem',
    description: freeText.problem,
    category: 'psychosocial',
  });
  const { problemId } = problem.data as { problemId: string };
  const drafted = await run({
    type: 'DraftCarePlan',
    title: freeText.planTitle,
    description: freeText.planDescription,
    period: { start: '2026-01-02' },
  });
  const { carePlanId } = drafted.data as { carePlanId: string };
  await run({ type: 'ActivateCarePlan', carePlanId });
  const goalIds: string[] = [];
  for (const measure of ['phq9-below-10', 'walks-unaided', 'returns  to\twork']) {
    const set = await run({
      type: 'SetGoal',
      description: freeText.goal,
      target: { measure, detail: freeText.targetDetail, dueDate: '2026-03-01' },
      priority: 'high',
      addresses: [problemId],
      lifecycleStatus: 'active',
    });
    goalIds.push((set.data as { goalId: string }).goalId);
  }
  const [achieved, unattainable, cancelled] = goalIds as [string, string, string];
  await run({
    type: 'RecordGoalProgress',
    goalId: achieved,
    achievementStatus: 'achieved',
    evidence: { text: freeText.evidence },
  });
  await run({
    type: 'RecordGoalProgress',
    goalId: unattainable,
    achievementStatus: 'not-attainable',
    evidence: { text: freeText.evidence },
  });
  await run({ type: 'ChangeGoalStatus', goalId: cancelled, to: 'cancelled' });
  const planned = await run({
    type: 'PlanIntervention',
    kind: 'referral',
    description: freeText.intervention,
    performer: { userId: social.userId, name: freeText.performerName },
    due: '2026-02-01',
    goalIds: [achieved],
  });
  const { interventionId } = planned.data as { interventionId: string };
  await run({
    type: 'UpdateInterventionStatus',
    interventionId,
    to: 'completed',
    outcome: freeText.outcome,
  });
  const phq9 = await run({
    type: 'RecordAssessment',
    instrument: { code: 'PHQ-9' },
    total: 14,
    notes: freeText.assessmentNote,
  });
  await run({
    type: 'ReviseCarePlan',
    carePlanId,
    summary: freeText.revision,
    changes: [{ path: 'title', before: freeText.planTitle, after: freeText.planTitle }],
    triggeringEventIds: [phq9.id],
    reason: { text: freeText.revision, code: 'reassessment' },
  });
  await run({
    type: 'RecordAssessment',
    instrument: { code: 'GAD-7' },
    total: 8,
  });
  await run({ type: 'RecordAssessment', instrument: { code: 'LACE' }, total: 11 });
  await run({ type: 'RecordAssessment', instrument: { code: 'Morse' }, total: 45 });
  await run({ type: 'RecordAssessment', instrument: { code: 'Barthel' }, total: 70 });
  await run({
    type: 'RecordDischargeDecision',
    decision: 'ready',
    disposition: 'home',
    reason: { text: freeText.correction },
  });
  const discharged = await run({
    type: 'DischargePatient',
    disposition: 'home',
    dischargedAt: '2026-01-20T10:00:00Z',
  });
  await run({
    type: 'CorrectEntry',
    targetEventId: discharged.id,
    correctedData: { disposition: 'snf' },
    reason: { text: freeText.correction },
  });
  await caughtUp();
  return { ...ids, carePlanId, achieved, unattainable, cancelled, interventionId, nurse, social };
}

async function exportAll(caller: Actor) {
  const byType = new Map<string, { id: string; resourceType: string }[]>();
  let text = '';
  for (const type of careResourceTypes) {
    const answer = await exportAs(caller, type);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.type).toContain('application/fhir+ndjson');
    byType.set(type, answer.resources());
    text += answer.text;
  }
  return { byType, text, all: [...byType.values()].flat() };
}

/** Every literal `reference` inside a resource. */
function literalReferences(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(literalReferences);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'reference' && typeof inner === 'string' ? [inner] : literalReferences(inner),
  );
}

describe('the de-identified FHIR bulk export of care', () => {
  it('gives schema-valid resources of every type whose references resolve within the export', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const analyst = syntheticUser('quality_analyst', 'analyst');
    await variedCase(ann);

    const { byType, all } = await exportAll(analyst);

    for (const type of careResourceTypes) {
      expect(byType.get(type)!.length, type).toBeGreaterThan(0);
      expect(byType.get(type)!.every((resource) => resource.resourceType === type)).toBe(true);
    }
    const violations = all
      .map((resource) => ({ id: resource.id, issues: fhirSchemaIssues(resource) }))
      .filter(({ issues }) => issues.length > 0);
    expect(violations).toEqual([]);
    const exported = new Set(all.map((resource) => `${resource.resourceType}/${resource.id}`));
    expect(exported.size).toBe(all.length);
    const dangling = all.flatMap(literalReferences).filter((reference) => !exported.has(reference));
    expect(dangling).toEqual([]);
  });

  it('maps the case, admission, team, plan, goals and assessments as FHIR means them', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const analyst = syntheticUser('quality_analyst', 'analyst');
    const made = await variedCase(ann);
    const patient = api.pseudonyms.of('patient', made.patientId)!;
    const casePseudonym = api.pseudonyms.of('case', made.caseId)!;

    const { byType } = await exportAll(analyst);

    const episode = (byType.get('EpisodeOfCare') as unknown as EpisodeOfCare[]).find(
      (resource) => resource.identifier?.[0]?.value === casePseudonym,
    )!;
    expect(episode).toMatchObject({
      status: 'active',
      type: [{ coding: [{ code: 'transitions-of-care' }] }],
      patient: { type: 'Patient', identifier: { value: patient } },
      period: { start: '2026-01-01T08:00:00Z' },
      careManager: { identifier: { value: ann.userId } },
    });
    const ofCase = <R extends { subject: { identifier?: { value: string } } }>(type: string) =>
      (byType.get(type) as unknown as R[]).filter(
        (resource) => resource.subject.identifier?.value === patient,
      );
    const [encounter] = ofCase<Encounter>('Encounter');
    expect(encounter).toMatchObject({
      status: 'finished',
      class: { code: 'IMP' },
      episodeOfCare: [{ reference: `EpisodeOfCare/${episode.id}` }],
      period: { start: '2026-01-01T08:00:00Z', end: '2026-01-20T10:00:00Z' },
      hospitalization: {
        dischargeDisposition: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
              code: 'snf',
            },
          ],
        },
      },
    });
    const [team] = ofCase<CareTeam>('CareTeam');
    const members = (team!.participant ?? []).map((member) => ({
      userId: member.member?.identifier?.value,
      role: member.role?.[0]?.coding?.[0]?.code,
      released: member.period?.end !== undefined,
    }));
    expect(members).toEqual(
      expect.arrayContaining([
        { userId: made.nurse.userId, role: 'nurse', released: true },
        { userId: made.social.userId, role: 'social-worker', released: false },
      ]),
    );
    const [plan] = ofCase<CarePlan>('CarePlan');
    expect(plan).toMatchObject({
      id: made.carePlanId,
      status: 'active',
      intent: 'plan',
      period: { start: '2026-01-02' },
    });
    expect(plan!.goal?.map((goal) => goal.reference).sort()).toEqual(
      [made.achieved, made.unattainable, made.cancelled].map((id) => `Goal/${id}`).sort(),
    );
    expect(plan!.activity?.map(({ detail }) => detail)).toMatchObject([
      {
        status: 'completed',
        goal: [{ reference: `Goal/${made.achieved}` }],
        scheduledPeriod: { end: '2026-02-01' },
      },
    ]);
    expect(plan!.addresses).toHaveLength(1);
    const goals = new Map(ofCase<Goal>('Goal').map((goal) => [goal.id, goal]));
    expect(goals.get(made.achieved)).toMatchObject({
      lifecycleStatus: 'active',
      achievementStatus: { coding: [{ code: 'achieved' }] },
      priority: { coding: [{ code: 'high-priority' }] },
      description: { coding: [{ code: 'phq9-below-10' }] },
      target: [{ dueDate: '2026-03-01' }],
    });
    expect(goals.get(made.unattainable)?.achievementStatus?.coding?.[0]?.code).toBe(
      'not-attainable',
    );
    expect(goals.get(made.cancelled)?.lifecycleStatus).toBe('cancelled');
    const observations = ofCase<Observation>('Observation');
    const loincOf = (code: string) =>
      observations
        .find((o) =>
          o.code.coding?.some((c) => c.system === 'urn:caretrail:instrument' && c.code === code),
        )
        ?.code.coding?.find((c) => c.system === 'http://loinc.org')?.code;
    expect(['PHQ-9', 'GAD-7', 'Morse', 'Barthel', 'LACE'].map(loincOf)).toEqual([
      '44261-6',
      '70274-6',
      '59460-6',
      '96761-2',
      undefined,
    ]);
    const phq9 = observations.find((o) => o.valueQuantity?.value === 14)!;
    expect(phq9).toMatchObject({
      status: 'final',
      interpretation: [{ coding: [{ code: 'moderate' }] }],
      encounter: { reference: `Encounter/${encounter!.id}` },
    });
  });

  it('marks a corrected assessment amended, leaves out entries in error, and finishes a closed case', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const analyst = syntheticUser('quality_analyst', 'analyst');
    const { caseId, patientId } = await caseManagedBy(api, ann);
    const run = async (command: Record<string, unknown>) =>
      (await api.commands.execute({ ...command, caseId }, { actor: ann })).events[0]!;
    const corrected = await run({
      type: 'RecordAssessment',
      instrument: { code: 'GAD-7' },
      total: 8,
    });
    const withdrawn = await run({
      type: 'RecordAssessment',
      instrument: { code: 'GAD-7' },
      total: 3,
    });
    const wrongGoal = await run({
      type: 'SetGoal',
      description: freeText.goal,
      target: { measure: 'gad7-below-5' },
      priority: 'low',
    });
    await run({
      type: 'CorrectEntry',
      targetEventId: corrected.id,
      correctedData: { notes: freeText.assessmentNote },
      reason: { text: freeText.correction },
    });
    for (const target of [withdrawn, wrongGoal])
      await run({
        type: 'MarkEntryInError',
        targetEventId: target.id,
        reason: { text: freeText.correction },
      });
    await run({ type: 'CloseCase', outcome: 'goals-met', reason: { text: freeText.correction } });
    await caughtUp();
    const patient = api.pseudonyms.of('patient', patientId)!;

    const { byType } = await exportAll(analyst);

    const ofCase = (type: string) =>
      (
        byType.get(type) as unknown as {
          subject?: { identifier?: { value: string } };
          patient?: { identifier?: { value: string } };
        }[]
      ).filter((resource) => (resource.subject ?? resource.patient)?.identifier?.value === patient);
    expect(ofCase('Observation')).toMatchObject([
      {
        id: (corrected.data as { assessmentId: string }).assessmentId,
        status: 'amended',
        valueQuantity: { value: 8 },
      },
    ]);
    expect(ofCase('Goal')).toEqual([]);
    expect(ofCase('EpisodeOfCare')).toMatchObject([
      { status: 'finished', period: { end: expect.any(String) as string } },
    ]);
    expect(ofCase('CareTeam')).toMatchObject([{ status: 'inactive' }]);
    expect(ofCase('Encounter')).toMatchObject([{ status: 'in-progress' }]);
  });

  it('carries no name, MRN, birth date or free text, only pseudonyms for the patient and the case', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const analyst = syntheticUser('quality_analyst', 'analyst');
    const made = await variedCase(ann);

    const { text } = await exportAll(analyst);

    const identifying = [
      `SYN-${made.label}`,
      `Testpatient-${made.label}`,
      '1950-01-01',
      made.patientId,
      made.caseId,
      ...Object.values(freeText),
    ];
    expect(identifying.filter((value) => text.includes(value))).toEqual([]);
    expect(text).toContain(api.pseudonyms.of('patient', made.patientId)!);
  });

  it('is recorded in each patient’s access log before it is sent', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const analyst = syntheticUser('quality_analyst', 'analyst');
    const { caseId, patientId } = await caseManagedBy(api, ann);
    await caughtUp();

    const answer = await exportAs(analyst, 'Goal');

    expect(answer.status).toBe(200);
    const records = await eventsOf(`access-${patientId}`);
    expect(records.at(-1)).toMatchObject({
      type: 'PatientRecordAccessed',
      actor: analyst,
      data: {
        patientId,
        operation: { type: 'query', name: 'FhirCareBulkExport' },
        fields: ['Goal'],
        caseIds: [caseId],
        purposeOfUse: 'quality-improvement',
        role: 'quality_analyst',
      },
    });
  });

  it('answers only quality analysts and auditors, and only for the exported types', async () => {
    const auditor = syntheticUser('auditor', 'auditor');
    const refused = await Promise.all(
      (['case_manager', 'clinician', 'admin'] as const).map(
        async (role) => (await exportAs(syntheticUser(role, role), 'Goal')).status,
      ),
    );
    expect(refused).toEqual([403, 403, 403]);
    expect((await exportAs(null, 'Goal')).status).toBe(401);
    expect((await exportAs(auditor, 'Goal')).status).toBe(200);
    const unknown = await exportAs(auditor, 'Patient');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
