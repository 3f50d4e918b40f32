import type { IdentifiedCaseEvent } from '../../src/domain/case/case-decider.js';
import type { EventData, PatientEvent } from '../../src/domain/events/catalogue.js';

// All data here is synthetic: no real patients, names or identifiers.

const uuid = (prefix: string, n: number) =>
  `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A synthetic entity id (valid RFC 9562 v4 layout). */
export const entityId = (n: number) => uuid('00000000', n);
/** A synthetic event id, apart from entity ids so a mix-up shows. */
export const eventId = (n: number) => uuid('eeeeeeee', n);

export const caseId = entityId(1);
export const patientId = entityId(2);
export const primary = { userId: 'cm-ana', name: 'Ana Synthetic' };
export const admittedAt = '2025-02-20T08:00:00.000Z';
export const reason = { text: 'synthetic reason for the test' };

/** Gives stored events ids eventId(1), eventId(2), … in order, as a store would. */
export function stored<E extends { type: string; data: unknown }>(
  events: readonly E[],
  from = 1,
): (E & { id: string })[] {
  return events.map((event, index) => ({ ...event, id: eventId(from + index) }));
}

export const caseOpenedData: EventData<'CaseOpened'> = {
  caseId,
  patientId,
  program: 'transitional-care',
  referralSource: { kind: 'physician' },
  admittedAt,
  admissionType: 'unplanned',
  primaryCaseManager: primary,
};

export const caseOpened: IdentifiedCaseEvent = {
  id: eventId(1),
  type: 'CaseOpened',
  data: caseOpenedData,
};

export const primaryOnTeam: IdentifiedCaseEvent = {
  id: eventId(2),
  type: 'CareTeamMemberAssigned',
  data: { memberId: primary.userId, name: primary.name, role: 'case-manager', from: admittedAt },
};

/** An open case with its primary case manager on the team (events 1 and 2). */
export const openCase: IdentifiedCaseEvent[] = [caseOpened, primaryOnTeam];

/** Appends events to the open case with ids eventId(10), eventId(11), … */
export function openCaseWith(...events: IdentifiedCaseEvent[]): IdentifiedCaseEvent[] {
  return [
    ...openCase,
    ...events.map((event, index) => ({ ...event, id: event.id ?? eventId(10 + index) })),
  ];
}

export const caseClosed: IdentifiedCaseEvent = {
  id: eventId(99),
  type: 'CaseClosed',
  data: { reason, outcome: 'goals-met' },
};

export const goalId = entityId(20);
export const goalSet = (
  lifecycleStatus: 'proposed' | 'active' = 'active',
): IdentifiedCaseEvent => ({
  id: eventId(20),
  type: 'GoalSet',
  data: {
    goalId,
    description: 'Walks to the mailbox unaided',
    target: { measure: 'distance walked', detail: '50 m' },
    priority: 'high',
    addresses: [],
    lifecycleStatus,
  },
});

export const carePlanId = entityId(30);
export const carePlanDrafted: IdentifiedCaseEvent = {
  id: eventId(30),
  type: 'CarePlanDrafted',
  data: { carePlanId, title: 'Transitional care plan' },
};
export const carePlanActivated: IdentifiedCaseEvent = {
  id: eventId(31),
  type: 'CarePlanActivated',
  data: { carePlanId },
};

export const handoffId = entityId(40);
export const ipass = {
  illnessSeverity: 'watcher' as const,
  patientSummary: 'Synthetic summary of the situation',
  actionList: [{ action: 'Call the pharmacy', owner: 'cm-ben' }],
  situationAwareness: 'Awaiting a bed in a rehab facility',
  contingency: 'If the bed falls through, escalate to the physician',
};
export const handoffInitiated = (
  transfersPrimary: boolean,
  to = 'cm-ben',
): IdentifiedCaseEvent => ({
  id: eventId(40),
  type: 'HandoffInitiated',
  data: {
    handoffId,
    kind: 'case-manager',
    from: { userId: primary.userId },
    to: { userId: to, name: 'Ben Synthetic' },
    transfersPrimary,
    ipass,
  },
});

export const assessmentId = entityId(50);
export const assessmentRecorded: IdentifiedCaseEvent = {
  id: eventId(50),
  type: 'AssessmentRecorded',
  data: { assessmentId, instrument: { code: 'PHQ-9' }, items: [], total: 12, band: 'moderate' },
};

export const decisionMade = (
  decision: 'ready' | 'not-ready' | 'delayed',
  id = 60,
): IdentifiedCaseEvent => ({
  id: eventId(id),
  type: 'DischargeDecisionMade',
  data: {
    decisionId: entityId(id),
    decision,
    ...(decision === 'ready' ? { disposition: 'home' as const } : {}),
    rationale: reason,
    evidence: [],
  },
});

export const registration: Omit<EventData<'PatientRegistered'>, 'patientId'> = {
  mrn: 'SYN-000001',
  name: { given: 'Test', family: 'Synthetic' },
  birthDate: '1950-01-01',
  sex: 'unknown',
};

export const patientRegistered: PatientEvent = {
  type: 'PatientRegistered',
  data: { patientId, ...registration },
};

export const amendmentId = entityId(100);
export const requester = { kind: 'patient' as const };

/** The patient's request to amend the PHQ-9 assessment, received at admission, due 60 days on. */
export const amendmentRequested: IdentifiedCaseEvent = {
  id: eventId(100),
  type: 'AmendmentRequested',
  data: {
    amendmentId,
    targetEventIds: [eventId(50)],
    requestedChange: 'Synthetic: the note should say an interpreter was used',
    justification: 'Synthetic: the patient recalls an interpreter',
    receivedAt: admittedAt,
    requestedBy: requester,
    dueDate: '2025-04-21',
  },
};

/** A correction of the PHQ-9 assessment's notes. */
export const assessmentCorrected: IdentifiedCaseEvent = {
  id: eventId(101),
  type: 'EntryCorrected',
  data: { targetEventId: eventId(50), correctedData: { notes: 'Interpreter used' }, reason },
};

export const amendmentDenied: IdentifiedCaseEvent = {
  id: eventId(102),
  type: 'AmendmentDenied',
  data: {
    amendmentId,
    basis: 'accurate-and-complete',
    explanation: 'Synthetic: the record is accurate and complete',
  },
};

export const statementFiled: IdentifiedCaseEvent = {
  id: eventId(103),
  type: 'DisagreementStatementFiled',
  data: { amendmentId, statement: 'Synthetic: I disagree', filedBy: requester },
};
