import { describe, expect, it } from 'vitest';
import { caseDecider, type IdentifiedCaseEvent } from '../../src/domain/case/case-decider.js';
import {
  parseCommand,
  isPatientCommand,
  caseCommandSchema,
  patientCommandSchema,
} from '../../src/domain/commands/index.js';
import { fold } from '../../src/domain/decider.js';
import { eventCatalogue } from '../../src/domain/events/catalogue.js';
import { encodeEvent } from '../../src/domain/events/codec.js';
import { patientDecider } from '../../src/domain/patient/patient-decider.js';
import { testContext } from './decider-spec.js';
import {
  admittedAt,
  amendmentDenied,
  amendmentId,
  amendmentRequested,
  assessmentCorrected,
  assessmentId,
  assessmentRecorded,
  carePlanActivated,
  carePlanDrafted,
  carePlanId,
  caseId,
  decisionMade,
  entityId,
  eventId,
  goalId,
  goalSet,
  handoffId,
  handoffInitiated,
  ipass,
  openCaseWith,
  patientId,
  patientRegistered,
  reason,
  statementFiled,
} from './fixtures.js';

const problemId = entityId(70);
const interventionId = entityId(80);
const reviewId = entityId(90);
const consentId = entityId(300);

/** A busy open case: a goal, a plan, an open handoff, a problem, an intervention, an assessment, a review, a nurse. */
const busyCase: IdentifiedCaseEvent[] = openCaseWith(
  goalSet('active'),
  carePlanDrafted,
  carePlanActivated,
  handoffInitiated(false),
  assessmentRecorded,
  {
    id: eventId(70),
    type: 'ProblemIdentified',
    data: { problemId, description: 'Lives alone', category: 'psychosocial' },
  },
  {
    id: eventId(80),
    type: 'InterventionPlanned',
    data: {
      interventionId,
      kind: 'service',
      description: 'Meals on wheels',
      performer: { organization: 'Synthetic Meals' },
      goalIds: [],
    },
  },
  {
    id: eventId(90),
    type: 'UtilizationReviewPerformed',
    data: {
      reviewId,
      kind: 'admission',
      criteriaSet: { name: 'InterQual', version: '2025' },
      criteriaMet: true,
      levelOfCare: 'inpatient',
      evidence: [],
    },
  },
  {
    id: eventId(91),
    type: 'CareTeamMemberAssigned',
    data: { memberId: 'rn-cho', role: 'nurse', from: '2025-02-21T08:00:00Z' },
  },
);
const readyCase = [...busyCase, decisionMade('ready')];
const patient = [
  patientRegistered,
  {
    type: 'ConsentRecorded',
    data: { consentId, scope: 'treatment', period: { start: '2025-01-01' } },
  } as const,
];

const hash = 'a'.repeat(64);
const ben = { userId: 'cm-ben', role: 'case_manager' as const };

/** [command input, expected event types, given events, acting user] for every command. */
type Row = [
  input: Record<string, unknown>,
  expected: string[],
  given?: readonly unknown[],
  actor?: typeof ben,
];
const table: Row[] = [
  [
    {
      type: 'RegisterPatient',
      patientId,
      mrn: 'SYN-1',
      name: { given: 'Test', family: 'Synthetic' },
      birthDate: '1950-01-01',
      sex: 'unknown',
      contact: { email: 'synthetic@example.org' },
    },
    ['PatientRegistered'],
    [],
  ],
  [
    { type: 'UpdatePatientDetails', patientId, birthDate: '1950-01-02' },
    ['PatientDetailsUpdated'],
    patient,
  ],
  [
    {
      type: 'RecordConsent',
      patientId,
      scope: 'payer-disclosure',
      grantedTo: 'Synthetic Health Plan',
      period: { start: '2025-01-01', end: '2025-12-31' },
    },
    ['ConsentRecorded'],
    patient,
  ],
  [{ type: 'RevokeConsent', patientId, consentId }, ['ConsentRevoked'], patient],
  [
    {
      type: 'OpenCase',
      caseId,
      patientId,
      program: 'complex-care',
      referralSource: { kind: 'emergency-department', detail: 'ED discharge' },
      admittedAt: '2025-02-01T10:00:00+01:00',
      admissionType: 'emergency',
      primaryCaseManager: { userId: 'cm-ana' },
    },
    ['CaseOpened', 'CareTeamMemberAssigned'],
    [],
  ],
  [{ type: 'CloseCase', caseId, outcome: 'goals-partially-met', reason }, ['CaseClosed']],
  [
    {
      type: 'RecordAssessment',
      caseId,
      instrument: { code: 'LACE' },
      items: [
        { itemId: 'length-of-stay', score: 4 },
        { itemId: 'acuity', score: 3 },
        { itemId: 'comorbidity', score: 2 },
        { itemId: 'ed-visits', score: 1 },
      ],
    },
    ['AssessmentRecorded'],
  ],
  [
    {
      type: 'StratifyRisk',
      caseId,
      tier: 'very-high',
      basis: 'LACE high',
      assessmentIds: [assessmentId],
    },
    ['RiskStratified'],
  ],
  [
    {
      type: 'IdentifyProblem',
      caseId,
      description: 'Medication non-adherence',
      category: 'medical',
      code: { system: 'http://snomed.info/sct', code: '702565001' },
    },
    ['ProblemIdentified'],
  ],
  [{ type: 'ResolveProblem', caseId, problemId }, ['ProblemResolved']],
  [{ type: 'DraftCarePlan', caseId, title: 'Plan' }, ['CarePlanDrafted'], openCaseWith()],
  [
    { type: 'ActivateCarePlan', caseId, carePlanId },
    ['CarePlanActivated'],
    openCaseWith(carePlanDrafted),
  ],
  [
    {
      type: 'ReviseCarePlan',
      caseId,
      carePlanId,
      summary: 'Adds follow-up',
      changes: [{ path: 'interventions', after: 'weekly call' }],
      triggeringEventIds: [assessmentRecorded.id],
      reason,
    },
    ['CarePlanRevised'],
  ],
  [{ type: 'SuspendCarePlan', caseId, carePlanId, reason }, ['CarePlanSuspended']],
  [
    { type: 'ResumeCarePlan', caseId, carePlanId },
    ['CarePlanResumed'],
    [...busyCase, { type: 'CarePlanSuspended', data: { carePlanId, reason } }],
  ],
  [{ type: 'CloseCarePlan', caseId, carePlanId, outcome: 'completed', reason }, ['CarePlanClosed']],
  [
    {
      type: 'SetGoal',
      caseId,
      description: 'Takes medication daily',
      target: { measure: 'adherence', detail: '>= 90%' },
      priority: 'medium',
      addresses: [problemId],
      lifecycleStatus: 'active',
    },
    ['GoalSet'],
  ],
  [
    {
      type: 'RecordGoalProgress',
      caseId,
      goalId,
      achievementStatus: 'achieved',
      evidence: { eventIds: [assessmentRecorded.id] },
    },
    ['GoalProgressRecorded'],
  ],
  [{ type: 'ChangeGoalStatus', caseId, goalId, to: 'completed' }, ['GoalStatusChanged']],
  [
    {
      type: 'PlanIntervention',
      caseId,
      kind: 'medication-review',
      description: 'Pharmacist review',
      performer: { role: 'pharmacist' },
      goalIds: [goalId],
    },
    ['InterventionPlanned'],
  ],
  [
    { type: 'UpdateInterventionStatus', caseId, interventionId, to: 'in-progress' },
    ['InterventionStatusChanged'],
  ],
  [
    {
      type: 'AssignCareTeamMember',
      caseId,
      memberId: 'sw-dan',
      name: 'Dan Synthetic',
      role: 'social-worker',
      from: '2025-02-25T09:00:00Z',
    },
    ['CareTeamMemberAssigned'],
  ],
  [{ type: 'ReleaseCareTeamMember', caseId, memberId: 'rn-cho' }, ['CareTeamMemberReleased']],
  [
    {
      type: 'LogContact',
      caseId,
      party: 'insurer',
      channel: 'phone',
      direction: 'inbound',
      reached: true,
      purpose: 'advocacy',
      summary: 'Appealed the denial',
    },
    ['ContactLogged'],
  ],
  [
    {
      type: 'RecordEducation',
      caseId,
      topic: 'Heart failure diet',
      recipient: 'caregiver',
      method: 'written',
      teachBack: 'partial',
    },
    ['EducationProvided'],
  ],
  [
    {
      type: 'PerformUtilizationReview',
      caseId,
      kind: 'continued-stay',
      criteriaSet: { name: 'MCG', version: '28th' },
      criteriaMet: false,
      levelOfCare: 'skilled-nursing',
      nextReviewDue: '2025-03-03',
      evidenceEventIds: [assessmentRecorded.id],
    },
    ['UtilizationReviewPerformed'],
  ],
  [
    {
      type: 'RecordPayerDetermination',
      caseId,
      payer: 'Synthetic Health Plan',
      authorizationNumber: 'AUTH-1',
      decision: 'partial',
      authorizedDays: 3,
      denialReason: 'Two days not medically necessary',
      reviewId,
    },
    ['PayerDeterminationRecorded'],
  ],
  [
    {
      type: 'RecordAvoidableDay',
      caseId,
      date: '2025-02-28',
      responsibleParty: 'post-acute-provider',
      reason: { text: 'No SNF bed', code: 'D-SNF' },
    },
    ['AvoidableDayRecorded'],
  ],
  [
    {
      type: 'SubmitPayerReport',
      caseId,
      payer: 'Synthetic Health Plan',
      reportType: 'concurrent-review',
      period: { from: '2025-02-20', to: '2025-02-28' },
      contentHash: hash,
      purpose: 'payment',
    },
    ['PayerReportSubmitted'],
  ],
  [
    {
      type: 'InitiateHandoff',
      caseId,
      kind: 'facility',
      to: { userId: 'cm-far', organization: 'Synthetic Rehab' },
      transfersPrimary: false,
      ipass,
    },
    ['HandoffInitiated'],
  ],
  [
    { type: 'AcceptHandoff', caseId, handoffId, synthesis: 'Understood' },
    ['HandoffAccepted'],
    busyCase,
    ben,
  ],
  [{ type: 'DeclineHandoff', caseId, handoffId, reason }, ['HandoffDeclined'], busyCase, ben],
  [
    {
      type: 'UpdateDischargePlan',
      caseId,
      expectedDate: '2025-03-04',
      plannedDisposition: 'rehab',
      servicesArranged: [{ service: 'home oxygen', provider: 'Synthetic DME' }],
      followUps: [{ with: 'PCP', date: '2025-03-10' }],
      patientChoice: { optionsOffered: true, choice: 'Synthetic Rehab' },
    },
    ['DischargePlanUpdated'],
  ],
  [
    {
      type: 'RecordDischargeDecision',
      caseId,
      decision: 'ready',
      disposition: 'rehab',
      evidenceEventIds: [assessmentRecorded.id],
      reason,
    },
    ['DischargeDecisionMade'],
  ],
  [
    {
      type: 'DischargePatient',
      caseId,
      disposition: 'rehab',
      dischargedAt: '2025-03-01T06:00:00-05:00',
    },
    ['PatientDischarged'],
    readyCase,
  ],
  [
    {
      type: 'CorrectEntry',
      caseId,
      targetEventId: assessmentRecorded.id,
      correctedData: { notes: 'Interpreter used' },
      reason,
    },
    ['EntryCorrected'],
  ],
  [
    { type: 'MarkEntryInError', caseId, targetEventId: assessmentRecorded.id, reason },
    ['EntryMarkedInError'],
  ],
  [
    {
      type: 'RequestAmendment',
      caseId,
      targetEventIds: [assessmentRecorded.id],
      requestedChange: 'Synthetic: add that an interpreter was used',
      justification: 'Synthetic: the patient recalls one',
      receivedAt: admittedAt,
      requestedBy: { kind: 'personal-representative', relationship: 'daughter' },
    },
    ['AmendmentRequested'],
  ],
  [
    { type: 'ExtendAmendmentDeadline', caseId, amendmentId, extensionDays: 30, reason },
    ['AmendmentDeadlineExtended'],
    [...busyCase, amendmentRequested],
  ],
  [
    { type: 'AcceptAmendment', caseId, amendmentId, correctionEventIds: [assessmentCorrected.id] },
    ['AmendmentAccepted'],
    [...busyCase, amendmentRequested, assessmentCorrected],
  ],
  [
    {
      type: 'DenyAmendment',
      caseId,
      amendmentId,
      basis: 'not-created-by-us',
      explanation: 'Synthetic: recorded by another provider',
    },
    ['AmendmentDenied'],
    [...busyCase, amendmentRequested],
  ],
  [
    {
      type: 'FileDisagreementStatement',
      caseId,
      amendmentId,
      statement: 'Synthetic: I disagree',
      filedBy: { kind: 'patient' },
    },
    ['DisagreementStatementFiled'],
    [...busyCase, amendmentRequested, amendmentDenied],
  ],
  [
    { type: 'RecordAmendmentRebuttal', caseId, amendmentId, rebuttal: 'Synthetic rebuttal' },
    ['AmendmentRebuttalRecorded'],
    [...busyCase, amendmentRequested, amendmentDenied, statementFiled],
  ],
];

describe('every command', () => {
  it('has a happy path below', () => {
    const covered = new Set(table.map(([input]) => input.type));
    const all = [...patientCommandSchema.options, ...caseCommandSchema.options].map(
      (option) => option.shape.type.value,
    );
    expect([...covered].sort()).toEqual([...all].sort());
  });

  it.each(table.map((row) => [row[0].type as string, row] as const))(
    '%s parses, is decided and encodes against its event schema',
    (_type, [input, expected, given, actor]) => {
      const command = parseCommand(input);
      const context = testContext(actor ? { actor } : {});
      const events = isPatientCommand(command)
        ? patientDecider.decide(command, fold(patientDecider, (given ?? patient) as never), context)
        : caseDecider.decide(command, fold(caseDecider, (given ?? busyCase) as never), context);
      expect(events.map((event) => event.type)).toEqual(expected);
      for (const event of events)
        expect(encodeEvent(event)).toMatchObject({
          type: event.type,
          schemaVersion: eventCatalogue[event.type].schemaVersion,
        });
      if (!isPatientCommand(command) && command.type !== 'OpenCase') {
        // No command but an accepted handoff of the primary role changes the primary (none of these is one).
        const past = (given ?? busyCase) as never[];
        const before = fold(caseDecider, past).primaryCaseManager;
        expect(fold(caseDecider, [...past, ...events] as never[]).primaryCaseManager).toEqual(
          before,
        );
      }
    },
  );
});
