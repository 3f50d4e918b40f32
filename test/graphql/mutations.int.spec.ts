import type { Actor } from '../../src/domain/values.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandMutations } from '../../src/graphql/mutations/command-mutations.js';
import type { Position } from '../../src/event-store/port.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { startApi, type GraphQLResponse } from '../support/api-harness.js';

interface RecordedEventView {
  id: string;
  type: string;
  streamId: string;
  revision: number;
  occurredAt: string;
  actor: { userId: string; role: string };
  reason: { text: string; code: string | null } | null;
  commandId: string;
  correlationId: string;
  data: Record<string, unknown>;
}

interface CommandResultView {
  caseId: string | null;
  patientId: string | null;
  streamId: string;
  commandId: string;
  revision: number;
  position: string;
  replayed: boolean;
  events: RecordedEventView[];
}

const caseManager: Actor = { userId: 'synthetic-cm-1', role: 'case_manager' };
const receiver: Actor = { userId: 'synthetic-cm-2', role: 'case_manager' };

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

function documentFor(mutation: string): string {
  const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
  return `mutation Run($input: ${inputType}!) {
    result: ${mutation}(input: $input) {
      caseId patientId streamId commandId revision position replayed
      events {
        id type schemaVersion streamId revision position occurredAt recordedAt
        actor { userId role onBehalfOf } reason { text code }
        commandId correlationId causationId data
      }
    }
  }`;
}

async function send(
  mutation: string,
  input: Record<string, unknown>,
  caller: Actor | null = caseManager,
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLResponse<{ result: CommandResultView }>> {
  return api.graphql<{ result: CommandResultView }>(
    documentFor(mutation),
    { input },
    caller,
    extraHeaders,
  );
}

/** Runs a mutation that must succeed and returns its result. */
async function run(
  mutation: string,
  input: Record<string, unknown>,
  caller: Actor = caseManager,
  extraHeaders: Record<string, string> = {},
): Promise<CommandResultView> {
  const response = await send(mutation, input, caller, extraHeaders);
  expect(response.errors, mutation).toBeUndefined();
  const result = response.data?.result;
  if (!result) throw new Error(`${mutation} returned no result`);
  return result;
}

function dataId(result: CommandResultView, key: string): string {
  const value = result.events[0]?.data[key];
  if (typeof value !== 'string') throw new Error(`no ${key} in ${result.events[0]?.type}`);
  return value;
}

async function openCaseThroughCommands(): Promise<{ patientId: string; caseId: string }> {
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label: randomUUID().slice(0, 8) };
  await openMinimalCase(
    api.commands,
    { actor: { userId: 'synthetic-cm-1', role: 'case_manager' } },
    ids,
  );
  return ids;
}

const reason = { text: 'synthetic reason for a test', code: 'TEST' };
const ipass = {
  illnessSeverity: 'WATCHER',
  patientSummary: 'Synthetic summary.',
  actionList: [{ action: 'Call the synthetic pharmacy.', owner: 'synthetic-cm-2' }],
  situationAwareness: 'Synthetic situation.',
  contingency: 'Synthetic contingency.',
};

describe('a case manager’s journey through mutations only', () => {
  it('records every kind of command, each as the next revision of its stream, as the caller', async () => {
    const patientId = randomUUID();
    const caseId = randomUUID();
    const used = new Set<string>();
    let caseRevision = -1;

    async function onCase(
      mutation: string,
      input: Record<string, unknown>,
      expectedType: string,
      headers = caseManager,
    ): Promise<CommandResultView> {
      const result = await run(mutation, { caseId, ...input }, headers);
      used.add(mutation);
      expect(result.caseId, mutation).toBe(caseId);
      expect(result.streamId, mutation).toBe(`case-${caseId}`);
      expect(result.replayed, mutation).toBe(false);
      expect(result.events[0]?.type, mutation).toBe(expectedType);
      expect(result.events[0]?.revision, mutation).toBe(caseRevision + 1);
      expect(result.events[0]?.actor.userId, mutation).toBe(headers.userId);
      caseRevision = result.revision;
      return result;
    }
    async function onPatient(
      mutation: string,
      input: Record<string, unknown>,
      expectedType: string,
    ): Promise<CommandResultView> {
      const result = await run(mutation, { patientId, ...input });
      used.add(mutation);
      expect(result.patientId, mutation).toBe(patientId);
      expect(result.caseId, mutation).toBeNull();
      expect(result.events[0]?.type, mutation).toBe(expectedType);
      return result;
    }

    await onPatient(
      'registerPatient',
      {
        mrn: `SYN-${caseId.slice(0, 8)}`,
        name: { given: 'Synthetic', family: 'Journeypatient' },
        birthDate: '1948-05-06',
        sex: 'FEMALE',
      },
      'PatientRegistered',
    );
    const opened = await onCase(
      'openCase',
      {
        patientId,
        program: 'transitions-of-care',
        referralSource: { kind: 'EMERGENCY_DEPARTMENT' },
        admittedAt: '2026-01-02T08:00:00Z',
        admissionType: 'UNPLANNED',
        primaryCaseManager: { userId: 'synthetic-cm-1' },
      },
      'CaseOpened',
    );
    expect(opened.patientId).toBe(patientId);
    expect(opened.events[0]?.data).toMatchObject({
      referralSource: { kind: 'emergency-department' },
    });

    // The patient record is written by members of a team of one of the patient's cases.
    await onPatient(
      'updatePatientDetails',
      { contact: { phone: '555-0100' } },
      'PatientDetailsUpdated',
    );
    const consent = await onPatient(
      'recordConsent',
      { scope: 'CASE_MANAGEMENT', period: { start: '2026-01-01' } },
      'ConsentRecorded',
    );
    await onPatient(
      'revokeConsent',
      { consentId: dataId(consent, 'consentId'), reason },
      'ConsentRevoked',
    );

    const assessment = await onCase(
      'recordAssessment',
      {
        instrument: { code: 'PHQ_9' },
        items: Array.from({ length: 9 }, (_, i) => ({ itemId: `item-${i + 1}`, score: 1 })),
      },
      'AssessmentRecorded',
    );
    expect(assessment.events[0]?.data).toMatchObject({ instrument: { code: 'PHQ-9' }, total: 9 });
    await onCase(
      'stratifyRisk',
      {
        tier: 'VERY_HIGH',
        basis: 'Synthetic basis.',
        assessmentIds: [dataId(assessment, 'assessmentId')],
      },
      'RiskStratified',
    );
    const problem = await onCase(
      'identifyProblem',
      { description: 'Synthetic problem.', category: 'KNOWLEDGE_DEFICIT' },
      'ProblemIdentified',
    );
    await onCase(
      'resolveProblem',
      { problemId: dataId(problem, 'problemId'), resolution: 'Synthetic resolution.' },
      'ProblemResolved',
    );

    const plan = await onCase('draftCarePlan', { title: 'Synthetic plan' }, 'CarePlanDrafted');
    const carePlanId = dataId(plan, 'carePlanId');
    await onCase('activateCarePlan', { carePlanId }, 'CarePlanActivated');
    await onCase(
      'reviseCarePlan',
      {
        carePlanId,
        summary: 'Synthetic revision.',
        changes: [{ path: 'title', before: 'Synthetic plan', after: 'Synthetic plan 2' }],
        reason,
      },
      'CarePlanRevised',
    );
    const goal = await onCase(
      'setGoal',
      {
        description: 'Synthetic goal.',
        target: { measure: 'walks unaided', dueDate: '2026-02-01' },
        priority: 'HIGH',
        lifecycleStatus: 'ACTIVE',
      },
      'GoalSet',
    );
    const goalId = dataId(goal, 'goalId');
    const progress = await onCase(
      'recordGoalProgress',
      { goalId, achievementStatus: 'IN_PROGRESS', evidence: { text: 'Synthetic evidence.' } },
      'GoalProgressRecorded',
    );
    expect(progress.events[0]?.data).toMatchObject({ achievementStatus: 'in-progress' });
    await onCase('changeGoalStatus', { goalId, to: 'ON_HOLD' }, 'GoalStatusChanged');
    const intervention = await onCase(
      'planIntervention',
      {
        kind: 'MEDICATION_REVIEW',
        description: 'Synthetic review.',
        performer: { role: 'PHARMACIST' },
        goalIds: [goalId],
      },
      'InterventionPlanned',
    );
    await onCase(
      'updateInterventionStatus',
      { interventionId: dataId(intervention, 'interventionId'), to: 'IN_PROGRESS' },
      'InterventionStatusChanged',
    );
    await onCase('suspendCarePlan', { carePlanId, reason }, 'CarePlanSuspended');
    await onCase('resumeCarePlan', { carePlanId }, 'CarePlanResumed');
    await onCase('closeCarePlan', { carePlanId, outcome: 'COMPLETED', reason }, 'CarePlanClosed');
    await onCase(
      'assignCareTeamMember',
      { memberId: 'synthetic-sw-1', role: 'SOCIAL_WORKER' },
      'CareTeamMemberAssigned',
    );
    await onCase('releaseCareTeamMember', { memberId: 'synthetic-sw-1' }, 'CareTeamMemberReleased');
    const contact = await onCase(
      'logContact',
      {
        party: 'FAMILY',
        channel: 'IN_PERSON',
        reached: true,
        purpose: 'ADVICE_ON_OPTIONS',
        summary: 'Synthetic contact.',
      },
      'ContactLogged',
    );
    const education = await onCase(
      'recordEducation',
      {
        topic: 'Synthetic topic',
        recipient: 'CAREGIVER',
        method: 'INTERPRETER_ASSISTED',
        teachBack: 'NOT_UNDERSTOOD',
      },
      'EducationProvided',
    );
    const review = await onCase(
      'performUtilizationReview',
      {
        kind: 'CONTINUED_STAY',
        criteriaSet: { name: 'Synthetic criteria', version: '2026' },
        criteriaMet: true,
        levelOfCare: 'STEP_DOWN',
      },
      'UtilizationReviewPerformed',
    );
    await onCase(
      'recordPayerDetermination',
      {
        payer: 'Synthetic payer',
        decision: 'PARTIAL',
        authorizedDays: 3,
        reviewId: dataId(review, 'reviewId'),
      },
      'PayerDeterminationRecorded',
    );
    await onCase(
      'recordAvoidableDay',
      { date: '2026-01-05', responsibleParty: 'POST_ACUTE_PROVIDER', reason },
      'AvoidableDayRecorded',
    );
    await onCase(
      'submitPayerReport',
      {
        payer: 'Synthetic payer',
        reportType: 'clinical-update',
        period: { from: '2026-01-02', to: '2026-01-05' },
        contentHash: 'a'.repeat(64),
        purpose: 'HEALTHCARE_OPERATIONS',
      },
      'PayerReportSubmitted',
    );
    const accepted = await onCase(
      'initiateHandoff',
      { kind: 'CASE_MANAGER', to: { userId: 'synthetic-cm-2' }, transfersPrimary: false, ipass },
      'HandoffInitiated',
    );
    await onCase(
      'acceptHandoff',
      { handoffId: dataId(accepted, 'handoffId'), synthesis: 'Synthetic synthesis.' },
      'HandoffAccepted',
      receiver,
    );
    const declined = await run('initiateHandoff', {
      caseId,
      kind: 'TEAM',
      to: { userId: 'synthetic-cm-2' },
      transfersPrimary: false,
      ipass,
    });
    caseRevision = declined.revision;
    await onCase(
      'declineHandoff',
      { handoffId: dataId(declined, 'handoffId'), reason },
      'HandoffDeclined',
      receiver,
    );
    await onCase(
      'updateDischargePlan',
      {
        expectedDate: '2026-01-08',
        plannedDisposition: 'ALT_HOME',
        servicesArranged: [{ service: 'Synthetic home oxygen' }],
        caregiver: { relationship: 'daughter', confirmed: true },
        patientChoice: { optionsOffered: true },
      },
      'DischargePlanUpdated',
    );
    await onCase(
      'recordDischargeDecision',
      { decision: 'READY', disposition: 'ALT_HOME', reason },
      'DischargeDecisionMade',
    );
    const discharged = await onCase(
      'dischargePatient',
      { disposition: 'OTHER_HCF', dischargedAt: '2026-01-08T11:00:00Z' },
      'PatientDischarged',
    );
    expect(discharged.events[0]?.data).toMatchObject({ disposition: 'other-hcf' });
    await onCase('closeCase', { outcome: 'GOALS_PARTIALLY_MET', reason }, 'CaseClosed');
    const corrected = await onCase(
      'correctEntry',
      {
        targetEventId: contact.events[0]?.id,
        correctedData: { summary: 'Synthetic contact, corrected.' },
        reason,
      },
      'EntryCorrected',
    );
    expect(corrected.events[0]?.reason).toEqual(reason);
    await onCase(
      'markEntryInError',
      { targetEventId: education.events[0]?.id, reason },
      'EntryMarkedInError',
    );
    // The right to amend, on the closed case: one request accepted, one denied and disputed.
    const amendment = (targetEventId: string | undefined) => ({
      targetEventIds: [targetEventId],
      requestedChange: 'Synthetic: the summary is wrong',
      justification: 'Synthetic: the patient remembers otherwise',
      receivedAt: '2026-01-09T09:00:00Z',
      requestedBy: { kind: 'PERSONAL_REPRESENTATIVE', relationship: 'daughter' },
    });
    const requested = await onCase(
      'requestAmendment',
      amendment(contact.events[0]?.id),
      'AmendmentRequested',
    );
    expect(requested.events[0]?.data).toMatchObject({ dueDate: '2026-03-10' });
    const amendmentId = requested.events[0]?.data.amendmentId as string;
    await onCase(
      'extendAmendmentDeadline',
      { amendmentId, extensionDays: 30, reason, occurredAt: '2026-02-01T09:00:00Z' },
      'AmendmentDeadlineExtended',
    );
    await onCase(
      'acceptAmendment',
      { amendmentId, correctionEventIds: [corrected.events[0]?.id] },
      'AmendmentAccepted',
    );
    const disputed = await onCase(
      'requestAmendment',
      amendment(contact.events[0]?.id),
      'AmendmentRequested',
    );
    const disputedId = disputed.events[0]?.data.amendmentId as string;
    const denied = await onCase(
      'denyAmendment',
      { amendmentId: disputedId, basis: 'ACCURATE_AND_COMPLETE', explanation: 'Synthetic' },
      'AmendmentDenied',
    );
    expect(denied.events[0]?.data).toMatchObject({ basis: 'accurate-and-complete' });
    await onCase(
      'fileDisagreementStatement',
      { amendmentId: disputedId, statement: 'Synthetic', filedBy: { kind: 'PATIENT' } },
      'DisagreementStatementFiled',
    );
    await onCase(
      'recordAmendmentRebuttal',
      { amendmentId: disputedId, rebuttal: 'Synthetic rebuttal' },
      'AmendmentRebuttalRecorded',
    );

    expect([...used].sort()).toEqual(commandMutations.map((m) => m.mutation).sort());
  });
});

describe('a mutation’s result', () => {
  it('carries the recorded envelope: the caller, the reason, a late occurredAt and the request id', async () => {
    const { caseId } = await openCaseThroughCommands();
    const result = await run(
      'recordAvoidableDay',
      {
        caseId,
        date: '2026-01-03',
        responsibleParty: 'PAYER',
        occurredAt: '2026-01-03T17:00:00Z',
        reason,
      },
      caseManager,
      { 'x-request-id': 'synthetic-request-1' },
    );
    expect(result.events[0]).toMatchObject({
      streamId: `case-${caseId}`,
      actor: { userId: 'synthetic-cm-1', role: 'case_manager' },
      reason,
      correlationId: 'synthetic-request-1',
      commandId: result.commandId,
    });
    expect(Date.parse(result.events[0]?.occurredAt ?? '')).toBe(Date.parse('2026-01-03T17:00:00Z'));
  });

  it('gives a position after which the read models show the write', async () => {
    const { caseId } = await openCaseThroughCommands();
    const result = await run('draftCarePlan', { caseId, title: 'Synthetic plan' });
    await api.projections.waitForPosition(result.position as Position, 10_000);
    const row = api.projections.servingTables('current-case')?.get('case_current', {
      case_id: caseId,
    });
    expect(row?.view).toMatchObject({
      revision: result.revision,
      carePlan: { carePlanId: dataId(result, 'carePlanId'), status: 'draft' },
    });
  });
});

describe('a retried mutation (the same commandId)', () => {
  it('returns the first outcome, replayed, with the same events, and records nothing again', async () => {
    const { caseId } = await openCaseThroughCommands();
    const input = { caseId, commandId: randomUUID(), title: 'Synthetic plan' };
    const first = await run('draftCarePlan', input);
    const second = await run('draftCarePlan', input);
    expect(first.replayed).toBe(false);
    expect(second).toEqual({ ...first, replayed: true });
    const next = await run('activateCarePlan', { caseId, carePlanId: dataId(first, 'carePlanId') });
    expect(next.revision).toBe(first.revision + 1);
  });
});

describe('a refused mutation', () => {
  it('names the bad field with BAD_USER_INPUT when a PHQ-9 item is out of range', async () => {
    const { caseId } = await openCaseThroughCommands();
    const response = await send('recordAssessment', {
      caseId,
      instrument: { code: 'PHQ_9' },
      items: [{ itemId: 'item-1', score: 7 }],
    });
    expect(response.data).toBeNull();
    const extensions = response.errors?.[0]?.extensions;
    expect(extensions?.code).toBe('BAD_USER_INPUT');
    const issues = (extensions?.issues ?? []) as { path: unknown[] }[];
    expect(issues.map((issue) => issue.path)).toContainEqual(['items', 0, 'score']);
  });

  it('names the bad field with BAD_USER_INPUT when a value breaks the command schema', async () => {
    const { caseId } = await openCaseThroughCommands();
    const response = await send('changeGoalStatus', { caseId, goalId: 'not-a-uuid', to: 'ACTIVE' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['goalId'], message: 'expected a valid uuid' }],
    });
  });

  it('is a CONFLICT with the expected and actual revision when expectedRevision is stale', async () => {
    const { caseId } = await openCaseThroughCommands();
    const drafted = await run('draftCarePlan', { caseId, title: 'Synthetic plan' });
    const response = await send('activateCarePlan', {
      caseId,
      carePlanId: dataId(drafted, 'carePlanId'),
      expectedRevision: drafted.revision - 1,
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      expected: `revision ${drafted.revision - 1}`,
      actualRevision: drafted.revision,
    });
  });

  it('accepts the current expectedRevision', async () => {
    const { caseId } = await openCaseThroughCommands();
    const drafted = await run('draftCarePlan', { caseId, title: 'Synthetic plan' });
    const activated = await run('activateCarePlan', {
      caseId,
      carePlanId: dataId(drafted, 'carePlanId'),
      expectedRevision: drafted.revision,
    });
    expect(activated.revision).toBe(drafted.revision + 1);
  });

  it('is an INVALID_TRANSITION with its rule when progress is recorded on a goal not active', async () => {
    const { caseId } = await openCaseThroughCommands();
    const goal = await run('setGoal', {
      caseId,
      description: 'Synthetic goal.',
      target: { measure: 'walks unaided' },
      priority: 'LOW',
    });
    const response = await send('recordGoalProgress', {
      caseId,
      goalId: dataId(goal, 'goalId'),
      achievementStatus: 'IMPROVING',
      evidence: { text: 'Synthetic evidence.' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      rule: 'goal-progress-active-only',
    });
  });

  it('is NOT_FOUND when a case is opened for a patient never registered', async () => {
    const response = await send('openCase', {
      caseId: randomUUID(),
      patientId: randomUUID(),
      program: 'transitions-of-care',
      referralSource: { kind: 'SELF' },
      admittedAt: '2026-01-02T08:00:00Z',
      admissionType: 'PLANNED',
      primaryCaseManager: { userId: 'synthetic-cm-1' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is UNAUTHENTICATED when the request names no caller, and records nothing', async () => {
    const { caseId } = await openCaseThroughCommands();
    const before = await api.store.streamRevision(`case-${caseId}`);
    const response = await send('draftCarePlan', { caseId, title: 'Synthetic plan' }, null);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.store.streamRevision(`case-${caseId}`)).toBe(before);
  });
});
