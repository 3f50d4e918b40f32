import type { EventData } from '../../src/domain/events/catalogue.js';
import type { Reason } from '../../src/domain/values.js';

/** A JSON value, as a correction's before and after are stored. */
export type Json =
  string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** One field a correction changed. */
export interface FieldChange {
  readonly field: string;
  readonly before: Json;
  readonly after: Json;
}

/** Who recorded an event, as its envelope says (never from input). */
export interface ActorView {
  readonly userId: string;
  readonly role: string;
  readonly onBehalfOf: string | null;
}

/** An EntryCorrected applied to an entry: kept so that marking the correction in error can undo it. */
export interface CorrectionNote {
  readonly eventId: string;
  /** Who made the correction. */
  readonly actor: ActorView;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly reason: Reason;
  readonly changes: readonly FieldChange[];
  readonly enteredInError: boolean;
}

/** The EntryMarkedInError that withdrew an entry. */
export interface InErrorMark {
  readonly eventId: string;
  /** Who marked it. */
  readonly actor: ActorView;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly reason: Reason;
}

/** What every entry of the view carries: the event that recorded it and what happened to it since. */
export interface EntryMeta {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly enteredInError: boolean;
  readonly markedInError: InErrorMark | null;
  readonly corrections: readonly CorrectionNote[];
  /** The amendment requests (HIPAA 164.526) that name this entry, in the order received. */
  readonly amendmentIds: readonly string[];
}

/** The patient or personal representative who asked or filed, as recorded. */
export type AmendmentRequesterView = EventData<'AmendmentRequested'>['requestedBy'];

/** One step of an amendment request after it was received: the event that recorded it. */
export interface AmendmentStepMeta {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: ActorView;
}

export interface AmendmentExtensionView extends AmendmentStepMeta {
  readonly extensionDays: number;
  readonly dueDate: string;
  readonly reason: Reason;
}

/** An amendment request's decision: accepted with the corrections that made it, or denied. */
export interface AmendmentDecisionView extends AmendmentStepMeta {
  readonly outcome: 'accepted' | 'denied';
  readonly correctionEventIds: readonly string[];
  readonly note: string | null;
  readonly basis: EventData<'AmendmentDenied'>['basis'] | null;
  readonly explanation: string | null;
  /** Decided (occurredAt's date) after the due date in force. */
  readonly decidedLate: boolean;
}

export interface DisagreementStatementView extends AmendmentStepMeta {
  readonly statement: string;
  readonly filedBy: AmendmentRequesterView;
}

export interface AmendmentRebuttalView extends AmendmentStepMeta {
  readonly rebuttal: string;
}

/** A patient's amendment request with everything that followed it, kept with the record. */
export interface AmendmentView extends AmendmentStepMeta {
  readonly amendmentId: string;
  readonly status: 'pending' | 'accepted' | 'denied';
  readonly targetEventIds: readonly string[];
  readonly requestedChange: string;
  readonly justification: string;
  readonly receivedAt: string;
  readonly requestedBy: AmendmentRequesterView;
  /** The date by which it must be acted on, extension included. */
  readonly dueDate: string;
  readonly extension: AmendmentExtensionView | null;
  readonly decision: AmendmentDecisionView | null;
  readonly statement: DisagreementStatementView | null;
  readonly rebuttal: AmendmentRebuttalView | null;
}

export interface OpeningView extends EntryMeta {
  readonly program: string;
  readonly referralSource: EventData<'CaseOpened'>['referralSource'];
  readonly admittedAt: string;
  readonly admissionType: EventData<'CaseOpened'>['admissionType'];
}

export interface PrimaryCaseManagerView {
  readonly userId: string;
  readonly name: string | null;
  readonly since: string;
  /** The accepted handoff that made them primary; null for the one named at opening. */
  readonly handoffId: string | null;
  readonly sinceEventId: string;
}

export interface PrimaryCaseManagerPeriod extends PrimaryCaseManagerView {
  readonly until: string;
  readonly untilEventId: string;
}

export interface ClosureView extends EntryMeta {
  readonly reason: Reason;
  readonly outcome: EventData<'CaseClosed'>['outcome'];
}

export interface DischargeView extends EntryMeta {
  readonly dischargedAt: string;
  readonly disposition: EventData<'PatientDischarged'>['disposition'];
}

export interface CarePlanStatusChangeView extends EntryMeta {
  readonly status: CarePlanView['status'];
  readonly reason: Reason | null;
}

export interface CarePlanRevisionView extends EntryMeta {
  readonly summary: string;
  readonly changes: EventData<'CarePlanRevised'>['changes'];
  readonly triggeringEventIds: readonly string[];
  readonly reason: Reason;
}

export interface CarePlanView extends EntryMeta {
  readonly carePlanId: string;
  readonly status: 'draft' | 'active' | 'on-hold' | 'completed' | 'revoked';
  readonly title: string;
  readonly description: string | null;
  readonly period: EventData<'CarePlanDrafted'>['period'] | null;
  readonly revisionCount: number;
  readonly latestRevision: {
    readonly eventId: string;
    readonly summary: string;
    readonly reason: Reason;
    readonly occurredAt: string;
    readonly recordedAt: string;
  } | null;
  readonly statusHistory: readonly CarePlanStatusChangeView[];
  readonly revisions: readonly CarePlanRevisionView[];
}

export interface ProblemResolutionView extends EntryMeta {
  readonly resolution: string | null;
}

export interface ProblemView extends EntryMeta {
  readonly problemId: string;
  readonly status: 'active' | 'resolved';
  readonly description: string;
  readonly category: EventData<'ProblemIdentified'>['category'];
  readonly code: EventData<'ProblemIdentified'>['code'] | null;
  readonly resolved: ProblemResolutionView | null;
}

export interface GoalProgressView extends EntryMeta {
  readonly achievementStatus: EventData<'GoalProgressRecorded'>['achievementStatus'];
  readonly evidence: EventData<'GoalProgressRecorded'>['evidence'];
}

export interface GoalView extends EntryMeta {
  readonly goalId: string;
  readonly description: string;
  readonly target: EventData<'GoalSet'>['target'];
  readonly due: string | null;
  readonly priority: EventData<'GoalSet'>['priority'];
  readonly addresses: readonly string[];
  readonly lifecycleStatus: EventData<'GoalStatusChanged'>['to'];
  /** The latest (by occurredAt) progress not entered in error. */
  readonly achievementStatus: GoalProgressView['achievementStatus'] | null;
  readonly progress: readonly GoalProgressView[];
}

export interface InterventionStatusChangeView extends EntryMeta {
  readonly from: EventData<'InterventionStatusChanged'>['from'];
  readonly to: EventData<'InterventionStatusChanged'>['to'];
  readonly outcome: string | null;
}

export interface InterventionView extends EntryMeta {
  readonly interventionId: string;
  readonly kind: EventData<'InterventionPlanned'>['kind'];
  readonly description: string;
  readonly performer: EventData<'InterventionPlanned'>['performer'];
  readonly due: string | null;
  readonly goalIds: readonly string[];
  readonly status: InterventionStatusChangeView['to'];
  /** The outcome of the latest status change that gave one. */
  readonly outcome: string | null;
  readonly statusHistory: readonly InterventionStatusChangeView[];
}

export interface MemberReleaseView extends EntryMeta {
  readonly until: string;
}

export interface CareTeamMemberView extends EntryMeta {
  readonly memberId: string;
  readonly name: string | null;
  readonly role: EventData<'CareTeamMemberAssigned'>['role'];
  readonly from: string;
  readonly release: MemberReleaseView | null;
}

export interface HandoffSettlementView extends EntryMeta {
  readonly outcome: 'accepted' | 'declined';
  readonly synthesis: string | null;
  readonly reason: Reason | null;
}

/** A handoff's I-PASS content, as recorded. */
export type IpassView = EventData<'HandoffInitiated'>['ipass'];

export interface HandoffView extends EntryMeta {
  readonly handoffId: string;
  readonly status: 'open' | 'accepted' | 'declined';
  readonly kind: EventData<'HandoffInitiated'>['kind'];
  readonly from: EventData<'HandoffInitiated'>['from'];
  readonly to: EventData<'HandoffInitiated'>['to'];
  readonly transfersPrimary: boolean;
  readonly ipass: IpassView;
  readonly settlement: HandoffSettlementView | null;
}

export interface AssessmentView extends EntryMeta {
  readonly assessmentId: string;
  readonly instrument: EventData<'AssessmentRecorded'>['instrument'];
  readonly total: number;
  readonly band: string | null;
  readonly notes: string | null;
}

/** One instrument's assessments, by occurredAt. */
export interface AssessmentSeriesView {
  /** The instrument code, or `custom:<name>` for a local instrument. */
  readonly instrument: string;
  readonly entries: readonly AssessmentView[];
}

export interface RiskStratificationView extends EntryMeta {
  readonly stratificationId: string;
  readonly tier: EventData<'RiskStratified'>['tier'];
  readonly basis: string;
  readonly assessmentIds: readonly string[];
}

export interface UtilizationReviewView extends EntryMeta {
  readonly reviewId: string;
  readonly kind: EventData<'UtilizationReviewPerformed'>['kind'];
  readonly criteriaSet: EventData<'UtilizationReviewPerformed'>['criteriaSet'];
  readonly criteriaMet: boolean;
  readonly levelOfCare: EventData<'UtilizationReviewPerformed'>['levelOfCare'];
  readonly nextReviewDue: string | null;
  readonly evidenceEventIds: readonly string[];
  readonly notes: string | null;
}

export interface PayerDeterminationView extends EntryMeta {
  readonly determinationId: string;
  readonly payer: string;
  readonly authorizationNumber: string | null;
  readonly decision: EventData<'PayerDeterminationRecorded'>['decision'];
  readonly authorizedDays: number | null;
  readonly denialReason: string | null;
  readonly reviewId: string | null;
}

export interface AvoidableDayView extends EntryMeta {
  readonly avoidableDayId: string;
  readonly date: string;
  readonly reason: Reason;
  readonly responsibleParty: EventData<'AvoidableDayRecorded'>['responsibleParty'];
}

export interface PayerReportView extends EntryMeta {
  readonly reportId: string;
  readonly payer: string;
  readonly reportType: string;
  readonly period: EventData<'PayerReportSubmitted'>['period'];
  readonly contentHash: string;
  readonly purpose: EventData<'PayerReportSubmitted'>['purpose'];
}

export interface DischargePlanView extends EntryMeta {
  readonly expectedDate: string | null;
  readonly plannedDisposition: EventData<'DischargePlanUpdated'>['plannedDisposition'] | null;
  readonly servicesArranged: EventData<'DischargePlanUpdated'>['servicesArranged'];
  readonly followUps: EventData<'DischargePlanUpdated'>['followUps'];
  readonly barriers: readonly string[];
  readonly caregiver: EventData<'DischargePlanUpdated'>['caregiver'] | null;
  readonly patientChoice: EventData<'DischargePlanUpdated'>['patientChoice'] | null;
}

export interface DischargeDecisionView extends EntryMeta {
  readonly decisionId: string;
  readonly decision: EventData<'DischargeDecisionMade'>['decision'];
  readonly disposition: EventData<'DischargeDecisionMade'>['disposition'] | null;
  readonly rationale: Reason;
  readonly evidenceEventIds: readonly string[];
}

export interface ContactView extends EntryMeta {
  readonly contactId: string;
  readonly party: EventData<'ContactLogged'>['party'];
  readonly channel: EventData<'ContactLogged'>['channel'];
  readonly direction: EventData<'ContactLogged'>['direction'];
  readonly reached: boolean;
  readonly purpose: EventData<'ContactLogged'>['purpose'];
  readonly summary: string;
}

export interface EducationView extends EntryMeta {
  readonly educationId: string;
  readonly topic: string;
  readonly recipient: EventData<'EducationProvided'>['recipient'];
  readonly method: EventData<'EducationProvided'>['method'];
  readonly teachBack: EventData<'EducationProvided'>['teachBack'];
  readonly notes: string | null;
}

/** Counts and the latest contact, over entries not in error. */
export interface LiaisonSummaryView {
  readonly contactCount: number;
  readonly reachedContactCount: number;
  readonly educationCount: number;
  readonly lastContact: ContactView | null;
  readonly lastEducation: EducationView | null;
}

/**
 * The current picture of one case for frontends. Entries keep the fields of the event data that
 * recorded them under the same names, so a correction (a shallow patch of that data) applies as is.
 */
export interface CaseView {
  readonly caseId: string | null;
  readonly patientId: string | null;
  readonly status: 'open' | 'closed' | null;
  readonly opening: OpeningView | null;
  readonly primaryCaseManager: PrimaryCaseManagerView | null;
  readonly primaryCaseManagerHistory: readonly PrimaryCaseManagerPeriod[];
  readonly discharge: DischargeView | null;
  readonly closure: ClosureView | null;
  /** The care plan in force, or the last one closed; null when none or withdrawn in error. */
  readonly carePlan: CarePlanView | null;
  readonly previousCarePlans: readonly CarePlanView[];
  readonly problems: readonly ProblemView[];
  readonly goals: readonly GoalView[];
  readonly interventions: readonly InterventionView[];
  readonly careTeam: {
    readonly current: readonly CareTeamMemberView[];
    readonly past: readonly CareTeamMemberView[];
  };
  readonly handoffs: {
    readonly open: readonly HandoffView[];
    readonly past: readonly HandoffView[];
  };
  readonly assessments: readonly AssessmentSeriesView[];
  /** The tier of the latest (by occurredAt) stratification not in error. */
  readonly riskTier: RiskStratificationView['tier'] | null;
  readonly riskStratifications: readonly RiskStratificationView[];
  readonly utilizationReviews: readonly UtilizationReviewView[];
  readonly payerDeterminations: readonly PayerDeterminationView[];
  readonly avoidableDays: readonly AvoidableDayView[];
  readonly payerReports: readonly PayerReportView[];
  /** The latest (by occurredAt) plan update not in error: each states the whole plan. */
  readonly dischargePlan: DischargePlanView | null;
  readonly dischargePlanHistory: readonly DischargePlanView[];
  readonly dischargeDecisions: readonly DischargeDecisionView[];
  /** The latest (by occurredAt) decision not in error. */
  readonly dischargeDecisionInForce: DischargeDecisionView | null;
  readonly liaison: LiaisonSummaryView;
  readonly contacts: readonly ContactView[];
  readonly education: readonly EducationView[];
  /** Amendment requests, in the order received. */
  readonly amendments: readonly AmendmentView[];
  /** The stream revision of the last event applied; -1 before any. */
  readonly revision: number;
  /** recordedAt of the last event applied. */
  readonly lastEventAt: string | null;
  readonly lastPosition: string | null;
}
