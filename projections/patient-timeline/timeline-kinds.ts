import type { CaretrailEventType } from '../../src/domain/events/catalogue.js';

/** The frontend-facing category of a timeline entry: stable, so a client may switch on it. */
export type TimelineKind =
  | 'patient'
  | 'consent'
  | 'case'
  | 'assessment'
  | 'problem'
  | 'care-plan'
  | 'goal'
  | 'intervention'
  | 'care-team'
  | 'contact'
  | 'education'
  | 'utilization'
  | 'payer'
  | 'handoff'
  | 'discharge'
  | 'correction'
  | 'amendment';

export const timelineKinds = {
  PatientRegistered: 'patient',
  PatientDetailsUpdated: 'patient',
  ConsentRecorded: 'consent',
  ConsentRevoked: 'consent',
  CaseOpened: 'case',
  CaseClosed: 'case',
  AssessmentRecorded: 'assessment',
  RiskStratified: 'assessment',
  ProblemIdentified: 'problem',
  ProblemResolved: 'problem',
  CarePlanDrafted: 'care-plan',
  CarePlanActivated: 'care-plan',
  CarePlanRevised: 'care-plan',
  CarePlanSuspended: 'care-plan',
  CarePlanResumed: 'care-plan',
  CarePlanClosed: 'care-plan',
  GoalSet: 'goal',
  GoalProgressRecorded: 'goal',
  GoalStatusChanged: 'goal',
  InterventionPlanned: 'intervention',
  InterventionStatusChanged: 'intervention',
  CareTeamMemberAssigned: 'care-team',
  CareTeamMemberReleased: 'care-team',
  ContactLogged: 'contact',
  EducationProvided: 'education',
  UtilizationReviewPerformed: 'utilization',
  AvoidableDayRecorded: 'utilization',
  PayerDeterminationRecorded: 'payer',
  PayerReportSubmitted: 'payer',
  HandoffInitiated: 'handoff',
  HandoffAccepted: 'handoff',
  HandoffDeclined: 'handoff',
  DischargePlanUpdated: 'discharge',
  DischargeDecisionMade: 'discharge',
  PatientDischarged: 'discharge',
  EntryCorrected: 'correction',
  EntryMarkedInError: 'correction',
  AmendmentRequested: 'amendment',
  AmendmentDeadlineExtended: 'amendment',
  AmendmentAccepted: 'amendment',
  AmendmentDenied: 'amendment',
  DisagreementStatementFiled: 'amendment',
  AmendmentRebuttalRecorded: 'amendment',
} as const satisfies Record<CaretrailEventType, TimelineKind>;
