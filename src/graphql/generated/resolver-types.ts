// Generated from schema/*.graphql by `npm run codegen`; do not edit. A test fails when it is stale.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PatientRecord, CaseRecord } from '../read/case-reads.js';
import type { TimelineEntryRecord } from '../read/timeline-reads.js';
import type { DecisionRecord } from '../read/audit-reads.js';
import type { AccessLogEntryRecord } from '../read/access-log-reads.js';
import type { DisclosureRecord } from '../read/disclosure-reads.js';
import type { Figure as OutcomeFigureRecord, FigureUnit } from '../../outcomes/compute-measures.js';
import type { MeasureDefinition } from '../../outcomes/measure.js';
import type { RecordedEvent as StoredEvent } from '../../event-store/port.js';
import type {
  DecisionTrace as DecisionTraceRecord,
  TracedEvidence as TracedEvidenceRecord,
  LearnedLater as LearnedLaterRecord,
} from '../../../projections/current-case/decision-trace.js';
import type {
  IpassView,
  CarePlanView,
  ProblemView,
  GoalView,
  GoalProgressView,
  InterventionView,
  CareTeamMemberView,
  HandoffView,
  AssessmentView,
  UtilizationReviewView,
  PayerDeterminationView,
  DischargePlanView,
  DischargeDecisionView,
  AmendmentView,
  AmendmentRequesterView,
  AmendmentDecisionView,
  AmendmentExtensionView,
  DisagreementStatementView,
  AmendmentRebuttalView,
  CorrectionNote,
  InErrorMark,
} from '../../../projections/current-case/case-view-types.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An instant in ISO 8601 with an offset, e.g. 2026-03-04T10:00:00.000Z. */
  DateTime: { input: string; output: string };
  /** Any JSON value: event data and structured before/after documents. */
  JSON: { input: unknown; output: unknown };
};

/** One read of a patient's data, or a refused attempt, as the access audit recorded it. */
export type AccessLogEntry = {
  readonly __typename?: 'AccessLogEntry';
  /** The record's id (the event id in the patient's access stream). */
  readonly id: Scalars['ID']['output'];
  /** When the access happened (when the store accepted the record). */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** The patient whose data was read. */
  readonly patientId: Scalars['ID']['output'];
  /** Who: the reader's user id. */
  readonly userId: Scalars['String']['output'];
  /** The reader's role: case_manager, clinician, auditor, quality_analyst or admin. */
  readonly role: Scalars['String']['output'];
  /** query, mutation or subscription. */
  readonly operationType: Scalars['String']['output'];
  /** The operation's name, when the client gave one. */
  readonly operationName?: Maybe<Scalars['String']['output']>;
  /** What: the fields of patient data the operation asked for, as Type.field. */
  readonly fields: ReadonlyArray<Scalars['String']['output']>;
  /** The kinds of data those fields belong to, e.g. care-plan, assessments, timeline. */
  readonly dataCategories: ReadonlyArray<Scalars['String']['output']>;
  /** The patient's cases reached (or, for a refusal, tried). */
  readonly caseIds: ReadonlyArray<Scalars['ID']['output']>;
  /** Whether the data was returned. */
  readonly outcome: AccessOutcome;
  /** On what basis access was granted; null for a refusal. */
  readonly basis?: Maybe<AccessBasis>;
  /** Why, after HL7 v3 PurposeOfUse. */
  readonly purposeOfUse: PurposeOfUse;
  /** The reason given for the emergency access this read relied on. */
  readonly emergencyReason?: Maybe<Scalars['String']['output']>;
  /** From where: the client's address. */
  readonly clientAddress?: Maybe<Scalars['String']['output']>;
  /** The request's id (its x-request-id, or one the server gave it). */
  readonly requestId: Scalars['String']['output'];
};

/** Whether the data was returned. */
export type AccessOutcome = 'GRANTED' | 'DENIED';

/** How a reader reached a patient's record. */
export type AccessBasis =
  /** On the care team of the case. */
  | 'CARE_TEAM'
  /** The receiver of an open handoff of the case. */
  | 'HANDOFF'
  /** An emergency (break-glass) access. */
  | 'EMERGENCY'
  /** A role that reads every record (auditor; quality analyst, de-identified). */
  | 'ROLE';

/** Why data was used: TREAT, ETREAT, audit and compliance, HQUALIMP, HOPERAT. */
export type PurposeOfUse =
  'TREATMENT' | 'EMERGENCY_TREATMENT' | 'AUDIT' | 'QUALITY_IMPROVEMENT' | 'OPERATIONS';

/** Narrows the access log; every given field must match. */
export type AccessLogFilter = {
  /** Reads of this patient's data. */
  readonly patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Reads by this user. */
  readonly userId?: InputMaybe<Scalars['String']['input']>;
  /** Reads by this role. */
  readonly role?: InputMaybe<Scalars['String']['input']>;
  /** Granted reads or refusals. */
  readonly outcome?: InputMaybe<AccessOutcome>;
  /** Reads on this basis. */
  readonly basis?: InputMaybe<AccessBasis>;
  /** Reads for this purpose. */
  readonly purposeOfUse?: InputMaybe<PurposeOfUse>;
  /** What was done (the action): query, mutation or subscription. */
  readonly operationType?: InputMaybe<Scalars['String']['input']>;
  /** Reads by operations of this name (e.g. AuditTrailExport, FhirProvenanceExport). */
  readonly operationName?: InputMaybe<Scalars['String']['input']>;
  /**
   * Reads that reached this kind of data: demographics, case, care-plan, assessments, care-team,
   * handoffs, utilization, discharge, disclosures, timeline, corrections, amendments,
   * decision-traces, audit-trail, outcomes or events.
   */
  readonly dataCategory?: InputMaybe<Scalars['String']['input']>;
  /** Reads that reached (or tried) this case. */
  readonly caseId?: InputMaybe<Scalars['ID']['input']>;
  /** The reads of one request. */
  readonly requestId?: InputMaybe<Scalars['String']['input']>;
  /** Reads from this client address. */
  readonly clientAddress?: InputMaybe<Scalars['String']['input']>;
  /** Reads at or after this instant. */
  readonly from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reads at or before this instant. */
  readonly to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What the access log is sorted by. */
export type AccessLogSortField =
  | 'RECORDED_AT'
  | 'USER_ID'
  | 'PATIENT_ID'
  | 'ROLE'
  | 'OUTCOME'
  | 'OPERATION_TYPE'
  | 'OPERATION_NAME'
  | 'BASIS'
  | 'PURPOSE_OF_USE'
  | 'CLIENT_ADDRESS';

/** Ascending or descending. */
export type SortDirection = 'ASC' | 'DESC';

/** The access log's order: one field, then the record id. */
export type AccessLogOrder = {
  /** The field to sort by. */
  readonly field: AccessLogSortField;
  /** The direction. */
  readonly direction: SortDirection;
};

/** One access record in a page. */
export type AccessLogEdge = {
  readonly __typename?: 'AccessLogEdge';
  /** Pass as `after` to continue after this record. */
  readonly cursor: Scalars['String']['output'];
  /** The record. */
  readonly node: AccessLogEntry;
};

/** A page of the access log. */
export type AccessLogConnection = {
  readonly __typename?: 'AccessLogConnection';
  /** The records of this page. */
  readonly edges: ReadonlyArray<AccessLogEdge>;
  /** Where this page sits. */
  readonly pageInfo: PageInfo;
};

/** An emergency (break-glass) access: time-limited, with a reason, itself recorded and flagged. */
export type EmergencyAccess = {
  readonly __typename?: 'EmergencyAccess';
  /** The patient whose record it opens. */
  readonly patientId: Scalars['ID']['output'];
  /** When it ends. */
  readonly expiresAt: Scalars['DateTime']['output'];
  /** The global position of its record: pass it as `atPosition` to read with it at once. */
  readonly position: Scalars['String']['output'];
};

/** An emergency access to a patient's record. */
export type BreakGlassInput = {
  /** The patient whose record is needed now. */
  readonly patientId: Scalars['ID']['input'];
  /** Why: mandatory; auditors see it with every read the access allows. */
  readonly reason: ReasonInput;
  /** For how many minutes (default 60, at most 240). */
  readonly minutes?: InputMaybe<Scalars['Int']['input']>;
};

/** What a pseudonym stands for. */
export type PseudonymKind =
  /** A patient id (`pt_…`). */
  | 'PATIENT'
  /** A case id (`cs_…`). */
  | 'CASE'
  /** A stream id whose owner's id is pseudonymized (`case-cs_…`, `patient-pt_…`). */
  | 'STREAM';

/** One field a correction changed: its value before (the original, for the first correction) and after. */
export type FieldChange = {
  readonly __typename?: 'FieldChange';
  /** The field of the entry's data. */
  readonly field: Scalars['String']['output'];
  /** Its value before the correction. */
  readonly before?: Maybe<Scalars['JSON']['output']>;
  /** Its value after the correction. */
  readonly after?: Maybe<Scalars['JSON']['output']>;
};

/** A correction of an entry (EntryCorrected): who made it, when and why, and what it changed. */
export type EntryCorrection = {
  readonly __typename?: 'EntryCorrection';
  /** The id of the EntryCorrected event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who corrected the entry. */
  readonly actor: Actor;
  /** Valid time of the correction. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when the correction was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** Why. */
  readonly reason: Reason;
  /** Each field it changed, before and after. */
  readonly changes: ReadonlyArray<FieldChange>;
  /** True when the correction itself was later marked in error (and so taken back out). */
  readonly withdrawn: Scalars['Boolean']['output'];
};

/** The mark that withdrew an entry as entered in error (EntryMarkedInError). */
export type EntryInErrorMark = {
  readonly __typename?: 'EntryInErrorMark';
  /** The id of the EntryMarkedInError event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who marked it. */
  readonly actor: Actor;
  /** Valid time of the mark. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when the mark was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** Why. */
  readonly reason: Reason;
};

/** Where an amendment request stands. */
export type AmendmentStatus =
  /** Received, not yet decided. */
  | 'PENDING'
  /** Accepted: the corrections that made it are linked. */
  | 'ACCEPTED'
  /** Denied: the denial, and any statement of disagreement and rebuttal, are kept with it. */
  | 'DENIED';

/** The patient or their personal representative, as recorded. */
export type AmendmentRequester = {
  readonly __typename?: 'AmendmentRequester';
  /** Patient or personal representative. */
  readonly kind: AmendmentRequesterKind;
  /** Their name, if given. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** A representative's relationship to the patient, if given. */
  readonly relationship?: Maybe<Scalars['String']['output']>;
};

/** The one extension of an amendment request's deadline. */
export type AmendmentExtension = {
  readonly __typename?: 'AmendmentExtension';
  /** By how many days. */
  readonly extensionDays: Scalars['Int']['output'];
  /** The new due date (YYYY-MM-DD). */
  readonly dueDate: Scalars['String']['output'];
  /** Why. */
  readonly reason: Reason;
  /** The id of the AmendmentDeadlineExtended event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who extended it. */
  readonly actor: Actor;
  /** Valid time. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time. */
  readonly recordedAt: Scalars['DateTime']['output'];
};

/** The decision on an amendment request: accepted with its corrections, or denied with its basis. */
export type AmendmentDecision = {
  readonly __typename?: 'AmendmentDecision';
  /** ACCEPTED or DENIED. */
  readonly outcome: AmendmentStatus;
  /** For an acceptance: the EntryCorrected/EntryMarkedInError events that made the amendment. */
  readonly correctionEventIds: ReadonlyArray<Scalars['ID']['output']>;
  /** For an acceptance: those events with their envelope (who corrected, when, what). */
  readonly corrections: ReadonlyArray<RecordedEvent>;
  /** For an acceptance: a note, if any. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** For a denial: its ground. */
  readonly basis?: Maybe<AmendmentDenialBasis>;
  /** For a denial: the explanation given to the patient. */
  readonly explanation?: Maybe<Scalars['String']['output']>;
  /** True when it was decided after the due date in force. */
  readonly decidedLate: Scalars['Boolean']['output'];
  /** The id of the AmendmentAccepted or AmendmentDenied event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who decided. */
  readonly actor: Actor;
  /** Valid time. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time. */
  readonly recordedAt: Scalars['DateTime']['output'];
};

/** The patient's statement of disagreement with a denial, kept with the record. */
export type DisagreementStatement = {
  readonly __typename?: 'DisagreementStatement';
  /** The statement, in the patient's words. */
  readonly statement: Scalars['String']['output'];
  /** Who filed it. */
  readonly filedBy: AmendmentRequester;
  /** The id of the DisagreementStatementFiled event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who recorded it. */
  readonly actor: Actor;
  /** Valid time. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time. */
  readonly recordedAt: Scalars['DateTime']['output'];
};

/** The rebuttal of a statement of disagreement, kept with it. */
export type AmendmentRebuttal = {
  readonly __typename?: 'AmendmentRebuttal';
  /** The rebuttal. */
  readonly rebuttal: Scalars['String']['output'];
  /** The id of the AmendmentRebuttalRecorded event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who recorded it. */
  readonly actor: Actor;
  /** Valid time. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time. */
  readonly recordedAt: Scalars['DateTime']['output'];
};

/** A patient's request to amend entries of the case (HIPAA right to amend, 45 CFR 164.526), with everything that followed it. */
export type Amendment = {
  readonly __typename?: 'Amendment';
  /** The request's id. */
  readonly id: Scalars['ID']['output'];
  /** PENDING, ACCEPTED or DENIED. */
  readonly status: AmendmentStatus;
  /** The entries the patient asks to amend. */
  readonly targetEventIds: ReadonlyArray<Scalars['ID']['output']>;
  /** What the patient asks to change. */
  readonly requestedChange: Scalars['String']['output'];
  /** Why, in the patient's words. */
  readonly justification: Scalars['String']['output'];
  /** When the request was received. */
  readonly receivedAt: Scalars['DateTime']['output'];
  /** Who asked. */
  readonly requestedBy: AmendmentRequester;
  /** The date by which it must be acted on (60 days after receipt, plus any extension), YYYY-MM-DD. */
  readonly dueDate: Scalars['String']['output'];
  /** The extension of the deadline, if any. */
  readonly extension?: Maybe<AmendmentExtension>;
  /** The decision, once made. */
  readonly decision?: Maybe<AmendmentDecision>;
  /** The patient's statement of disagreement, if filed after a denial. */
  readonly statement?: Maybe<DisagreementStatement>;
  /** The rebuttal of the statement, if recorded. */
  readonly rebuttal?: Maybe<AmendmentRebuttal>;
  /** The id of the AmendmentRequested event. */
  readonly eventId: Scalars['ID']['output'];
  /** Who recorded the request. */
  readonly actor: Actor;
  /** Valid time of the request's recording. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time. */
  readonly recordedAt: Scalars['DateTime']['output'];
};

/** Narrows the audit trail of every record; every given field must match. */
export type AuditTrailFilter = {
  /** Changes to this patient's records (their own and their cases'). */
  readonly patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Changes to this case. */
  readonly caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Changes by this user. */
  readonly userId?: InputMaybe<Scalars['String']['input']>;
  /** Changes by this role. */
  readonly role?: InputMaybe<Scalars['String']['input']>;
  /** Changes of this event type, e.g. CarePlanRevised. */
  readonly eventType?: InputMaybe<Scalars['String']['input']>;
  /** decision or record. */
  readonly category?: InputMaybe<Scalars['String']['input']>;
  /** The changes of one request. */
  readonly correlationId?: InputMaybe<Scalars['String']['input']>;
  /** Changes recorded at or after this instant. */
  readonly from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Changes recorded at or before this instant. */
  readonly to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What the audit trail is sorted by. */
export type AuditTrailSortField =
  | 'RECORDED_AT'
  | 'OCCURRED_AT'
  | 'USER_ID'
  | 'ROLE'
  | 'PATIENT_ID'
  | 'CASE_ID'
  | 'EVENT_TYPE'
  | 'CATEGORY';

/** The audit trail's order: one field, then the event id. */
export type AuditTrailOrder = {
  /** The field to sort by. */
  readonly field: AuditTrailSortField;
  /** The direction. */
  readonly direction: SortDirection;
};

/**
 * One case-management episode of one patient, as the read models show it now, with its timeline,
 * its raw history, its decision trail, and any earlier point of it.
 */
export type Case = {
  readonly __typename?: 'Case';
  /** The case's id. */
  readonly id: Scalars['ID']['output'];
  /** The patient the case is about. */
  readonly patientId?: Maybe<Scalars['ID']['output']>;
  /** OPEN or CLOSED. */
  readonly status?: Maybe<CaseStatus>;
  /** The care program, e.g. transitions-of-care. */
  readonly program?: Maybe<Scalars['String']['output']>;
  /** PLANNED, UNPLANNED or EMERGENCY. */
  readonly admissionType?: Maybe<AdmissionType>;
  /** When the patient was admitted. */
  readonly admittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the patient was discharged, once discharged. */
  readonly dischargedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The case manager responsible now. */
  readonly primaryCaseManager?: Maybe<PrimaryCaseManager>;
  /** The stream revision of the last event included; -1 before any. */
  readonly revision: Scalars['Int']['output'];
  /** The risk tier of the latest stratification in force, if any. */
  readonly riskTier?: Maybe<RiskTier>;
  /** The care plan in force, or the last one closed; null when none. */
  readonly carePlan?: Maybe<CarePlan>;
  /** Care plans that came before the current one. */
  readonly previousCarePlans: ReadonlyArray<CarePlan>;
  /** Problems identified, in the order they occurred. */
  readonly problems: ReadonlyArray<Problem>;
  /** Goals of the case, with their progress. */
  readonly goals: ReadonlyArray<Goal>;
  /** Interventions planned, with their status. */
  readonly interventions: ReadonlyArray<Intervention>;
  /** The care team, current and past members with their periods. */
  readonly careTeam: CareTeam;
  /** Assessments by occurredAt, optionally of one instrument only. */
  readonly assessments: ReadonlyArray<Assessment>;
  /** Handoffs, open ones first. */
  readonly handoffs: ReadonlyArray<Handoff>;
  /** Utilization reviews, in the order they occurred. */
  readonly utilizationReviews: ReadonlyArray<UtilizationReview>;
  /** Payer determinations, in the order they occurred. */
  readonly payerDeterminations: ReadonlyArray<PayerDetermination>;
  /** The discharge plan in force (the latest update not in error). */
  readonly dischargePlan?: Maybe<DischargePlan>;
  /** Every discharge decision, in the order they occurred. */
  readonly dischargeDecisions: ReadonlyArray<DischargeDecision>;
  /** The latest discharge decision not in error. */
  readonly dischargeDecisionInForce?: Maybe<DischargeDecision>;
  /** The case's entries on the patient timeline, newest first. */
  readonly timeline: TimelineConnection;
  /** The raw recorded events of the case stream with their full envelope, in stream order. */
  readonly history: EventConnection;
  /** The decision and audit trail: who changed what, when, why, with before and after. */
  readonly decisions: DecisionConnection;
  /**
   * The case as it was: after a stream revision, as known at a recordedAt, as true at an
   * occurredAt, or any combination (all must hold). Null when the case had no history then.
   */
  readonly asOf?: Maybe<CaseSnapshot>;
  /** Amendment requests (HIPAA right to amend), in the order received, each with its status, due date, decision and what is kept with it. */
  readonly amendments: ReadonlyArray<Amendment>;
};

/**
 * One case-management episode of one patient, as the read models show it now, with its timeline,
 * its raw history, its decision trail, and any earlier point of it.
 */
export type CaseAssessmentsArgs = {
  instrument?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One case-management episode of one patient, as the read models show it now, with its timeline,
 * its raw history, its decision trail, and any earlier point of it.
 */
export type CaseTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  recordedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  recordedTo?: InputMaybe<Scalars['DateTime']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  atPosition?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One case-management episode of one patient, as the read models show it now, with its timeline,
 * its raw history, its decision trail, and any earlier point of it.
 */
export type CaseHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One case-management episode of one patient, as the read models show it now, with its timeline,
 * its raw history, its decision trail, and any earlier point of it.
 */
export type CaseDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

/**
 * One case-management episode of one patient, as the read models show it now, with its timeline,
 * its raw history, its decision trail, and any earlier point of it.
 */
export type CaseAsOfArgs = {
  revision?: InputMaybe<Scalars['Int']['input']>;
  recordedAt?: InputMaybe<Scalars['DateTime']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A case as it was at an earlier point, folded from its events: the same picture as Case. */
export type CaseSnapshot = {
  readonly __typename?: 'CaseSnapshot';
  /** The case's id. */
  readonly id: Scalars['ID']['output'];
  /** The patient the case is about. */
  readonly patientId?: Maybe<Scalars['ID']['output']>;
  /** OPEN or CLOSED. */
  readonly status?: Maybe<CaseStatus>;
  /** The care program, e.g. transitions-of-care. */
  readonly program?: Maybe<Scalars['String']['output']>;
  /** PLANNED, UNPLANNED or EMERGENCY. */
  readonly admissionType?: Maybe<AdmissionType>;
  /** When the patient was admitted. */
  readonly admittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the patient was discharged, once discharged. */
  readonly dischargedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The case manager responsible now. */
  readonly primaryCaseManager?: Maybe<PrimaryCaseManager>;
  /** The stream revision of the last event included; -1 before any. */
  readonly revision: Scalars['Int']['output'];
  /** The risk tier of the latest stratification in force, if any. */
  readonly riskTier?: Maybe<RiskTier>;
  /** The care plan in force, or the last one closed; null when none. */
  readonly carePlan?: Maybe<CarePlan>;
  /** Care plans that came before the current one. */
  readonly previousCarePlans: ReadonlyArray<CarePlan>;
  /** Problems identified, in the order they occurred. */
  readonly problems: ReadonlyArray<Problem>;
  /** Goals of the case, with their progress. */
  readonly goals: ReadonlyArray<Goal>;
  /** Interventions planned, with their status. */
  readonly interventions: ReadonlyArray<Intervention>;
  /** The care team, current and past members with their periods. */
  readonly careTeam: CareTeam;
  /** Assessments by occurredAt, optionally of one instrument only. */
  readonly assessments: ReadonlyArray<Assessment>;
  /** Handoffs, open ones first. */
  readonly handoffs: ReadonlyArray<Handoff>;
  /** Utilization reviews, in the order they occurred. */
  readonly utilizationReviews: ReadonlyArray<UtilizationReview>;
  /** Payer determinations, in the order they occurred. */
  readonly payerDeterminations: ReadonlyArray<PayerDetermination>;
  /** The discharge plan in force (the latest update not in error). */
  readonly dischargePlan?: Maybe<DischargePlan>;
  /** Every discharge decision, in the order they occurred. */
  readonly dischargeDecisions: ReadonlyArray<DischargeDecision>;
  /** The latest discharge decision not in error. */
  readonly dischargeDecisionInForce?: Maybe<DischargeDecision>;
  /** recordedAt of the last event included. */
  readonly lastEventAt?: Maybe<Scalars['DateTime']['output']>;
  /** Amendment requests as they stood then. */
  readonly amendments: ReadonlyArray<Amendment>;
};

/** A case as it was at an earlier point, folded from its events: the same picture as Case. */
export type CaseSnapshotAssessmentsArgs = {
  instrument?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a case is still open (the domain code upper-cased). */
export type CaseStatus =
  /** The episode is under way. */
  | 'OPEN'
  /** The episode was closed with an outcome. */
  | 'CLOSED';

/** Where a care plan stands (FHIR CarePlan status, the domain code upper-cased, - as _). */
export type CarePlanStatus =
  /** Being drawn up, not yet in force. */
  | 'DRAFT'
  /** In force. */
  | 'ACTIVE'
  /** Paused. */
  | 'ON_HOLD'
  /** Closed, its intent carried out. */
  | 'COMPLETED'
  /** Closed before its intent was carried out. */
  | 'REVOKED';

/** Whether a problem is still being addressed. */
export type ProblemStatus =
  /** Still being addressed. */
  | 'ACTIVE'
  /** Resolved. */
  | 'RESOLVED';

/** Where a handoff stands. */
export type HandoffStatus =
  /** Initiated, awaiting the receiver. */
  | 'OPEN'
  /** Accepted by the receiver. */
  | 'ACCEPTED'
  /** Declined by the receiver. */
  | 'DECLINED';

/** How a handoff was settled. */
export type HandoffOutcome =
  /** Accepted by the receiver. */
  | 'ACCEPTED'
  /** Declined by the receiver. */
  | 'DECLINED';

/** The case manager responsible for a case. */
export type PrimaryCaseManager = {
  readonly __typename?: 'PrimaryCaseManager';
  /** Their caretrail user id. */
  readonly userId: Scalars['String']['output'];
  /** Their name, when given. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Since when they are primary. */
  readonly since: Scalars['DateTime']['output'];
  /** The accepted handoff that made them primary; null for the one named at opening. */
  readonly handoffId?: Maybe<Scalars['ID']['output']>;
};

/** A care plan (FHIR CarePlan-like) and how it was revised. */
export type CarePlan = {
  readonly __typename?: 'CarePlan';
  /** The plan's id. */
  readonly id: Scalars['ID']['output'];
  /** DRAFT, ACTIVE, ON_HOLD, COMPLETED or REVOKED. */
  readonly status: CarePlanStatus;
  /** The plan's title. */
  readonly title: Scalars['String']['output'];
  /** The plan's description, if any. */
  readonly description?: Maybe<Scalars['String']['output']>;
  /** The period the plan covers, if given. */
  readonly period?: Maybe<Scalars['JSON']['output']>;
  /** How many times the plan was revised. */
  readonly revisionCount: Scalars['Int']['output'];
  /** The latest revision, with its reason. */
  readonly latestRevision?: Maybe<CarePlanRevision>;
  /** Every revision, in the order they occurred. */
  readonly revisions: ReadonlyArray<CarePlanRevision>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** One revision of a care plan: what changed and why. */
export type CarePlanRevision = {
  readonly __typename?: 'CarePlanRevision';
  /** The id of the CarePlanRevised event. */
  readonly eventId: Scalars['ID']['output'];
  /** What the revision did, in words. */
  readonly summary: Scalars['String']['output'];
  /** Why the plan was revised. */
  readonly reason: Reason;
  /** What changed (path, before, after); null on latestRevision. */
  readonly changes?: Maybe<Scalars['JSON']['output']>;
  /** Valid time. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time. */
  readonly recordedAt: Scalars['DateTime']['output'];
};

/** A problem identified on the case. */
export type Problem = {
  readonly __typename?: 'Problem';
  /** The problem's id. */
  readonly id: Scalars['ID']['output'];
  /** ACTIVE or RESOLVED. */
  readonly status: ProblemStatus;
  /** The problem in words. */
  readonly description: Scalars['String']['output'];
  /** The problem's category. */
  readonly category: ProblemCategory;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** A goal of the care plan (FHIR Goal-like) with its progress. */
export type Goal = {
  readonly __typename?: 'Goal';
  /** The goal's id. */
  readonly id: Scalars['ID']['output'];
  /** The goal in words. */
  readonly description: Scalars['String']['output'];
  /** The target measure, as recorded. */
  readonly target?: Maybe<Scalars['JSON']['output']>;
  /** When it is due (an ISO date), if set. */
  readonly due?: Maybe<Scalars['String']['output']>;
  /** HIGH, MEDIUM or LOW. */
  readonly priority?: Maybe<GoalPriority>;
  /** Lifecycle: PROPOSED, ACTIVE, ON_HOLD, COMPLETED or CANCELLED. */
  readonly lifecycleStatus: GoalLifecycleStatus;
  /** The latest achievement status recorded (IN_PROGRESS, IMPROVING, ACHIEVED, …), if any. */
  readonly achievementStatus?: Maybe<GoalAchievementStatus>;
  /** Every progress record, in the order they occurred. */
  readonly progress: ReadonlyArray<GoalProgress>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** One progress record of a goal. */
export type GoalProgress = {
  readonly __typename?: 'GoalProgress';
  /** The achievement status recorded, e.g. IN_PROGRESS, IMPROVING or ACHIEVED. */
  readonly achievementStatus: GoalAchievementStatus;
  /** The evidence, as recorded. */
  readonly evidence?: Maybe<Scalars['JSON']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** An intervention planned on the case (education, referral, service, follow-up, …). */
export type Intervention = {
  readonly __typename?: 'Intervention';
  /** The intervention's id. */
  readonly id: Scalars['ID']['output'];
  /** Its kind, e.g. EDUCATION, REFERRAL or FOLLOW_UP. */
  readonly kind: InterventionKind;
  /** The intervention in words. */
  readonly description: Scalars['String']['output'];
  /** Who performs it, as recorded. */
  readonly performer?: Maybe<Scalars['JSON']['output']>;
  /** When it is due (an ISO date), if set. */
  readonly due?: Maybe<Scalars['String']['output']>;
  /** The goals it serves. */
  readonly goalIds: ReadonlyArray<Scalars['ID']['output']>;
  /** SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED or STOPPED. */
  readonly status: InterventionStatus;
  /** The outcome of the latest status change that gave one. */
  readonly outcome?: Maybe<Scalars['String']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** The care team of a case: who is on it now and who was before. */
export type CareTeam = {
  readonly __typename?: 'CareTeam';
  /** Members on the team now. */
  readonly current: ReadonlyArray<CareTeamMember>;
  /** Members released from the team, with their periods. */
  readonly past: ReadonlyArray<CareTeamMember>;
};

/** A care-team member and the period they were on the team. */
export type CareTeamMember = {
  readonly __typename?: 'CareTeamMember';
  /** The member's caretrail user id. */
  readonly userId: Scalars['String']['output'];
  /** Their name, when given. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Their role on the team: CASE_MANAGER, PHYSICIAN, NURSE, SOCIAL_WORKER, PHARMACIST, … */
  readonly role: CareTeamRole;
  /** Since when they are on the team. */
  readonly from: Scalars['DateTime']['output'];
  /** Until when they were on the team; null while current. */
  readonly until?: Maybe<Scalars['DateTime']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** The I-PASS content of a handoff. */
export type Ipass = {
  readonly __typename?: 'Ipass';
  /** I: STABLE, WATCHER or UNSTABLE. */
  readonly illnessSeverity: IllnessSeverity;
  /** P: the patient summary. */
  readonly patientSummary: Scalars['String']['output'];
  /** A: the action list, with owners and due times. */
  readonly actionList: Scalars['JSON']['output'];
  /** S: situation awareness. */
  readonly situationAwareness: Scalars['String']['output'];
  /** S: contingency planning. */
  readonly contingency: Scalars['String']['output'];
};

/** A handoff between case managers, teams or facilities. */
export type Handoff = {
  readonly __typename?: 'Handoff';
  /** The handoff's id. */
  readonly id: Scalars['ID']['output'];
  /** OPEN, ACCEPTED or DECLINED. */
  readonly status: HandoffStatus;
  /** The kind of handoff. */
  readonly kind: HandoffKind;
  /** Who hands off, as recorded. */
  readonly from: Scalars['JSON']['output'];
  /** Who receives, as recorded. */
  readonly to: Scalars['JSON']['output'];
  /** Whether accepting it makes the receiver the primary case manager. */
  readonly transfersPrimary: Scalars['Boolean']['output'];
  /** The I-PASS content. */
  readonly ipass: Ipass;
  /** ACCEPTED or DECLINED, once settled. */
  readonly outcome?: Maybe<HandoffOutcome>;
  /** The receiver's synthesis, when accepted. */
  readonly synthesis?: Maybe<Scalars['String']['output']>;
  /** Why it was declined, when declined. */
  readonly declineReason?: Maybe<Reason>;
  /** When it was settled, if it was. */
  readonly settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** One assessment with a scored instrument. */
export type Assessment = {
  readonly __typename?: 'Assessment';
  /** The assessment's id. */
  readonly id: Scalars['ID']['output'];
  /** The instrument code (PHQ-9, GAD-7, LACE, Morse, Barthel) or custom:<name>. */
  readonly instrument: Scalars['String']['output'];
  /** The total score. */
  readonly total: Scalars['Int']['output'];
  /** The band of the total (e.g. moderate), if any. */
  readonly band?: Maybe<Scalars['String']['output']>;
  /** Notes, if any. */
  readonly notes?: Maybe<Scalars['String']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** A utilization review (admission, continued-stay or retrospective). */
export type UtilizationReview = {
  readonly __typename?: 'UtilizationReview';
  /** The review's id. */
  readonly id: Scalars['ID']['output'];
  /** ADMISSION, CONTINUED_STAY or RETROSPECTIVE. */
  readonly kind: UtilizationReviewKind;
  /** The criteria set and version applied, as recorded. */
  readonly criteriaSet: Scalars['JSON']['output'];
  /** Whether the criteria were met. */
  readonly criteriaMet: Scalars['Boolean']['output'];
  /** The level of care found appropriate. */
  readonly levelOfCare: LevelOfCare;
  /** When the next review is due (an ISO date), if set. */
  readonly nextReviewDue?: Maybe<Scalars['String']['output']>;
  /** Events the review rests on. */
  readonly evidenceEventIds: ReadonlyArray<Scalars['ID']['output']>;
  /** Notes, if any. */
  readonly notes?: Maybe<Scalars['String']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** A payer's determination on an authorization. */
export type PayerDetermination = {
  readonly __typename?: 'PayerDetermination';
  /** The determination's id. */
  readonly id: Scalars['ID']['output'];
  /** The payer. */
  readonly payer: Scalars['String']['output'];
  /** The authorization number, if any. */
  readonly authorizationNumber?: Maybe<Scalars['String']['output']>;
  /** APPROVED, DENIED, PARTIAL or PENDING. */
  readonly decision: PayerDecision;
  /** Days authorized, if any. */
  readonly authorizedDays?: Maybe<Scalars['Int']['output']>;
  /** Why it was denied, if it was. */
  readonly denialReason?: Maybe<Scalars['String']['output']>;
  /** The review it answers, if any. */
  readonly reviewId?: Maybe<Scalars['ID']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** The discharge plan as last stated. */
export type DischargePlan = {
  readonly __typename?: 'DischargePlan';
  /** The expected discharge date, if set. */
  readonly expectedDate?: Maybe<Scalars['String']['output']>;
  /** The planned disposition (FHIR discharge-disposition code), if set. */
  readonly plannedDisposition?: Maybe<DischargeDisposition>;
  /** Services arranged, as recorded. */
  readonly servicesArranged: Scalars['JSON']['output'];
  /** Follow-ups, as recorded. */
  readonly followUps: Scalars['JSON']['output'];
  /** Barriers to discharge. */
  readonly barriers: ReadonlyArray<Scalars['String']['output']>;
  /** The caregiver, as recorded. */
  readonly caregiver?: Maybe<Scalars['JSON']['output']>;
  /** The patient's choice, as recorded. */
  readonly patientChoice?: Maybe<Scalars['JSON']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** A discharge decision: ready, not ready or delayed, and why. */
export type DischargeDecision = {
  readonly __typename?: 'DischargeDecision';
  /** The decision's id. */
  readonly id: Scalars['ID']['output'];
  /** READY, NOT_READY or DELAYED. */
  readonly decision: DischargeReadiness;
  /** The disposition (FHIR discharge-disposition code), if given. */
  readonly disposition?: Maybe<DischargeDisposition>;
  /** Why. */
  readonly rationale: Reason;
  /** The assessments and reviews it rests on. */
  readonly evidenceEventIds: ReadonlyArray<Scalars['ID']['output']>;
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when the entry was marked as entered in error. */
  readonly enteredInError: Scalars['Boolean']['output'];
  /** The mark that withdrew it as entered in error (who, when, why); null while it stands. The entry stays, labelled. */
  readonly markedInError?: Maybe<EntryInErrorMark>;
  /** The corrections of it, oldest first, with their author, times and each field before and after; the fields above show the result, the first before keeps the original. */
  readonly corrections: ReadonlyArray<EntryCorrection>;
  /** The amendment requests that name this entry (see Case.amendments). */
  readonly amendmentIds: ReadonlyArray<Scalars['ID']['output']>;
};

/** One case in a page, with its cursor. */
export type CaseEdge = {
  readonly __typename?: 'CaseEdge';
  /** Opaque cursor of this case, for `after`. */
  readonly cursor: Scalars['String']['output'];
  /** The case. */
  readonly node: Case;
};

/** A page of cases, newest admission first. */
export type CaseConnection = {
  readonly __typename?: 'CaseConnection';
  /** The cases of the page with their cursors. */
  readonly edges: ReadonlyArray<CaseEdge>;
  /** Where the page sits in the whole list. */
  readonly pageInfo: PageInfo;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type Query = {
  readonly __typename?: 'Query';
  /** Each projection's state, position and lag: whether the read models are up to date. */
  readonly projections: ReadonlyArray<ProjectionStatus>;
  /**
   * Auditors only: the access log (every read of patient data and every refused attempt), filtered
   * by any recorded field, sorted by one, newest first by default.
   */
  readonly accessLog: AccessLogConnection;
  /**
   * Auditors only: every recorded change to patient records (who, when in both times, what, why,
   * under which request), filtered by any of those and sorted by one, newest first by default.
   */
  readonly auditTrail: DecisionConnection;
  /** A case by id as the read models show it; null when no such case is known. */
  readonly case?: Maybe<Case>;
  /** The caller's caseload: cases they are primary case manager of or currently on the care team of. */
  readonly caseload: CaseConnection;
  /**
   * The trace of one decision by its event id: what it rested on as it stood then, and what was
   * recorded after it. Needs the same access as the decision's case (a case the caller may not read
   * is NOT_FOUND) and is recorded in the access log; an event that is not such a decision is
   * BAD_USER_INPUT.
   */
  readonly decisionTrace: DecisionTrace;
  /** One recorded event by its id; null when no such event is known. */
  readonly event?: Maybe<RecordedEvent>;
  /**
   * Verifies one stream's tamper evidence (auditors only): its hash chain from revision 0, and its
   * last link signed by an integrity checkpoint. Stream ids: patient-<id>, case-<id>, access-<id>,
   * integrity-checkpoints. `npm run verify` checks the whole store.
   */
  readonly verifyIntegrity: IntegrityReport;
  /**
   * One stream's events exactly as stored, with the signed checkpoints and Merkle inclusion proofs
   * that verify them offline (auditors only): save it and run `npm run verify -- --bundle FILE`, or
   * follow docs/integrity.md. Reading it is recorded in the patient's access log.
   */
  readonly integrityEvidence: Scalars['JSON']['output'];
  /**
   * Quality analysts (de-identified) and auditors: outcome measures (docs/measures.md) over the units
   * anchored in [from, to), for a cohort, grouped by month or a case attribute. Care-team roles and
   * admins are refused (FORBIDDEN). Figures are counts, not a read of any one patient's record; the
   * drill-down (`OutcomeFigure.cases`) is, and is recorded.
   */
  readonly outcomes: OutcomeReport;
  /** A patient by id; null when no such patient is known. */
  readonly patient?: Maybe<Patient>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryAccessLogArgs = {
  filter?: InputMaybe<AccessLogFilter>;
  orderBy?: InputMaybe<AccessLogOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryAuditTrailArgs = {
  filter?: InputMaybe<AuditTrailFilter>;
  orderBy?: InputMaybe<AuditTrailOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
  atPosition?: InputMaybe<Scalars['String']['input']>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryCaseloadArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryDecisionTraceArgs = {
  eventId: Scalars['ID']['input'];
  atPosition?: InputMaybe<Scalars['String']['input']>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryVerifyIntegrityArgs = {
  streamId: Scalars['String']['input'];
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryIntegrityEvidenceArgs = {
  streamId: Scalars['String']['input'];
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryOutcomesArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  measures?: InputMaybe<ReadonlyArray<MeasureSelection>>;
  filter?: InputMaybe<OutcomeCohortFilter>;
  groupBy?: InputMaybe<OutcomeGrouping>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * caretrail's queries: patient timelines, current case plans, decision history and the state of the
 * read models. Lists are Relay cursor connections.
 */
export type QueryPatientArgs = {
  id: Scalars['ID']['input'];
  atPosition?: InputMaybe<Scalars['String']['input']>;
};

/** Who recorded an event: taken from the authenticated caller, never from input. */
export type Actor = {
  readonly __typename?: 'Actor';
  /** The user's id. */
  readonly userId: Scalars['String']['output'];
  /** The user's role when they acted: case_manager, clinician, auditor, quality_analyst or admin. */
  readonly role: Scalars['String']['output'];
  /** The user this one acted for, if any. */
  readonly onBehalfOf?: Maybe<Scalars['String']['output']>;
};

/** Why something was decided or changed. */
export type Reason = {
  readonly __typename?: 'Reason';
  /** The reason in words. */
  readonly text: Scalars['String']['output'];
  /** A code for the reason from a local code system, if given. */
  readonly code?: Maybe<Scalars['String']['output']>;
};

/**
 * The trace of one decision (a discharge decision, a care-plan revision, a utilization review or a
 * payer determination), for auditors: the decision, who made it, when and why; the evidence it rests
 * on as it stood when it was recorded; and, apart from that, what was recorded after it that the
 * decider could not have known.
 */
export type DecisionTrace = {
  readonly __typename?: 'DecisionTrace';
  /** The decision as recorded, with its full envelope and data. */
  readonly decision: RecordedEvent;
  /** The decision's type: DischargeDecisionMade, CarePlanRevised, UtilizationReviewPerformed or PayerDeterminationRecorded. */
  readonly decisionType: Scalars['String']['output'];
  /** One line describing the decision. */
  readonly summary: Scalars['String']['output'];
  /** Who made it (from the authenticated caller, never from input). */
  readonly actor: Actor;
  /** Valid time: when it was made clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded; the line between what the decider knew and what came later. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** Why: the reason given with the decision, or its rationale. */
  readonly reason?: Maybe<Reason>;
  /** The evidence it cites, in the order cited, each as it stood when the decision was recorded. */
  readonly evidence: ReadonlyArray<TracedEvidence>;
  /** What was recorded after the decision that the decider could not have known, in the order it was recorded. */
  readonly learnedLater: ReadonlyArray<LearnedLater>;
  /** The whole case as it stood just before the decision was recorded (folded from the stream up to it). */
  readonly caseAtDecision?: Maybe<CaseSnapshot>;
};

/** One piece of evidence a decision cites, as it stood when the decision was recorded. */
export type TracedEvidence = {
  readonly __typename?: 'TracedEvidence';
  /** The id of the evidence event. */
  readonly eventId: Scalars['ID']['output'];
  /** The evidence's type, e.g. AssessmentRecorded. */
  readonly type: Scalars['String']['output'];
  /** The stream revision the decision pinned it to; null for decisions recorded before evidence was pinned. */
  readonly pinnedRevision?: Maybe<Scalars['Int']['output']>;
  /** The revision of the latest correction of it the decision pinned, if it had been corrected; null otherwise and for unpinned decisions. */
  readonly pinnedCorrectionRevision?: Maybe<Scalars['Int']['output']>;
  /** True when the pinned revision holds this event and the pinned correction is the latest one recorded before the decision; false for unpinned decisions. */
  readonly pinVerified: Scalars['Boolean']['output'];
  /** The evidence as originally recorded, with its envelope. */
  readonly recorded: RecordedEvent;
  /** Its data with only the corrections recorded before the decision applied: what the decider saw. */
  readonly dataAtDecision: Scalars['JSON']['output'];
  /** One line describing it as the decider saw it. */
  readonly summaryAtDecision: Scalars['String']['output'];
  /** True when it had already been corrected when the decision was recorded. */
  readonly correctedBeforeDecision: Scalars['Boolean']['output'];
  /** The corrections of it recorded before the decision (and not withdrawn by then), in the order recorded. */
  readonly correctionsBeforeDecision: ReadonlyArray<RecordedEvent>;
  /** True when it had been marked in error before the decision (possible only for decisions recorded before evidence was checked). */
  readonly markedInErrorBeforeDecision: Scalars['Boolean']['output'];
};

/** Why something recorded after a decision matters to it. */
export type LearnedLaterKind =
  /** A correction of cited evidence (or the withdrawal of a correction the decider saw). */
  | 'EVIDENCE_CORRECTED'
  /** Cited evidence marked as entered in error. */
  | 'EVIDENCE_MARKED_IN_ERROR'
  /** An entry that occurred at or before the decision but was recorded after it. */
  | 'LATE_ENTRY'
  /** A newer entry of a kind the decision cites (same type; for assessments, the same instrument), recorded before the next decision of the same type. */
  | 'NEWER_EVIDENCE';

/** Something recorded after a decision that the decider could not have known. */
export type LearnedLater = {
  readonly __typename?: 'LearnedLater';
  /** Why it is listed. */
  readonly kind: LearnedLaterKind;
  /** The event, with its envelope: who recorded it and when (both times). */
  readonly event: RecordedEvent;
  /** One line describing it. */
  readonly summary: Scalars['String']['output'];
  /** The cited evidence it concerns, for corrections and in-error marks of evidence. */
  readonly evidenceEventId?: Maybe<Scalars['ID']['output']>;
  /** Why it matters to the decision, in words (event types and times only). */
  readonly whyItMatters: Scalars['String']['output'];
};

/** One row of a case's decision and audit trail: who changed what, when (both times), why and how. */
export type Decision = {
  readonly __typename?: 'Decision';
  /** The id of the event that recorded the change. */
  readonly eventId: Scalars['ID']['output'];
  /** The event's type, e.g. CarePlanRevised. */
  readonly eventType: Scalars['String']['output'];
  /** decision (a revision, correction, closure or clinical decision) or record (everything else). */
  readonly category: Scalars['String']['output'];
  /** The stream (case or patient record) the event belongs to. */
  readonly streamId: Scalars['String']['output'];
  /** The patient the record belongs to. */
  readonly patientId: Scalars['ID']['output'];
  /** The case, for entries of a case's record; null for the patient's own record. */
  readonly caseId?: Maybe<Scalars['ID']['output']>;
  /** The event's place in the case stream. */
  readonly revision: Scalars['Int']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** Who made it. */
  readonly actor: Actor;
  /** Why: the envelope's reason, or the rationale the event carries. */
  readonly reason?: Maybe<Reason>;
  /** What changed, before and after, as JSON; null where the event itself says it all. */
  readonly changes?: Maybe<Scalars['JSON']['output']>;
  /** For corrections and in-error marks: the entry they act on. */
  readonly targetEventId?: Maybe<Scalars['ID']['output']>;
  /** The idempotency key of the command that made it. */
  readonly commandId: Scalars['String']['output'];
  /** Traces the request that led to it. */
  readonly correlationId: Scalars['String']['output'];
  /** The event or command that caused it, if any. */
  readonly causationId?: Maybe<Scalars['String']['output']>;
};

/** One decision-trail row in a page, with its cursor. */
export type DecisionEdge = {
  readonly __typename?: 'DecisionEdge';
  /** Opaque cursor of this row, for `after`. */
  readonly cursor: Scalars['String']['output'];
  /** The row. */
  readonly node: Decision;
};

/** A page of a case's decision trail, in the order it was recorded. */
export type DecisionConnection = {
  readonly __typename?: 'DecisionConnection';
  /** The rows of the page with their cursors. */
  readonly edges: ReadonlyArray<DecisionEdge>;
  /** Where the page sits in the whole trail. */
  readonly pageInfo: PageInfo;
};

/** One recorded event in a page, with its cursor. */
export type EventEdge = {
  readonly __typename?: 'EventEdge';
  /** Opaque cursor of this event, for `after`. */
  readonly cursor: Scalars['String']['output'];
  /** The event with its full envelope. */
  readonly node: RecordedEvent;
};

/** A page of a stream's recorded events, in stream order. */
export type EventConnection = {
  readonly __typename?: 'EventConnection';
  /** The events of the page with their cursors. */
  readonly edges: ReadonlyArray<EventEdge>;
  /** Where the page sits in the whole stream. */
  readonly pageInfo: PageInfo;
};

/**
 * A disclosure of the patient's data outside caretrail, for the accounting of disclosures a patient
 * may ask for (HIPAA 45 CFR 164.528): when, to whom, what and why. Today these are the payer reports
 * recorded on the patient's cases.
 */
export type Disclosure = {
  readonly __typename?: 'Disclosure';
  /** The event that recorded it (see `event(id)`). */
  readonly eventId: Scalars['ID']['output'];
  /** The case it was made from. */
  readonly caseId: Scalars['ID']['output'];
  /** When it was made. */
  readonly disclosedAt: Scalars['DateTime']['output'];
  /** When it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** To whom: the recipient, e.g. the payer. */
  readonly recipient: Scalars['String']['output'];
  /** What: the kind of report. */
  readonly what: Scalars['String']['output'];
  /** The period of care it covered. */
  readonly period?: Maybe<Scalars['JSON']['output']>;
  /** Why. */
  readonly purpose: DisclosurePurpose;
  /** SHA-256 of the content disclosed, to match it with the copy kept. */
  readonly contentHash: Scalars['String']['output'];
  /** Whether the record of it was later marked entered in error (it stays listed, labelled). */
  readonly enteredInError: Scalars['Boolean']['output'];
};

/**
 * One immutable event as the store recorded it, with its full envelope: what happened, to which
 * stream, who recorded it, when it happened (occurredAt) and when the system learned of it
 * (recordedAt), why, and under which command.
 */
export type RecordedEvent = {
  readonly __typename?: 'RecordedEvent';
  /** The event's id. */
  readonly id: Scalars['ID']['output'];
  /** Its type, a past-tense name from the event catalogue, e.g. GoalSet or DischargeDecisionMade. */
  readonly type: Scalars['String']['output'];
  /** The version of the type's data schema the data is in (after upcasting). */
  readonly schemaVersion: Scalars['Int']['output'];
  /** The stream it belongs to: patient-<uuid> or case-<uuid>. */
  readonly streamId: Scalars['String']['output'];
  /** Its 0-based place in the stream. */
  readonly revision: Scalars['Int']['output'];
  /** Its place in the store's global order; opaque, comparable only by the server. */
  readonly position: Scalars['String']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when the store accepted it. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  readonly actor: Actor;
  /** Why, where a reason was given. */
  readonly reason?: Maybe<Reason>;
  /** The idempotency key of the command that produced it. */
  readonly commandId: Scalars['String']['output'];
  /** Traces the request that led to it. */
  readonly correlationId: Scalars['String']['output'];
  /** The event or command that caused it, if any. */
  readonly causationId?: Maybe<Scalars['String']['output']>;
  /** The event's data, as its type's schema defines it. */
  readonly data: Scalars['JSON']['output'];
};

/** What a verification found: VERIFIED, or every broken link (up to 100) with where it is. */
export type IntegrityReport = {
  readonly __typename?: 'IntegrityReport';
  /** True when every link and every checkpoint holds. */
  readonly verified: Scalars['Boolean']['output'];
  /** How many events were checked. */
  readonly eventsChecked: Scalars['Int']['output'];
  /** How many streams those events belong to. */
  readonly streamsChecked: Scalars['Int']['output'];
  /** How many checkpoints were read. */
  readonly checkpointsChecked: Scalars['Int']['output'];
  /** Events recorded after the last checkpoint naming the stream: chained, not yet signed. */
  readonly eventsAfterLastCheckpoint: Scalars['Int']['output'];
  /** The first break, in store order; null when verified. */
  readonly firstBreak?: Maybe<IntegrityBreak>;
  /** Every break found, up to 100. */
  readonly breaks: ReadonlyArray<IntegrityBreak>;
};

/** One broken link: what is wrong and where. */
export type IntegrityBreak = {
  readonly __typename?: 'IntegrityBreak';
  /**
   * unreadable, unchained, revision-gap, revision-out-of-order, previous-hash-mismatch,
   * content-hash-mismatch, checkpoint-unreadable, checkpoint-signature-invalid,
   * checkpoint-untrusted-key, checkpoint-chain-broken, checkpoint-root-mismatch,
   * checkpoint-head-mismatch or inclusion-proof-invalid (see docs/integrity.md).
   */
  readonly problem: Scalars['String']['output'];
  /** The stream where the break shows, when it is in one. */
  readonly streamId?: Maybe<Scalars['String']['output']>;
  /** The stream revision where the break shows. */
  readonly revision?: Maybe<Scalars['Int']['output']>;
  /** The store position of the event (for a checkpoint: the end of its range). */
  readonly position?: Maybe<Scalars['String']['output']>;
  /** The event's id, when it could be read. */
  readonly eventId?: Maybe<Scalars['ID']['output']>;
  /** The checkpoint concerned, if any. */
  readonly checkpointSequence?: Maybe<Scalars['Int']['output']>;
  /** What does not hold, in words. */
  readonly detail: Scalars['String']['output'];
};

/** Who asked for an amendment or filed a statement of disagreement. */
export type AmendmentRequesterKind =
  /** The patient. */
  | 'PATIENT'
  /** A personal representative acting for the patient. */
  | 'PERSONAL_REPRESENTATIVE';

/** The grounds on which HIPAA (45 CFR 164.526(a)(2)) lets a request be denied. */
export type AmendmentDenialBasis =
  /** The entry was not created by us (and its originator is available to act on the request). */
  | 'NOT_CREATED_BY_US'
  /** The entry is not part of the designated record set. */
  | 'NOT_IN_DESIGNATED_RECORD_SET'
  /** The entry would not be available for inspection under 164.524. */
  | 'NOT_AVAILABLE_FOR_INSPECTION'
  /** The entry is accurate and complete. */
  | 'ACCURATE_AND_COMPLETE';

/** The patient or their personal representative. */
export type AmendmentRequesterInput = {
  /** Patient or personal representative. */
  readonly kind: AmendmentRequesterKind;
  /** Their name, if given. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** A representative's relationship to the patient, if given. */
  readonly relationship?: InputMaybe<Scalars['String']['input']>;
};

/** Records a patient's request to amend entries of the case (HIPAA right to amend); allowed on a closed case. Due 60 days after receipt. */
export type RequestAmendmentInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The entries of the case the patient asks to amend (BAD_USER_INPUT at targetEventIds.<index> for one not in the case). */
  readonly targetEventIds: ReadonlyArray<Scalars['ID']['input']>;
  /** What the patient asks to change. */
  readonly requestedChange: Scalars['String']['input'];
  /** Why, in the patient's words. */
  readonly justification: Scalars['String']['input'];
  /** When the request was received: the 60 days run from here. */
  readonly receivedAt: Scalars['DateTime']['input'];
  /** Who asked. */
  readonly requestedBy: AmendmentRequesterInput;
};

/** Extends an amendment request's deadline once, by 1 to 30 days, before it passes, with a reason. */
export type ExtendAmendmentDeadlineInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the extension is needed (told to the patient). */
  readonly reason: ReasonInput;
  /** The request. */
  readonly amendmentId: Scalars['ID']['input'];
  /** How many days (1 to 30). */
  readonly extensionDays: Scalars['Int']['input'];
};

/** Accepts a pending amendment request, linking the corrections and in-error marks that made it. */
export type AcceptAmendmentInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The request. */
  readonly amendmentId: Scalars['ID']['input'];
  /** The EntryCorrected/EntryMarkedInError events that made the amendment; each must act on an entry the request names. */
  readonly correctionEventIds: ReadonlyArray<Scalars['ID']['input']>;
  /** A note on the acceptance, if any. */
  readonly note?: InputMaybe<Scalars['String']['input']>;
};

/** Denies a pending amendment request on one of the grounds the rule allows. */
export type DenyAmendmentInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The request. */
  readonly amendmentId: Scalars['ID']['input'];
  /** The ground of the denial. */
  readonly basis: AmendmentDenialBasis;
  /** The explanation given to the patient. */
  readonly explanation: Scalars['String']['input'];
};

/** Files the patient's statement of disagreement with a denial (once, after the denial). */
export type FileDisagreementStatementInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The denied request. */
  readonly amendmentId: Scalars['ID']['input'];
  /** The statement, in the patient's words. */
  readonly statement: Scalars['String']['input'];
  /** Who filed it. */
  readonly filedBy: AmendmentRequesterInput;
};

/** Records the rebuttal of a statement of disagreement (once, after the statement). */
export type RecordAmendmentRebuttalInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The request. */
  readonly amendmentId: Scalars['ID']['input'];
  /** The rebuttal. */
  readonly rebuttal: Scalars['String']['input'];
};

/** Records a scored assessment with a standard or local instrument. */
export type RecordAssessmentInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The instrument used. */
  readonly instrument: InstrumentInput;
  /** The item scores (at most 100); each is checked against the instrument's range. */
  readonly items?: InputMaybe<ReadonlyArray<AssessmentItemInput>>;
  /** The total score; summed from the items when left out. */
  readonly total?: InputMaybe<Scalars['Float']['input']>;
  /** The severity band, if the assessor names one. */
  readonly band?: InputMaybe<Scalars['String']['input']>;
  /** Free-text notes. */
  readonly notes?: InputMaybe<Scalars['String']['input']>;
};

/** Places the patient in a risk tier. */
export type StratifyRiskInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The risk tier. */
  readonly tier: RiskTier;
  /** What the stratification rests on, in words. */
  readonly basis: Scalars['String']['input'];
  /** The assessments it rests on (ids of AssessmentRecorded events' assessmentId). */
  readonly assessmentIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** Records a problem the case addresses. */
export type IdentifyProblemInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The problem in words. */
  readonly description: Scalars['String']['input'];
  /** The kind of problem. */
  readonly category: ProblemCategory;
  /** A code for the problem, e.g. from SNOMED CT. */
  readonly code?: InputMaybe<CodingInput>;
};

/** Marks a problem resolved. */
export type ResolveProblemInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The problem. */
  readonly problemId: Scalars['ID']['input'];
  /** How it was resolved. */
  readonly resolution?: InputMaybe<Scalars['String']['input']>;
};

/** An assessment instrument: a standard one by code, or a custom one with its name and range. */
export type InstrumentInput = {
  /** The instrument's code: PHQ_9 is PHQ-9, GAD_7 is GAD-7; CUSTOM needs name, min and max. */
  readonly code: InstrumentCode;
  /** A custom instrument's name. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** A custom instrument's lowest score. */
  readonly min?: InputMaybe<Scalars['Float']['input']>;
  /** A custom instrument's highest score. */
  readonly max?: InputMaybe<Scalars['Float']['input']>;
};

/** One item's score. */
export type AssessmentItemInput = {
  /** The item's id within the instrument, e.g. q1. */
  readonly itemId: Scalars['String']['input'];
  /** The item's score. */
  readonly score: Scalars['Float']['input'];
};

/** A FHIR Coding: a code from a code system. */
export type CodingInput = {
  /** The code system's URI. */
  readonly system: Scalars['String']['input'];
  /** The code. */
  readonly code: Scalars['String']['input'];
  /** The code's display text. */
  readonly display?: InputMaybe<Scalars['String']['input']>;
};

/** An assessment instrument (the domain code upper-cased, - as _). */
export type InstrumentCode = 'PHQ_9' | 'GAD_7' | 'LACE' | 'MORSE' | 'BARTHEL' | 'CUSTOM';

/** A risk tier (the domain code upper-cased, - as _). */
export type RiskTier = 'LOW' | 'MODERATE' | 'HIGH' | 'VERY_HIGH';

/** A kind of problem (the domain code upper-cased, - as _). */
export type ProblemCategory =
  | 'MEDICAL'
  | 'FUNCTIONAL'
  | 'PSYCHOSOCIAL'
  | 'BEHAVIORAL_HEALTH'
  | 'FINANCIAL'
  | 'ENVIRONMENTAL'
  | 'KNOWLEDGE_DEFICIT'
  | 'CARE_ACCESS'
  | 'OTHER';

/** Drafts a care plan for the case. */
export type DraftCarePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The plan's title. */
  readonly title: Scalars['String']['input'];
  /** What the plan is about. */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** The days the plan covers. */
  readonly period?: InputMaybe<DatePeriodInput>;
};

/** Puts a drafted care plan into effect. */
export type ActivateCarePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The care plan. */
  readonly carePlanId: Scalars['ID']['input'];
};

/** Revises the active care plan: what changed and why. */
export type ReviseCarePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the plan is revised. */
  readonly reason: ReasonInput;
  /** The care plan. */
  readonly carePlanId: Scalars['ID']['input'];
  /** The revision in a sentence. */
  readonly summary: Scalars['String']['input'];
  /** Each change (at least one, at most 100). */
  readonly changes: ReadonlyArray<PlanChangeInput>;
  /** The events that led to the revision; each is pinned to its revision and latest correction, and shows in decisionTrace. Entries of other cases and entries marked in error are refused (BAD_USER_INPUT at triggeringEventIds.<index>). */
  readonly triggeringEventIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** Puts the active care plan on hold. */
export type SuspendCarePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the plan is suspended. */
  readonly reason: ReasonInput;
  /** The care plan. */
  readonly carePlanId: Scalars['ID']['input'];
};

/** Resumes a suspended care plan. */
export type ResumeCarePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The care plan. */
  readonly carePlanId: Scalars['ID']['input'];
};

/** Closes a care plan as completed or revoked. */
export type CloseCarePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the plan is closed. */
  readonly reason: ReasonInput;
  /** The care plan. */
  readonly carePlanId: Scalars['ID']['input'];
  /** Completed or revoked. */
  readonly outcome: CarePlanCloseOutcome;
};

/** One change of a revision: which part of the plan, what it said before and after. */
export type PlanChangeInput = {
  /** The part of the plan that changed, e.g. goals/2/target. */
  readonly path: Scalars['String']['input'];
  /** What it said before, if anything. */
  readonly before?: InputMaybe<Scalars['String']['input']>;
  /** What it says now, if anything. */
  readonly after?: InputMaybe<Scalars['String']['input']>;
};

/** How a care plan ended (the domain code upper-cased, - as _). */
export type CarePlanCloseOutcome = 'COMPLETED' | 'REVOKED';

/** Adds a member to the case's care team. */
export type AssignCareTeamMemberInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The member's id (a caretrail user id or an outside party's identifier). */
  readonly memberId: Scalars['String']['input'];
  /** The member's display name. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** The member's role on the team. */
  readonly role: CareTeamRole;
  /** When the membership starts; defaults to when the command happened. */
  readonly from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Ends a member's place on the care team. */
export type ReleaseCareTeamMemberInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The member. */
  readonly memberId: Scalars['String']['input'];
  /** When the membership ends; defaults to when the command happened. */
  readonly until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Opens a case-management episode for a registered patient: the start of a case stream. */
export type OpenCaseInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The new case's id (a uuid chosen by the caller). */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The registered patient the case is for; NOT_FOUND when no such patient is registered. */
  readonly patientId: Scalars['ID']['input'];
  /** The case-management program, e.g. transitions-of-care. */
  readonly program: Scalars['String']['input'];
  /** Who referred the patient. */
  readonly referralSource: ReferralSourceInput;
  /** When the patient was admitted. */
  readonly admittedAt: Scalars['DateTime']['input'];
  /** Planned, unplanned or emergency. */
  readonly admissionType: AdmissionType;
  /** The case manager responsible for the case. */
  readonly primaryCaseManager: UserRefInput;
};

/** Closes the case with its outcome. */
export type CloseCaseInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the case is closed. */
  readonly reason: ReasonInput;
  /** How the episode ended. */
  readonly outcome: CaseOutcome;
};

/** Who referred the patient to case management. */
export type ReferralSourceInput = {
  /** The kind of referrer. */
  readonly kind: ReferralSourceKind;
  /** More about the referrer, e.g. a department. */
  readonly detail?: InputMaybe<Scalars['String']['input']>;
};

/** A kind of referrer (the domain code upper-cased, - as _). */
export type ReferralSourceKind =
  | 'PHYSICIAN'
  | 'HOSPITAL'
  | 'EMERGENCY_DEPARTMENT'
  | 'PAYER'
  | 'COMMUNITY_AGENCY'
  | 'SELF'
  | 'FAMILY'
  | 'OTHER';

/** How the patient was admitted (the domain code upper-cased, - as _). */
export type AdmissionType = 'PLANNED' | 'UNPLANNED' | 'EMERGENCY';

/** How a case-management episode ended (the domain code upper-cased, - as _). */
export type CaseOutcome =
  | 'GOALS_MET'
  | 'GOALS_PARTIALLY_MET'
  | 'GOALS_NOT_MET'
  | 'TRANSFERRED'
  | 'PATIENT_DECLINED'
  | 'PATIENT_DECEASED'
  | 'LOST_TO_FOLLOW_UP'
  | 'OTHER';

/** Why something was decided or changed: required by revisions, corrections, decisions and closures. */
export type ReasonInput = {
  /** The reason in words (at most 4000 characters). */
  readonly text: Scalars['String']['input'];
  /** A code for the reason from a local code system, if any (at most 200 characters). */
  readonly code?: InputMaybe<Scalars['String']['input']>;
};

/** A period of dates (YYYY-MM-DD); open-ended when end is absent. */
export type DatePeriodInput = {
  /** The first day, YYYY-MM-DD. */
  readonly start: Scalars['String']['input'];
  /** The last day, YYYY-MM-DD; absent while the period is open. */
  readonly end?: InputMaybe<Scalars['String']['input']>;
};

/** A caretrail user, by the identity provider's id. */
export type UserRefInput = {
  /** The user's id at the identity provider. */
  readonly userId: Scalars['String']['input'];
  /** The user's display name, if given. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
};

/** A care team member's role as the case manager names it (the domain code upper-cased, - as _). */
export type CareTeamRole =
  | 'CASE_MANAGER'
  | 'PHYSICIAN'
  | 'NURSE'
  | 'SOCIAL_WORKER'
  | 'PHARMACIST'
  | 'THERAPIST'
  | 'FAMILY_CAREGIVER'
  | 'PAYER_CONTACT'
  | 'OTHER';

/** Corrects top-level fields of an earlier entry of the case; the original stays in the history. */
export type CorrectEntryInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the entry is corrected. */
  readonly reason: ReasonInput;
  /** The event to correct. */
  readonly targetEventId: Scalars['ID']['input'];
  /** The corrected fields and their new values (1 to 100 fields), checked against the target's schema. */
  readonly correctedData: Scalars['JSON']['input'];
};

/** Marks an earlier entry of the case as entered in error; the original stays in the history. */
export type MarkEntryInErrorInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the entry was in error. */
  readonly reason: ReasonInput;
  /** The event entered in error. */
  readonly targetEventId: Scalars['ID']['input'];
};

/** States the whole current discharge plan; left-out lists are empty. */
export type UpdateDischargePlanInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The expected discharge day, YYYY-MM-DD. */
  readonly expectedDate?: InputMaybe<Scalars['String']['input']>;
  /** Where the patient is expected to go. */
  readonly plannedDisposition?: InputMaybe<DischargeDisposition>;
  /** Services arranged for after discharge. */
  readonly servicesArranged?: InputMaybe<ReadonlyArray<ArrangedServiceInput>>;
  /** Follow-up appointments. */
  readonly followUps?: InputMaybe<ReadonlyArray<FollowUpInput>>;
  /** Barriers to discharge, each in a line. */
  readonly barriers?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** The caregiver after discharge. */
  readonly caregiver?: InputMaybe<CaregiverInput>;
  /** The patient's choice of post-acute provider. */
  readonly patientChoice?: InputMaybe<PatientChoiceInput>;
};

/** Records whether the patient is ready for discharge. */
export type RecordDischargeDecisionInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The decision's rationale. */
  readonly reason: ReasonInput;
  /** Ready, not ready or delayed. */
  readonly decision: DischargeReadiness;
  /** Where the patient is to go. */
  readonly disposition?: InputMaybe<DischargeDisposition>;
  /** Events of the case the decision rests on (assessments, findings, reviews, determinations, the discharge plan); each is pinned to its revision and latest correction, and shows in decisionTrace. Entries of other cases, entries marked in error and other kinds are refused (BAD_USER_INPUT at evidenceEventIds.<index>). */
  readonly evidenceEventIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** Records the patient's discharge. */
export type DischargePatientInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** Where the patient went. */
  readonly disposition: DischargeDisposition;
  /** When; defaults to when the command happened. */
  readonly dischargedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A service arranged for after discharge. */
export type ArrangedServiceInput = {
  /** The service, e.g. home oxygen. */
  readonly service: Scalars['String']['input'];
  /** Who provides it. */
  readonly provider?: InputMaybe<Scalars['String']['input']>;
  /** When it starts, YYYY-MM-DD. */
  readonly startDate?: InputMaybe<Scalars['String']['input']>;
};

/** A follow-up appointment. */
export type FollowUpInput = {
  /** With whom. */
  readonly with: Scalars['String']['input'];
  /** On which day, YYYY-MM-DD. */
  readonly date?: InputMaybe<Scalars['String']['input']>;
  /** What for. */
  readonly purpose?: InputMaybe<Scalars['String']['input']>;
};

/** The caregiver after discharge. */
export type CaregiverInput = {
  /** Their relationship to the patient. */
  readonly relationship: Scalars['String']['input'];
  /** Their name. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** Whether they confirmed they will care. */
  readonly confirmed: Scalars['Boolean']['input'];
};

/** Patient choice of post-acute provider. */
export type PatientChoiceInput = {
  /** Whether options were offered. */
  readonly optionsOffered: Scalars['Boolean']['input'];
  /** What the patient chose. */
  readonly choice?: InputMaybe<Scalars['String']['input']>;
};

/** FHIR discharge disposition: HOME, ALT_HOME, OTHER_HCF, HOSP, LONG, AADVICE, EXP, PSY, REHAB, SNF, OTH (the domain code upper-cased, - as _). */
export type DischargeDisposition =
  | 'HOME'
  | 'ALT_HOME'
  | 'OTHER_HCF'
  | 'HOSP'
  | 'LONG'
  | 'AADVICE'
  | 'EXP'
  | 'PSY'
  | 'REHAB'
  | 'SNF'
  | 'OTH';

/** Whether a patient is ready for discharge (the domain code upper-cased, - as _). */
export type DischargeReadiness = 'READY' | 'NOT_READY' | 'DELAYED';

/** Sets a goal of the care plan: proposed unless lifecycleStatus says ACTIVE. */
export type SetGoalInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The goal in words. */
  readonly description: Scalars['String']['input'];
  /** What is measured, the value aimed at and by when. */
  readonly target: GoalTargetInput;
  /** High, medium or low. */
  readonly priority: GoalPriority;
  /** The problems the goal addresses. */
  readonly addresses?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** PROPOSED (the default) or ACTIVE when already agreed. */
  readonly lifecycleStatus?: InputMaybe<NewGoalStatus>;
};

/** Records progress towards an active goal. */
export type RecordGoalProgressInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The goal; it must be active (else INVALID_TRANSITION). */
  readonly goalId: Scalars['ID']['input'];
  /** How the goal is going. */
  readonly achievementStatus: GoalAchievementStatus;
  /** What the progress rests on. */
  readonly evidence: EvidenceInput;
};

/** Moves a goal through its lifecycle. */
export type ChangeGoalStatusInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The goal. */
  readonly goalId: Scalars['ID']['input'];
  /** The new lifecycle status. */
  readonly to: GoalLifecycleStatus;
};

/** A goal's target (FHIR Goal.target). */
export type GoalTargetInput = {
  /** What is measured. */
  readonly measure: Scalars['String']['input'];
  /** The value aimed at, in words. */
  readonly detail?: InputMaybe<Scalars['String']['input']>;
  /** By when, YYYY-MM-DD. */
  readonly dueDate?: InputMaybe<Scalars['String']['input']>;
};

/** Evidence behind a statement: free text, events of the case, or both. */
export type EvidenceInput = {
  /** The evidence in words. */
  readonly text?: InputMaybe<Scalars['String']['input']>;
  /** Events of the case it rests on (at least one when given). */
  readonly eventIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** A goal's priority (the domain code upper-cased, - as _). */
export type GoalPriority = 'HIGH' | 'MEDIUM' | 'LOW';

/** How a goal is going (FHIR goal-achievement) (the domain code upper-cased, - as _). */
export type GoalAchievementStatus =
  | 'IN_PROGRESS'
  | 'IMPROVING'
  | 'WORSENING'
  | 'NO_CHANGE'
  | 'ACHIEVED'
  | 'SUSTAINING'
  | 'NOT_ACHIEVED'
  | 'NO_PROGRESS'
  | 'NOT_ATTAINABLE';

/** A goal's lifecycle status (FHIR Goal.lifecycleStatus) (the domain code upper-cased, - as _). */
export type GoalLifecycleStatus = 'PROPOSED' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';

/** The status a new goal starts in (the domain code upper-cased, - as _). */
export type NewGoalStatus = 'PROPOSED' | 'ACTIVE';

/** Hands the case (or part of it) to another case manager, team or facility, with an I-PASS summary; the sender is the caller. */
export type InitiateHandoffInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** To another case manager, team or facility. */
  readonly kind: HandoffKind;
  /** Who receives the handoff. */
  readonly to: HandoffPartyInput;
  /** Whether the receiver becomes the primary case manager on acceptance. */
  readonly transfersPrimary: Scalars['Boolean']['input'];
  /** The I-PASS summary. */
  readonly ipass: IpassInput;
};

/** Accepts a pending handoff with the receiver's synthesis. */
export type AcceptHandoffInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The handoff. */
  readonly handoffId: Scalars['ID']['input'];
  /** The receiver's synthesis: what they understood. */
  readonly synthesis: Scalars['String']['input'];
};

/** Declines a pending handoff. */
export type DeclineHandoffInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the handoff is declined. */
  readonly reason: ReasonInput;
  /** The handoff. */
  readonly handoffId: Scalars['ID']['input'];
};

/** A party of a handoff: a user, possibly at another organization. */
export type HandoffPartyInput = {
  /** The user's id. */
  readonly userId: Scalars['String']['input'];
  /** The user's display name. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** Their organization, when outside this one. */
  readonly organization?: InputMaybe<Scalars['String']['input']>;
};

/** I-PASS: Illness severity, Patient summary, Action list, Situation awareness and contingency. */
export type IpassInput = {
  /** How ill the patient is. */
  readonly illnessSeverity: IllnessSeverity;
  /** The patient summary. */
  readonly patientSummary: Scalars['String']['input'];
  /** The actions to take (at most 100). */
  readonly actionList: ReadonlyArray<IpassActionInput>;
  /** What is going on now. */
  readonly situationAwareness: Scalars['String']['input'];
  /** What to do if things change. */
  readonly contingency: Scalars['String']['input'];
};

/** One action of an I-PASS action list. */
export type IpassActionInput = {
  /** What to do. */
  readonly action: Scalars['String']['input'];
  /** Who does it. */
  readonly owner: Scalars['String']['input'];
  /** By when. */
  readonly due?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Whom a case is handed to (the domain code upper-cased, - as _). */
export type HandoffKind = 'CASE_MANAGER' | 'TEAM' | 'FACILITY';

/** I-PASS illness severity (the domain code upper-cased, - as _). */
export type IllnessSeverity = 'STABLE' | 'WATCHER' | 'UNSTABLE';

/** Plans an intervention of the care plan. */
export type PlanInterventionInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The kind of intervention. */
  readonly kind: InterventionKind;
  /** What is to be done. */
  readonly description: Scalars['String']['input'];
  /** Who carries it out. */
  readonly performer: PerformerInput;
  /** By when, YYYY-MM-DD. */
  readonly due?: InputMaybe<Scalars['String']['input']>;
  /** The goals it serves. */
  readonly goalIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** Moves an intervention to a new status. */
export type UpdateInterventionStatusInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The intervention. */
  readonly interventionId: Scalars['ID']['input'];
  /** The new status. */
  readonly to: InterventionStatus;
  /** What came of it. */
  readonly outcome?: InputMaybe<Scalars['String']['input']>;
};

/** Who carries an intervention out: a caretrail user, an outside party, or a role. */
export type PerformerInput = {
  /** A caretrail user's id. */
  readonly userId?: InputMaybe<Scalars['String']['input']>;
  /** The performer's name. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** The performer's role. */
  readonly role?: InputMaybe<CareTeamRole>;
  /** The performer's organization. */
  readonly organization?: InputMaybe<Scalars['String']['input']>;
};

/** A kind of intervention (the domain code upper-cased, - as _). */
export type InterventionKind =
  | 'EDUCATION'
  | 'REFERRAL'
  | 'SERVICE'
  | 'MEDICATION_REVIEW'
  | 'FOLLOW_UP'
  | 'ADVOCACY'
  | 'PSYCHOSOCIAL_SUPPORT'
  | 'OTHER';

/** An intervention's status (the domain code upper-cased, - as _). */
export type InterventionStatus =
  'SCHEDULED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED' | 'STOPPED';

/** Logs a contact with the patient, family, a physician, insurer or facility. */
export type LogContactInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** Who was contacted. */
  readonly party: ContactParty;
  /** How. */
  readonly channel: ContactChannel;
  /** Inbound or outbound (the default). */
  readonly direction?: InputMaybe<ContactDirection>;
  /** Whether the party was reached. */
  readonly reached: Scalars['Boolean']['input'];
  /** What the contact was for. */
  readonly purpose: ContactPurpose;
  /** What was said, in words. */
  readonly summary: Scalars['String']['input'];
};

/** Records patient or family education and its teach-back. */
export type RecordEducationInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** What was taught. */
  readonly topic: Scalars['String']['input'];
  /** Who was taught. */
  readonly recipient: EducationRecipient;
  /** How. */
  readonly method: EducationMethod;
  /** How well the recipient could say it back. */
  readonly teachBack: TeachBack;
  /** Free-text notes. */
  readonly notes?: InputMaybe<Scalars['String']['input']>;
};

/** Who a contact was with (the domain code upper-cased, - as _). */
export type ContactParty = 'PATIENT' | 'FAMILY' | 'PHYSICIAN' | 'INSURER' | 'FACILITY' | 'OTHER';

/** How a contact was made (the domain code upper-cased, - as _). */
export type ContactChannel = 'PHONE' | 'IN_PERSON' | 'VIDEO' | 'MESSAGE' | 'LETTER' | 'EMAIL';

/** Who started a contact (the domain code upper-cased, - as _). */
export type ContactDirection = 'INBOUND' | 'OUTBOUND';

/** What a contact was for (the domain code upper-cased, - as _). */
export type ContactPurpose =
  | 'COORDINATION'
  | 'ADVICE_ON_OPTIONS'
  | 'EMOTIONAL_SUPPORT'
  | 'ADVOCACY'
  | 'EDUCATION'
  | 'FOLLOW_UP'
  | 'OTHER';

/** Who was taught (the domain code upper-cased, - as _). */
export type EducationRecipient = 'PATIENT' | 'FAMILY' | 'CAREGIVER' | 'OTHER';

/** How education was given (the domain code upper-cased, - as _). */
export type EducationMethod =
  'VERBAL' | 'WRITTEN' | 'DEMONSTRATION' | 'VIDEO' | 'INTERPRETER_ASSISTED' | 'OTHER';

/** How well the recipient could say back what was taught (the domain code upper-cased, - as _). */
export type TeachBack = 'UNDERSTOOD' | 'PARTIAL' | 'NOT_UNDERSTOOD' | 'NOT_ASSESSED';

/** Registers a patient: the start of a patient stream. */
export type RegisterPatientInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The patient stream's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The new patient's id (a uuid chosen by the caller). */
  readonly patientId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The medical record number. */
  readonly mrn: Scalars['String']['input'];
  /** The patient's name. */
  readonly name: PersonNameInput;
  /** Date of birth, YYYY-MM-DD. */
  readonly birthDate: Scalars['String']['input'];
  /** Administrative gender. */
  readonly sex: AdministrativeGender;
  /** How to reach the patient, if known. */
  readonly contact?: InputMaybe<PatientContactInput>;
};

/** Changes a patient's registration details; only the fields given change. */
export type UpdatePatientDetailsInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The patient stream's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The patient. */
  readonly patientId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The new medical record number. */
  readonly mrn?: InputMaybe<Scalars['String']['input']>;
  /** The new name. */
  readonly name?: InputMaybe<PersonNameInput>;
  /** The corrected date of birth, YYYY-MM-DD. */
  readonly birthDate?: InputMaybe<Scalars['String']['input']>;
  /** The new administrative gender. */
  readonly sex?: InputMaybe<AdministrativeGender>;
  /** The new contact details. */
  readonly contact?: InputMaybe<PatientContactInput>;
};

/** Records a consent the patient gave. */
export type RecordConsentInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The patient stream's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The patient. */
  readonly patientId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** What the consent covers. */
  readonly scope: ConsentScope;
  /** Who the consent is granted to, if it names someone. */
  readonly grantedTo?: InputMaybe<Scalars['String']['input']>;
  /** The days the consent is valid. */
  readonly period: DatePeriodInput;
};

/** Revokes a consent recorded earlier. */
export type RevokeConsentInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The patient stream's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The patient. */
  readonly patientId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the consent was revoked, if given. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The consent, as recordConsent's ConsentRecorded event named it. */
  readonly consentId: Scalars['ID']['input'];
};

/** A person's name as registration records it. */
export type PersonNameInput = {
  /** Given name(s), one line. */
  readonly given: Scalars['String']['input'];
  /** Family name. */
  readonly family: Scalars['String']['input'];
};

/** How to reach a patient. */
export type PatientContactInput = {
  /** A phone number. */
  readonly phone?: InputMaybe<Scalars['String']['input']>;
  /** An email address. */
  readonly email?: InputMaybe<Scalars['String']['input']>;
};

/** FHIR administrative gender (the domain code upper-cased). */
export type AdministrativeGender = 'MALE' | 'FEMALE' | 'OTHER' | 'UNKNOWN';

/** What a consent covers (the domain code upper-cased, - as _). */
export type ConsentScope =
  'TREATMENT' | 'CASE_MANAGEMENT' | 'INFORMATION_SHARING' | 'PAYER_DISCLOSURE';

/** Records a utilization review against a criteria set. */
export type PerformUtilizationReviewInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** Admission, continued-stay or retrospective review. */
  readonly kind: UtilizationReviewKind;
  /** The criteria set applied. */
  readonly criteriaSet: CriteriaSetInput;
  /** Whether the criteria were met. */
  readonly criteriaMet: Scalars['Boolean']['input'];
  /** The level of care the review supports. */
  readonly levelOfCare: LevelOfCare;
  /** When the next review is due, YYYY-MM-DD. */
  readonly nextReviewDue?: InputMaybe<Scalars['String']['input']>;
  /** Events of the case the review rests on: assessments, findings, earlier reviews and decisions; each is pinned to its revision. Entries of other cases, entries marked in error and other kinds are refused (BAD_USER_INPUT at evidenceEventIds.<index>). */
  readonly evidenceEventIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** Free-text notes. */
  readonly notes?: InputMaybe<Scalars['String']['input']>;
};

/** Records a payer's authorization decision. */
export type RecordPayerDeterminationInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The payer. */
  readonly payer: Scalars['String']['input'];
  /** The payer's authorization number. */
  readonly authorizationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Approved, denied, partial or pending. */
  readonly decision: PayerDecision;
  /** Days authorized (0 to 366). */
  readonly authorizedDays?: InputMaybe<Scalars['Int']['input']>;
  /** Why the payer denied, in the payer's words. */
  readonly denialReason?: InputMaybe<Scalars['String']['input']>;
  /** The utilization review the determination answers. */
  readonly reviewId?: InputMaybe<Scalars['ID']['input']>;
  /** Events of the case the determination was recorded on (reviews, earlier determinations, payer reports, findings); each is pinned to its revision. Other kinds, entries of other cases and entries marked in error are refused (BAD_USER_INPUT at evidenceEventIds.<index>). */
  readonly evidenceEventIds?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** Records an avoidable day and who was responsible. */
export type RecordAvoidableDayInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The delay's cause: a code from the local delay taxonomy, plus text. */
  readonly reason: ReasonInput;
  /** The day, YYYY-MM-DD. */
  readonly date: Scalars['String']['input'];
  /** Who was responsible for the delay. */
  readonly responsibleParty: AvoidableDayParty;
};

/** Records a report submitted to a payer: also a disclosure, proved by its hash. */
export type SubmitPayerReportInput = {
  /** Idempotency key: the same id again returns the first outcome (replayed: true) and records nothing new. */
  readonly commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case's revision the caller last saw; any other actual revision is refused with CONFLICT. */
  readonly expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  readonly caseId: Scalars['ID']['input'];
  /** When it happened, for a late entry; defaults to when the server handles the command. */
  readonly occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, if the caller gives a reason. */
  readonly reason?: InputMaybe<ReasonInput>;
  /** The payer. */
  readonly payer: Scalars['String']['input'];
  /** The kind of report. */
  readonly reportType: Scalars['String']['input'];
  /** The days the report covers. */
  readonly period: ClosedDatePeriodInput;
  /** The sha256 of what was sent, 64 lowercase hex digits. */
  readonly contentHash: Scalars['String']['input'];
  /** The purpose of the disclosure (HIPAA accounting). */
  readonly purpose: DisclosurePurpose;
};

/** A published criteria set, e.g. InterQual or MCG, with the edition applied. */
export type CriteriaSetInput = {
  /** The criteria set's name. */
  readonly name: Scalars['String']['input'];
  /** Its edition. */
  readonly version: Scalars['String']['input'];
};

/** A closed period of dates. */
export type ClosedDatePeriodInput = {
  /** The first day, YYYY-MM-DD. */
  readonly from: Scalars['String']['input'];
  /** The last day, YYYY-MM-DD. */
  readonly to: Scalars['String']['input'];
};

/** A kind of utilization review (the domain code upper-cased, - as _). */
export type UtilizationReviewKind = 'ADMISSION' | 'CONTINUED_STAY' | 'RETROSPECTIVE';

/** A level of care (the domain code upper-cased, - as _). */
export type LevelOfCare =
  | 'INPATIENT'
  | 'INTENSIVE_CARE'
  | 'STEP_DOWN'
  | 'OBSERVATION'
  | 'SKILLED_NURSING'
  | 'INPATIENT_REHAB'
  | 'LONG_TERM_ACUTE_CARE'
  | 'HOME_HEALTH'
  | 'OUTPATIENT'
  | 'OTHER';

/** A payer's decision (the domain code upper-cased, - as _). */
export type PayerDecision = 'APPROVED' | 'DENIED' | 'PARTIAL' | 'PENDING';

/** Who was responsible for an avoidable day (the domain code upper-cased, - as _). */
export type AvoidableDayParty =
  | 'PHYSICIAN'
  | 'HOSPITAL'
  | 'PAYER'
  | 'PATIENT_FAMILY'
  | 'POST_ACUTE_PROVIDER'
  | 'COMMUNITY'
  | 'OTHER';

/** The HIPAA purpose of a disclosure (the domain code upper-cased, - as _). */
export type DisclosurePurpose =
  'PAYMENT' | 'TREATMENT' | 'HEALTHCARE_OPERATIONS' | 'QUALITY_REPORTING' | 'OTHER';

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Registers a patient. */
  readonly registerPatient: CommandResult;
  /** Changes a patient's registration details. */
  readonly updatePatientDetails: CommandResult;
  /** Records a consent the patient gave. */
  readonly recordConsent: CommandResult;
  /** Revokes a consent. */
  readonly revokeConsent: CommandResult;
  /** Opens a case for a registered patient (NOT_FOUND otherwise). */
  readonly openCase: CommandResult;
  /** Closes a case with its outcome and reason. */
  readonly closeCase: CommandResult;
  /** Records a scored assessment (PHQ-9, GAD-7, LACE, Morse, Barthel or a custom instrument). */
  readonly recordAssessment: CommandResult;
  /** Places the patient in a risk tier. */
  readonly stratifyRisk: CommandResult;
  /** Records a problem the case addresses. */
  readonly identifyProblem: CommandResult;
  /** Marks a problem resolved. */
  readonly resolveProblem: CommandResult;
  /** Drafts a care plan. */
  readonly draftCarePlan: CommandResult;
  /** Puts a drafted care plan into effect. */
  readonly activateCarePlan: CommandResult;
  /** Revises the active care plan, with the changes and the reason. */
  readonly reviseCarePlan: CommandResult;
  /** Puts the active care plan on hold. */
  readonly suspendCarePlan: CommandResult;
  /** Resumes a suspended care plan. */
  readonly resumeCarePlan: CommandResult;
  /** Closes a care plan as completed or revoked. */
  readonly closeCarePlan: CommandResult;
  /** Sets a goal. */
  readonly setGoal: CommandResult;
  /** Records progress towards an active goal. */
  readonly recordGoalProgress: CommandResult;
  /** Moves a goal through its lifecycle. */
  readonly changeGoalStatus: CommandResult;
  /** Plans an intervention. */
  readonly planIntervention: CommandResult;
  /** Moves an intervention to a new status. */
  readonly updateInterventionStatus: CommandResult;
  /** Adds a member to the care team. */
  readonly assignCareTeamMember: CommandResult;
  /** Ends a member's place on the care team. */
  readonly releaseCareTeamMember: CommandResult;
  /** Logs a contact. */
  readonly logContact: CommandResult;
  /** Records education given and its teach-back. */
  readonly recordEducation: CommandResult;
  /** Records a utilization review. */
  readonly performUtilizationReview: CommandResult;
  /** Records a payer's authorization decision. */
  readonly recordPayerDetermination: CommandResult;
  /** Records an avoidable day. */
  readonly recordAvoidableDay: CommandResult;
  /** Records a report submitted to a payer (a disclosure). */
  readonly submitPayerReport: CommandResult;
  /** Starts a handoff with an I-PASS summary. */
  readonly initiateHandoff: CommandResult;
  /** Accepts a pending handoff. */
  readonly acceptHandoff: CommandResult;
  /** Declines a pending handoff. */
  readonly declineHandoff: CommandResult;
  /** States the current discharge plan. */
  readonly updateDischargePlan: CommandResult;
  /** Records a discharge readiness decision. */
  readonly recordDischargeDecision: CommandResult;
  /** Records the patient's discharge. */
  readonly dischargePatient: CommandResult;
  /** Corrects an earlier entry; the original stays. */
  readonly correctEntry: CommandResult;
  /** Marks an earlier entry as entered in error; the original stays. */
  readonly markEntryInError: CommandResult;
  /** Records a patient's request to amend entries (HIPAA right to amend). */
  readonly requestAmendment: CommandResult;
  /** Extends an amendment request's 60-day deadline once, by up to 30 days. */
  readonly extendAmendmentDeadline: CommandResult;
  /** Accepts an amendment request, linking the corrections that made it. */
  readonly acceptAmendment: CommandResult;
  /** Denies an amendment request, with its basis and explanation. */
  readonly denyAmendment: CommandResult;
  /** Files the patient's statement of disagreement with a denial. */
  readonly fileDisagreementStatement: CommandResult;
  /** Records the rebuttal of a statement of disagreement. */
  readonly recordAmendmentRebuttal: CommandResult;
  /**
   * Emergency ("break-glass") read access to one patient's record for a care-team role that is not on
   * its care team: time-limited, with a mandatory reason, recorded and flagged in the access audit.
   */
  readonly breakGlass: EmergencyAccess;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRegisterPatientArgs = {
  input: RegisterPatientInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationUpdatePatientDetailsArgs = {
  input: UpdatePatientDetailsInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRevokeConsentArgs = {
  input: RevokeConsentInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationCloseCaseArgs = {
  input: CloseCaseInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationStratifyRiskArgs = {
  input: StratifyRiskInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationIdentifyProblemArgs = {
  input: IdentifyProblemInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationResolveProblemArgs = {
  input: ResolveProblemInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationDraftCarePlanArgs = {
  input: DraftCarePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationActivateCarePlanArgs = {
  input: ActivateCarePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationReviseCarePlanArgs = {
  input: ReviseCarePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationSuspendCarePlanArgs = {
  input: SuspendCarePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationResumeCarePlanArgs = {
  input: ResumeCarePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationCloseCarePlanArgs = {
  input: CloseCarePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationSetGoalArgs = {
  input: SetGoalInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordGoalProgressArgs = {
  input: RecordGoalProgressInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationChangeGoalStatusArgs = {
  input: ChangeGoalStatusInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationPlanInterventionArgs = {
  input: PlanInterventionInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationUpdateInterventionStatusArgs = {
  input: UpdateInterventionStatusInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationAssignCareTeamMemberArgs = {
  input: AssignCareTeamMemberInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationReleaseCareTeamMemberArgs = {
  input: ReleaseCareTeamMemberInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationLogContactArgs = {
  input: LogContactInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordEducationArgs = {
  input: RecordEducationInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationPerformUtilizationReviewArgs = {
  input: PerformUtilizationReviewInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordPayerDeterminationArgs = {
  input: RecordPayerDeterminationInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordAvoidableDayArgs = {
  input: RecordAvoidableDayInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationSubmitPayerReportArgs = {
  input: SubmitPayerReportInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationInitiateHandoffArgs = {
  input: InitiateHandoffInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationAcceptHandoffArgs = {
  input: AcceptHandoffInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationDeclineHandoffArgs = {
  input: DeclineHandoffInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationUpdateDischargePlanArgs = {
  input: UpdateDischargePlanInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordDischargeDecisionArgs = {
  input: RecordDischargeDecisionInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationDischargePatientArgs = {
  input: DischargePatientInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationCorrectEntryArgs = {
  input: CorrectEntryInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationMarkEntryInErrorArgs = {
  input: MarkEntryInErrorInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRequestAmendmentArgs = {
  input: RequestAmendmentInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationExtendAmendmentDeadlineArgs = {
  input: ExtendAmendmentDeadlineInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationAcceptAmendmentArgs = {
  input: AcceptAmendmentInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationDenyAmendmentArgs = {
  input: DenyAmendmentInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationFileDisagreementStatementArgs = {
  input: FileDisagreementStatementInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationRecordAmendmentRebuttalArgs = {
  input: RecordAmendmentRebuttalInput;
};

/**
 * caretrail's commands, one mutation each. Every mutation is safe to retry with the same commandId,
 * refuses a stale expectedRevision with CONFLICT, and returns what it recorded with the global
 * position, which a query may pass to read its own writes. Errors carry extensions.code:
 * BAD_USER_INPUT (with field paths), CONFLICT, NOT_FOUND, INVALID_TRANSITION (with the rule),
 * UNAUTHENTICATED.
 */
export type MutationBreakGlassArgs = {
  input: BreakGlassInput;
};

/** What a command recorded: the stream's new revision, the global position and the events. */
export type CommandResult = {
  readonly __typename?: 'CommandResult';
  /** The case the command addressed; null for patient commands. */
  readonly caseId?: Maybe<Scalars['ID']['output']>;
  /** The patient the command addressed; set for patient commands and openCase, else null. */
  readonly patientId?: Maybe<Scalars['ID']['output']>;
  /** The stream written: patient-<uuid> or case-<uuid>. */
  readonly streamId: Scalars['String']['output'];
  /** The command's idempotency key: the one given, or the one the server chose. */
  readonly commandId: Scalars['ID']['output'];
  /** The stream's revision after the command: pass it as expectedRevision to the next one. */
  readonly revision: Scalars['Int']['output'];
  /** The global position of the last event recorded: pass it to a query to read this write. */
  readonly position: Scalars['String']['output'];
  /** True when this commandId had been handled before: nothing new was recorded. */
  readonly replayed: Scalars['Boolean']['output'];
  /** The events the command recorded (the first outcome's events when replayed). */
  readonly events: ReadonlyArray<RecordedEvent>;
};

/** A measure to compute: its id and one version, or every version of it. */
export type MeasureSelection = {
  /** The measure's id, e.g. readmission-30d (see docs/measures.md). */
  readonly id: Scalars['String']['input'];
  /** One version; every version of the measure when absent. */
  readonly version?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Narrows the cohort: a case is kept when, for each list given, its attribute is one of the values
 * listed (a case without the attribute is then left out).
 */
export type OutcomeCohortFilter = {
  /** Programs (CaseOpened.program). */
  readonly programs?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Primary case managers' user ids (at discharge, else at opening). */
  readonly primaryCaseManagers?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Discharge dispositions (FHIR discharge-disposition codes, e.g. home, exp, hosp). */
  readonly dispositions?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Risk tiers (the latest RiskStratified). */
  readonly riskTiers?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Payers (of the case's first payer determination). */
  readonly payers?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

/** What the figures are grouped by. */
export type OutcomeGrouping =
  /** The UTC month (YYYY-MM) of each unit's time anchor. */
  | 'MONTH'
  /** The case's program. */
  | 'PROGRAM'
  /** The case's primary case manager. */
  | 'PRIMARY_CASE_MANAGER'
  /** The case's discharge disposition. */
  | 'DISPOSITION'
  /** The case's risk tier. */
  | 'RISK_TIER'
  /** The case's payer. */
  | 'PAYER';

/** A measure definition and version, as docs/measures.md describes it. */
export type OutcomeMeasure = {
  readonly __typename?: 'OutcomeMeasure';
  /** The measure's id. */
  readonly id: Scalars['String']['output'];
  /** The definition's version: a changed definition is a new version. */
  readonly version: Scalars['Int']['output'];
  /** What it measures, in words. */
  readonly title: Scalars['String']['output'];
  /** What one unit is (discharge, goal, handoff, review, determination, worsening, case). */
  readonly unit: Scalars['String']['output'];
  /** The time anchor that periods and months select on. */
  readonly anchor: Scalars['String']['output'];
  /** The unit of the rate, null when the measure has only a distribution. */
  readonly rateUnit?: Maybe<Scalars['String']['output']>;
  /** The unit of the values behind the distribution, null when there are none. */
  readonly valueUnit?: Maybe<Scalars['String']['output']>;
};

/** Median, mean and 90th percentile (nearest rank) of the counted units' values. */
export type OutcomeDistribution = {
  readonly __typename?: 'OutcomeDistribution';
  /** How many units have a value. */
  readonly n: Scalars['Int']['output'];
  /** The median (the mean of the two middle values for an even count). */
  readonly median: Scalars['Float']['output'];
  /** The mean. */
  readonly mean: Scalars['Float']['output'];
  /** The 90th percentile, nearest rank. */
  readonly p90: Scalars['Float']['output'];
};

/** Units left out of a figure, by reason. */
export type OutcomeExclusion = {
  readonly __typename?: 'OutcomeExclusion';
  /** Why, e.g. death, transfer, pending, no due date. */
  readonly reason: Scalars['String']['output'];
  /** How many units. */
  readonly count: Scalars['Int']['output'];
};

/** A part of a figure's numerator, e.g. avoidable days by responsible party. */
export type OutcomeBreakdown = {
  readonly __typename?: 'OutcomeBreakdown';
  /** What the part is, e.g. party:payer or reason:awaiting-authorization. */
  readonly key: Scalars['String']['output'];
  /** Its share of the numerator. */
  readonly count: Scalars['Int']['output'];
};

/** Why an event is behind a unit. */
export type OutcomeEvidenceRole =
  /** It put the unit in the denominator. */
  | 'DENOMINATOR'
  /** It put the unit in the numerator. */
  | 'NUMERATOR'
  /** It excluded the unit. */
  | 'EXCLUSION';

/** An event behind a unit of a figure. */
export type OutcomeEvidence = {
  readonly __typename?: 'OutcomeEvidence';
  /** The event's id: Query.event or the case's timeline shows it. */
  readonly eventId: Scalars['ID']['output'];
  /** The case whose stream holds it (for a readmission, the readmitting case). */
  readonly caseId: Scalars['ID']['output'];
  /** The event type, e.g. PatientDischarged. */
  readonly type: Scalars['String']['output'];
  /** When it happened (valid time). */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Why it is behind the unit. */
  readonly role: OutcomeEvidenceRole;
};

/** A unit behind a figure: a discharge, goal, handoff, review… of one case. */
export type OutcomeUnit = {
  readonly __typename?: 'OutcomeUnit';
  /** The case (a pseudonym for quality analysts). */
  readonly caseId: Scalars['ID']['output'];
  /** The case's patient (a pseudonym for quality analysts). */
  readonly patientId: Scalars['ID']['output'];
  /** The goal, handoff, review or event id when the unit is not the case itself. */
  readonly unitId?: Maybe<Scalars['ID']['output']>;
  /** Its time anchor. */
  readonly anchorAt: Scalars['DateTime']['output'];
  /** Why it was excluded; null when counted. */
  readonly excludedBy?: Maybe<Scalars['String']['output']>;
  /** What it adds to the numerator. */
  readonly numerator: Scalars['Float']['output'];
  /** What it adds to the denominator. */
  readonly denominator: Scalars['Float']['output'];
  /** Its value (length of stay, hours to contact…), null when none. */
  readonly value?: Maybe<Scalars['Float']['output']>;
  /** The events that put it in the numerator or denominator, or excluded it. */
  readonly events: ReadonlyArray<OutcomeEvidence>;
};

/** A measure's figure for the cohort, or one group of it. */
export type OutcomeFigure = {
  readonly __typename?: 'OutcomeFigure';
  /** The measure's id. */
  readonly measureId: Scalars['String']['output'];
  /** The measure's version. */
  readonly version: Scalars['Int']['output'];
  /** The group's value (YYYY-MM or an attribute value); null when not grouped or for cases without the attribute. */
  readonly group?: Maybe<Scalars['String']['output']>;
  /** Units counted (not excluded). */
  readonly units: Scalars['Int']['output'];
  /** The numerator. */
  readonly numerator: Scalars['Float']['output'];
  /** The denominator. */
  readonly denominator: Scalars['Float']['output'];
  /** numerator ÷ denominator in the measure's rate unit; null without a rate or with a zero denominator. */
  readonly rate?: Maybe<Scalars['Float']['output']>;
  /** The distribution of the counted units' values, null when there are none. */
  readonly distribution?: Maybe<OutcomeDistribution>;
  /** Units left out, by reason. */
  readonly excluded: ReadonlyArray<OutcomeExclusion>;
  /** Parts of the numerator, where the measure splits it. */
  readonly breakdown: ReadonlyArray<OutcomeBreakdown>;
  /** Fewer counted units than the small-cell threshold: not to be published as is. */
  readonly smallCell: Scalars['Boolean']['output'];
  /**
   * Drill-down: the units behind the figure (counted and excluded), in anchor order, with the events
   * behind each. Reading them is a read of those patients' data and is recorded in their access logs.
   */
  readonly cases: ReadonlyArray<OutcomeUnit>;
};

/** A measure's figure for the cohort, or one group of it. */
export type OutcomeFigureCasesArgs = {
  inNumerator?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Outcome measures for a period and cohort. */
export type OutcomeReport = {
  readonly __typename?: 'OutcomeReport';
  /** The period's first day (UTC date, included). */
  readonly from: Scalars['String']['output'];
  /** The day after the period (UTC date, excluded). */
  readonly to: Scalars['String']['output'];
  /** What the figures are grouped by, null when not grouped. */
  readonly groupBy?: Maybe<OutcomeGrouping>;
  /** Figures with fewer counted units than this are flagged smallCell (CMS cell-size suppression: 11). */
  readonly smallCellThreshold: Scalars['Int']['output'];
  /** The definitions of the measures computed. */
  readonly measures: ReadonlyArray<OutcomeMeasure>;
  /** One figure per measure, version and group. */
  readonly figures: ReadonlyArray<OutcomeFigure>;
};

/** Where a page of a Relay cursor connection sits in the whole list. */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** Whether more items follow the last one of this page. */
  readonly hasNextPage: Scalars['Boolean']['output'];
  /** Whether more items come before the first one of this page. */
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  readonly startCursor?: Maybe<Scalars['String']['output']>;
  /** The cursor of the page's last item; null for an empty page. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
};

/** A patient: the cases (care-management episodes) they have had, and their timeline across them. */
export type Patient = {
  readonly __typename?: 'Patient';
  /** The patient's id. */
  readonly id: Scalars['ID']['output'];
  /** Every case of the patient, newest admission first. */
  readonly cases: ReadonlyArray<Case>;
  /**
   * The patient's timeline across all their cases, newest first by when things happened
   * (occurredAt); late entries sit at their clinical place and are flagged.
   */
  readonly timeline: TimelineConnection;
  /**
   * The accounting of disclosures: every disclosure of the patient's data made from the cases the
   * caller may read, newest first, since `since` (six years back when absent).
   */
  readonly disclosures: ReadonlyArray<Disclosure>;
};

/** A patient: the cases (care-management episodes) they have had, and their timeline across them. */
export type PatientTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  recordedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  recordedTo?: InputMaybe<Scalars['DateTime']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  atPosition?: InputMaybe<Scalars['String']['input']>;
};

/** A patient: the cases (care-management episodes) they have had, and their timeline across them. */
export type PatientDisclosuresArgs = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where a projection's read model is: catching up, following live, rebuilding, or stopped. */
export type ProjectionState =
  /** Applying events recorded before it started, on its way to the head of the log. */
  | 'CATCHING_UP'
  /** Up to date, applying new events as they are recorded. */
  | 'LIVE'
  /** A replacement build (a new version or an on-demand rebuild) is catching up; the previous one serves. */
  | 'REBUILDING'
  /** Not running in this process. */
  | 'STOPPED'
  /** Stopped at an event it cannot apply; see error. */
  | 'FAILED';

/** A projection that stopped: the event it could not apply and why. */
export type ProjectionError = {
  readonly __typename?: 'ProjectionError';
  /** What went wrong, without patient data. */
  readonly message: Scalars['String']['output'];
  /** The global position of the event it stopped at. */
  readonly position?: Maybe<Scalars['String']['output']>;
};

/** A replacement build catching up while the current one serves. */
export type ProjectionRebuild = {
  readonly __typename?: 'ProjectionRebuild';
  /** The version being built. */
  readonly version: Scalars['Int']['output'];
  /** The build's generation: each rebuild of the same version gets the next one. */
  readonly generation: Scalars['Int']['output'];
  /** Events the replacement has applied so far. */
  readonly eventsApplied: Scalars['Int']['output'];
};

/** One projection's read model and how far behind the event log it is. */
export type ProjectionStatus = {
  readonly __typename?: 'ProjectionStatus';
  /** The projection's name, e.g. current-case or patient-timeline. */
  readonly name: Scalars['String']['output'];
  /** The version of the definition that built the serving read model. */
  readonly version: Scalars['Int']['output'];
  readonly state: ProjectionState;
  /** The global position of the last event applied, or null before the first. */
  readonly position?: Maybe<Scalars['String']['output']>;
  /** Events applied by the serving build. */
  readonly eventsApplied: Scalars['Int']['output'];
  /** Events recorded but not yet applied; null where the store cannot count them (EventStoreDB). */
  readonly lagEvents?: Maybe<Scalars['Int']['output']>;
  /** How long the oldest unapplied event has been recorded, in seconds; 0 when up to date. */
  readonly lagSeconds?: Maybe<Scalars['Float']['output']>;
  /** Why it stopped, when state is FAILED. */
  readonly error?: Maybe<ProjectionError>;
  /** A replacement build in progress, if any. */
  readonly rebuild?: Maybe<ProjectionRebuild>;
};

/**
 * Live updates over server-sent events (POST or GET to /graphql with `Accept: text/event-stream`).
 * Each update is sent once the read models have applied its event, so a query made on receipt sees
 * it. Pass the last `position` received as `after` to resume after a disconnect without a gap.
 */
export type Subscription = {
  readonly __typename?: 'Subscription';
  /** Each new event of a patient's timeline: the patient's own and those of their cases, including cases opened later. */
  readonly timelineUpdated: TimelineUpdate;
  /** Each new event of one case. */
  readonly caseUpdated: CaseUpdate;
};

/**
 * Live updates over server-sent events (POST or GET to /graphql with `Accept: text/event-stream`).
 * Each update is sent once the read models have applied its event, so a query made on receipt sees
 * it. Pass the last `position` received as `after` to resume after a disconnect without a gap.
 */
export type SubscriptionTimelineUpdatedArgs = {
  patientId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Live updates over server-sent events (POST or GET to /graphql with `Accept: text/event-stream`).
 * Each update is sent once the read models have applied its event, so a query made on receipt sees
 * it. Pass the last `position` received as `after` to resume after a disconnect without a gap.
 */
export type SubscriptionCaseUpdatedArgs = {
  caseId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An event that reached a patient's timeline; fetch the entry itself through `patient.timeline`. */
export type TimelineUpdate = {
  readonly __typename?: 'TimelineUpdate';
  /** The event's global position: pass it as `after` to resume from here. */
  readonly position: Scalars['String']['output'];
  /** The event's id (see `event(id)`). */
  readonly eventId: Scalars['ID']['output'];
  /** The event's type, e.g. GoalSet. */
  readonly eventType: Scalars['String']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when the store accepted it. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** The case it belongs to, or null for an event of the patient's own record. */
  readonly caseId?: Maybe<Scalars['ID']['output']>;
};

/** An event recorded on a case, with the case's revision and status after it. */
export type CaseUpdate = {
  readonly __typename?: 'CaseUpdate';
  /** The event's global position: pass it as `after` to resume from here. */
  readonly position: Scalars['String']['output'];
  /** The event's id (see `event(id)`). */
  readonly eventId: Scalars['ID']['output'];
  /** The event's type, e.g. CarePlanRevised. */
  readonly eventType: Scalars['String']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when the store accepted it. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** The case the event belongs to. */
  readonly caseId: Scalars['ID']['output'];
  /** The case's revision once this event is applied: use it as a mutation's expectedRevision. */
  readonly revision: Scalars['Int']['output'];
  /** The case's status in the read model once this event is applied (a later event may already show in it). */
  readonly status?: Maybe<CaseStatus>;
};

/** Whether a timeline entry stands as recorded, was corrected since, or was withdrawn as entered in error. */
export type TimelineEntryStatus =
  /** As first recorded. */
  | 'RECORDED'
  /** Changed by a later correction; originalSummary keeps the first version. */
  | 'CORRECTED'
  /** Marked as entered in error: kept for the record, no longer in force. */
  | 'IN_ERROR';

/** One thing that happened to a patient, as the timeline shows it. */
export type TimelineEntry = {
  readonly __typename?: 'TimelineEntry';
  /** The id of the event that recorded it. */
  readonly eventId: Scalars['ID']['output'];
  /** A stable category a client may switch on: patient, consent, case, assessment, problem, care-plan, goal, intervention, care-team, contact, education, utilization, payer, handoff, discharge, correction or amendment. */
  readonly kind: Scalars['String']['output'];
  /** The recorded event's type, e.g. AssessmentRecorded. */
  readonly eventType: Scalars['String']['output'];
  /** Valid time: when it happened clinically. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Transaction time: when it was recorded. */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** True when recorded late (more than an hour after it occurred) or out of order on its case. */
  readonly lateEntry: Scalars['Boolean']['output'];
  /** True when recorded more than an hour after it occurred. */
  readonly recordedLate: Scalars['Boolean']['output'];
  /** True when it occurred before an entry already recorded on the same case. */
  readonly outOfOrder: Scalars['Boolean']['output'];
  /** How long after it occurred it was recorded (recordedAt minus occurredAt), in whole seconds: how late a late entry is. */
  readonly recordingDelaySeconds: Scalars['Int']['output'];
  /** Who recorded it. */
  readonly actor: Actor;
  /** The case it belongs to; null for the patient's own records (registration, consent). */
  readonly caseId?: Maybe<Scalars['ID']['output']>;
  /** The case it belongs to, when it belongs to one. */
  readonly case?: Maybe<Case>;
  /** What happened, in a line, as currently corrected (as corrected by then, with the timeline's knownAt). */
  readonly summary: Scalars['String']['output'];
  /** Whether it stands as recorded, was corrected, or is in error (by then, with knownAt). */
  readonly status: TimelineEntryStatus;
  /** The summary as first recorded, when a correction changed it. */
  readonly originalSummary?: Maybe<Scalars['String']['output']>;
  /** The correction in force on this entry, if any. */
  readonly correctedByEventId?: Maybe<Scalars['ID']['output']>;
  /** When the correction in force was recorded. */
  readonly correctedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded the correction in force. */
  readonly correctedBy?: Maybe<Actor>;
  /** The mark that withdrew this entry as entered in error, if any. */
  readonly inErrorByEventId?: Maybe<Scalars['ID']['output']>;
  /** When the in-error mark was recorded. */
  readonly inErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who marked this entry in error. */
  readonly inErrorBy?: Maybe<Actor>;
  /** For corrections: the entry they correct or mark in error. */
  readonly targetEventId?: Maybe<Scalars['ID']['output']>;
  /** The stream of the event. */
  readonly streamId: Scalars['String']['output'];
  /** The event's place in its stream. */
  readonly revision: Scalars['Int']['output'];
  /** The correction in force on this entry, with its author and times; null when none. */
  readonly correction?: Maybe<RecordedEvent>;
  /** The mark that withdrew this entry as entered in error, with its author and times; null when none. */
  readonly inErrorMark?: Maybe<RecordedEvent>;
  /** The amendment requests this entry is the target or a step of. */
  readonly amendments: ReadonlyArray<Amendment>;
};

/** One timeline entry in a page, with its cursor. */
export type TimelineEdge = {
  readonly __typename?: 'TimelineEdge';
  /** Opaque cursor of this entry, for `after` and `before`. */
  readonly cursor: Scalars['String']['output'];
  /** The entry. */
  readonly node: TimelineEntry;
};

/** A page of a timeline, newest first. */
export type TimelineConnection = {
  readonly __typename?: 'TimelineConnection';
  /** The entries of the page with their cursors. */
  readonly edges: ReadonlyArray<TimelineEdge>;
  /** Where the page sits in the whole timeline. */
  readonly pageInfo: PageInfo;
};

export type ResolverTypeWrapper<T> = T | Promise<T>;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<
  T = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntryRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessOutcome: AccessOutcome;
  AccessBasis: AccessBasis;
  PurposeOfUse: PurposeOfUse;
  AccessLogFilter: AccessLogFilter;
  AccessLogSortField: AccessLogSortField;
  SortDirection: SortDirection;
  AccessLogOrder: AccessLogOrder;
  AccessLogEdge: ResolverTypeWrapper<
    Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }
  >;
  AccessLogConnection: ResolverTypeWrapper<
    Omit<AccessLogConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['AccessLogEdge']> }
  >;
  EmergencyAccess: ResolverTypeWrapper<EmergencyAccess>;
  BreakGlassInput: BreakGlassInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PseudonymKind: PseudonymKind;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  EntryCorrection: ResolverTypeWrapper<CorrectionNote>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EntryInErrorMark: ResolverTypeWrapper<InErrorMark>;
  AmendmentStatus: AmendmentStatus;
  AmendmentRequester: ResolverTypeWrapper<AmendmentRequesterView>;
  AmendmentExtension: ResolverTypeWrapper<AmendmentExtensionView>;
  AmendmentDecision: ResolverTypeWrapper<AmendmentDecisionView>;
  DisagreementStatement: ResolverTypeWrapper<DisagreementStatementView>;
  AmendmentRebuttal: ResolverTypeWrapper<AmendmentRebuttalView>;
  Amendment: ResolverTypeWrapper<AmendmentView>;
  AuditTrailFilter: AuditTrailFilter;
  AuditTrailSortField: AuditTrailSortField;
  AuditTrailOrder: AuditTrailOrder;
  Case: ResolverTypeWrapper<CaseRecord>;
  CaseSnapshot: ResolverTypeWrapper<CaseRecord>;
  CaseStatus: CaseStatus;
  CarePlanStatus: CarePlanStatus;
  ProblemStatus: ProblemStatus;
  HandoffStatus: HandoffStatus;
  HandoffOutcome: HandoffOutcome;
  PrimaryCaseManager: ResolverTypeWrapper<PrimaryCaseManager>;
  CarePlan: ResolverTypeWrapper<CarePlanView>;
  CarePlanRevision: ResolverTypeWrapper<CarePlanRevision>;
  Problem: ResolverTypeWrapper<ProblemView>;
  Goal: ResolverTypeWrapper<GoalView>;
  GoalProgress: ResolverTypeWrapper<GoalProgressView>;
  Intervention: ResolverTypeWrapper<InterventionView>;
  CareTeam: ResolverTypeWrapper<
    Omit<CareTeam, 'current' | 'past'> & {
      current: ReadonlyArray<ResolversTypes['CareTeamMember']>;
      past: ReadonlyArray<ResolversTypes['CareTeamMember']>;
    }
  >;
  CareTeamMember: ResolverTypeWrapper<CareTeamMemberView>;
  Ipass: ResolverTypeWrapper<IpassView>;
  Handoff: ResolverTypeWrapper<HandoffView>;
  Assessment: ResolverTypeWrapper<AssessmentView>;
  UtilizationReview: ResolverTypeWrapper<UtilizationReviewView>;
  PayerDetermination: ResolverTypeWrapper<PayerDeterminationView>;
  DischargePlan: ResolverTypeWrapper<DischargePlanView>;
  DischargeDecision: ResolverTypeWrapper<DischargeDecisionView>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseConnection: ResolverTypeWrapper<
    Omit<CaseConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['CaseEdge']> }
  >;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Actor: ResolverTypeWrapper<Actor>;
  Reason: ResolverTypeWrapper<Reason>;
  DecisionTrace: ResolverTypeWrapper<DecisionTraceRecord>;
  TracedEvidence: ResolverTypeWrapper<TracedEvidenceRecord>;
  LearnedLaterKind: LearnedLaterKind;
  LearnedLater: ResolverTypeWrapper<LearnedLaterRecord>;
  Decision: ResolverTypeWrapper<DecisionRecord>;
  DecisionEdge: ResolverTypeWrapper<
    Omit<DecisionEdge, 'node'> & { node: ResolversTypes['Decision'] }
  >;
  DecisionConnection: ResolverTypeWrapper<
    Omit<DecisionConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['DecisionEdge']> }
  >;
  EventEdge: ResolverTypeWrapper<
    Omit<EventEdge, 'node'> & { node: ResolversTypes['RecordedEvent'] }
  >;
  EventConnection: ResolverTypeWrapper<
    Omit<EventConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['EventEdge']> }
  >;
  Disclosure: ResolverTypeWrapper<DisclosureRecord>;
  RecordedEvent: ResolverTypeWrapper<StoredEvent>;
  IntegrityReport: ResolverTypeWrapper<IntegrityReport>;
  IntegrityBreak: ResolverTypeWrapper<IntegrityBreak>;
  AmendmentRequesterKind: AmendmentRequesterKind;
  AmendmentDenialBasis: AmendmentDenialBasis;
  AmendmentRequesterInput: AmendmentRequesterInput;
  RequestAmendmentInput: RequestAmendmentInput;
  ExtendAmendmentDeadlineInput: ExtendAmendmentDeadlineInput;
  AcceptAmendmentInput: AcceptAmendmentInput;
  DenyAmendmentInput: DenyAmendmentInput;
  FileDisagreementStatementInput: FileDisagreementStatementInput;
  RecordAmendmentRebuttalInput: RecordAmendmentRebuttalInput;
  RecordAssessmentInput: RecordAssessmentInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  StratifyRiskInput: StratifyRiskInput;
  IdentifyProblemInput: IdentifyProblemInput;
  ResolveProblemInput: ResolveProblemInput;
  InstrumentInput: InstrumentInput;
  AssessmentItemInput: AssessmentItemInput;
  CodingInput: CodingInput;
  InstrumentCode: InstrumentCode;
  RiskTier: RiskTier;
  ProblemCategory: ProblemCategory;
  DraftCarePlanInput: DraftCarePlanInput;
  ActivateCarePlanInput: ActivateCarePlanInput;
  ReviseCarePlanInput: ReviseCarePlanInput;
  SuspendCarePlanInput: SuspendCarePlanInput;
  ResumeCarePlanInput: ResumeCarePlanInput;
  CloseCarePlanInput: CloseCarePlanInput;
  PlanChangeInput: PlanChangeInput;
  CarePlanCloseOutcome: CarePlanCloseOutcome;
  AssignCareTeamMemberInput: AssignCareTeamMemberInput;
  ReleaseCareTeamMemberInput: ReleaseCareTeamMemberInput;
  OpenCaseInput: OpenCaseInput;
  CloseCaseInput: CloseCaseInput;
  ReferralSourceInput: ReferralSourceInput;
  ReferralSourceKind: ReferralSourceKind;
  AdmissionType: AdmissionType;
  CaseOutcome: CaseOutcome;
  ReasonInput: ReasonInput;
  DatePeriodInput: DatePeriodInput;
  UserRefInput: UserRefInput;
  CareTeamRole: CareTeamRole;
  CorrectEntryInput: CorrectEntryInput;
  MarkEntryInErrorInput: MarkEntryInErrorInput;
  UpdateDischargePlanInput: UpdateDischargePlanInput;
  RecordDischargeDecisionInput: RecordDischargeDecisionInput;
  DischargePatientInput: DischargePatientInput;
  ArrangedServiceInput: ArrangedServiceInput;
  FollowUpInput: FollowUpInput;
  CaregiverInput: CaregiverInput;
  PatientChoiceInput: PatientChoiceInput;
  DischargeDisposition: DischargeDisposition;
  DischargeReadiness: DischargeReadiness;
  SetGoalInput: SetGoalInput;
  RecordGoalProgressInput: RecordGoalProgressInput;
  ChangeGoalStatusInput: ChangeGoalStatusInput;
  GoalTargetInput: GoalTargetInput;
  EvidenceInput: EvidenceInput;
  GoalPriority: GoalPriority;
  GoalAchievementStatus: GoalAchievementStatus;
  GoalLifecycleStatus: GoalLifecycleStatus;
  NewGoalStatus: NewGoalStatus;
  InitiateHandoffInput: InitiateHandoffInput;
  AcceptHandoffInput: AcceptHandoffInput;
  DeclineHandoffInput: DeclineHandoffInput;
  HandoffPartyInput: HandoffPartyInput;
  IpassInput: IpassInput;
  IpassActionInput: IpassActionInput;
  HandoffKind: HandoffKind;
  IllnessSeverity: IllnessSeverity;
  PlanInterventionInput: PlanInterventionInput;
  UpdateInterventionStatusInput: UpdateInterventionStatusInput;
  PerformerInput: PerformerInput;
  InterventionKind: InterventionKind;
  InterventionStatus: InterventionStatus;
  LogContactInput: LogContactInput;
  RecordEducationInput: RecordEducationInput;
  ContactParty: ContactParty;
  ContactChannel: ContactChannel;
  ContactDirection: ContactDirection;
  ContactPurpose: ContactPurpose;
  EducationRecipient: EducationRecipient;
  EducationMethod: EducationMethod;
  TeachBack: TeachBack;
  RegisterPatientInput: RegisterPatientInput;
  UpdatePatientDetailsInput: UpdatePatientDetailsInput;
  RecordConsentInput: RecordConsentInput;
  RevokeConsentInput: RevokeConsentInput;
  PersonNameInput: PersonNameInput;
  PatientContactInput: PatientContactInput;
  AdministrativeGender: AdministrativeGender;
  ConsentScope: ConsentScope;
  PerformUtilizationReviewInput: PerformUtilizationReviewInput;
  RecordPayerDeterminationInput: RecordPayerDeterminationInput;
  RecordAvoidableDayInput: RecordAvoidableDayInput;
  SubmitPayerReportInput: SubmitPayerReportInput;
  CriteriaSetInput: CriteriaSetInput;
  ClosedDatePeriodInput: ClosedDatePeriodInput;
  UtilizationReviewKind: UtilizationReviewKind;
  LevelOfCare: LevelOfCare;
  PayerDecision: PayerDecision;
  AvoidableDayParty: AvoidableDayParty;
  DisclosurePurpose: DisclosurePurpose;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  CommandResult: ResolverTypeWrapper<
    Omit<CommandResult, 'events'> & { events: ReadonlyArray<ResolversTypes['RecordedEvent']> }
  >;
  MeasureSelection: MeasureSelection;
  OutcomeCohortFilter: OutcomeCohortFilter;
  OutcomeGrouping: OutcomeGrouping;
  OutcomeMeasure: ResolverTypeWrapper<MeasureDefinition>;
  OutcomeDistribution: ResolverTypeWrapper<OutcomeDistribution>;
  OutcomeExclusion: ResolverTypeWrapper<OutcomeExclusion>;
  OutcomeBreakdown: ResolverTypeWrapper<OutcomeBreakdown>;
  OutcomeEvidenceRole: OutcomeEvidenceRole;
  OutcomeEvidence: ResolverTypeWrapper<OutcomeEvidence>;
  OutcomeUnit: ResolverTypeWrapper<FigureUnit>;
  OutcomeFigure: ResolverTypeWrapper<OutcomeFigureRecord>;
  OutcomeReport: ResolverTypeWrapper<
    Omit<OutcomeReport, 'measures' | 'figures'> & {
      measures: ReadonlyArray<ResolversTypes['OutcomeMeasure']>;
      figures: ReadonlyArray<ResolversTypes['OutcomeFigure']>;
    }
  >;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Patient: ResolverTypeWrapper<PatientRecord>;
  ProjectionState: ProjectionState;
  ProjectionError: ResolverTypeWrapper<ProjectionError>;
  ProjectionRebuild: ResolverTypeWrapper<ProjectionRebuild>;
  ProjectionStatus: ResolverTypeWrapper<ProjectionStatus>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineUpdate: ResolverTypeWrapper<TimelineUpdate>;
  CaseUpdate: ResolverTypeWrapper<CaseUpdate>;
  TimelineEntryStatus: TimelineEntryStatus;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRecord>;
  TimelineEdge: ResolverTypeWrapper<
    Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }
  >;
  TimelineConnection: ResolverTypeWrapper<
    Omit<TimelineConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['TimelineEdge']> }
  >;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogEntryRecord;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AccessLogFilter: AccessLogFilter;
  AccessLogOrder: AccessLogOrder;
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['AccessLogEdge']>;
  };
  EmergencyAccess: EmergencyAccess;
  BreakGlassInput: BreakGlassInput;
  Int: Scalars['Int']['output'];
  FieldChange: FieldChange;
  EntryCorrection: CorrectionNote;
  Boolean: Scalars['Boolean']['output'];
  EntryInErrorMark: InErrorMark;
  AmendmentRequester: AmendmentRequesterView;
  AmendmentExtension: AmendmentExtensionView;
  AmendmentDecision: AmendmentDecisionView;
  DisagreementStatement: DisagreementStatementView;
  AmendmentRebuttal: AmendmentRebuttalView;
  Amendment: AmendmentView;
  AuditTrailFilter: AuditTrailFilter;
  AuditTrailOrder: AuditTrailOrder;
  Case: CaseRecord;
  CaseSnapshot: CaseRecord;
  PrimaryCaseManager: PrimaryCaseManager;
  CarePlan: CarePlanView;
  CarePlanRevision: CarePlanRevision;
  Problem: ProblemView;
  Goal: GoalView;
  GoalProgress: GoalProgressView;
  Intervention: InterventionView;
  CareTeam: Omit<CareTeam, 'current' | 'past'> & {
    current: ReadonlyArray<ResolversParentTypes['CareTeamMember']>;
    past: ReadonlyArray<ResolversParentTypes['CareTeamMember']>;
  };
  CareTeamMember: CareTeamMemberView;
  Ipass: IpassView;
  Handoff: HandoffView;
  Assessment: AssessmentView;
  UtilizationReview: UtilizationReviewView;
  PayerDetermination: PayerDeterminationView;
  DischargePlan: DischargePlanView;
  DischargeDecision: DischargeDecisionView;
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseConnection: Omit<CaseConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['CaseEdge']>;
  };
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Query: Record<PropertyKey, never>;
  Actor: Actor;
  Reason: Reason;
  DecisionTrace: DecisionTraceRecord;
  TracedEvidence: TracedEvidenceRecord;
  LearnedLater: LearnedLaterRecord;
  Decision: DecisionRecord;
  DecisionEdge: Omit<DecisionEdge, 'node'> & { node: ResolversParentTypes['Decision'] };
  DecisionConnection: Omit<DecisionConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['DecisionEdge']>;
  };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['RecordedEvent'] };
  EventConnection: Omit<EventConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['EventEdge']>;
  };
  Disclosure: DisclosureRecord;
  RecordedEvent: StoredEvent;
  IntegrityReport: IntegrityReport;
  IntegrityBreak: IntegrityBreak;
  AmendmentRequesterInput: AmendmentRequesterInput;
  RequestAmendmentInput: RequestAmendmentInput;
  ExtendAmendmentDeadlineInput: ExtendAmendmentDeadlineInput;
  AcceptAmendmentInput: AcceptAmendmentInput;
  DenyAmendmentInput: DenyAmendmentInput;
  FileDisagreementStatementInput: FileDisagreementStatementInput;
  RecordAmendmentRebuttalInput: RecordAmendmentRebuttalInput;
  RecordAssessmentInput: RecordAssessmentInput;
  Float: Scalars['Float']['output'];
  StratifyRiskInput: StratifyRiskInput;
  IdentifyProblemInput: IdentifyProblemInput;
  ResolveProblemInput: ResolveProblemInput;
  InstrumentInput: InstrumentInput;
  AssessmentItemInput: AssessmentItemInput;
  CodingInput: CodingInput;
  DraftCarePlanInput: DraftCarePlanInput;
  ActivateCarePlanInput: ActivateCarePlanInput;
  ReviseCarePlanInput: ReviseCarePlanInput;
  SuspendCarePlanInput: SuspendCarePlanInput;
  ResumeCarePlanInput: ResumeCarePlanInput;
  CloseCarePlanInput: CloseCarePlanInput;
  PlanChangeInput: PlanChangeInput;
  AssignCareTeamMemberInput: AssignCareTeamMemberInput;
  ReleaseCareTeamMemberInput: ReleaseCareTeamMemberInput;
  OpenCaseInput: OpenCaseInput;
  CloseCaseInput: CloseCaseInput;
  ReferralSourceInput: ReferralSourceInput;
  ReasonInput: ReasonInput;
  DatePeriodInput: DatePeriodInput;
  UserRefInput: UserRefInput;
  CorrectEntryInput: CorrectEntryInput;
  MarkEntryInErrorInput: MarkEntryInErrorInput;
  UpdateDischargePlanInput: UpdateDischargePlanInput;
  RecordDischargeDecisionInput: RecordDischargeDecisionInput;
  DischargePatientInput: DischargePatientInput;
  ArrangedServiceInput: ArrangedServiceInput;
  FollowUpInput: FollowUpInput;
  CaregiverInput: CaregiverInput;
  PatientChoiceInput: PatientChoiceInput;
  SetGoalInput: SetGoalInput;
  RecordGoalProgressInput: RecordGoalProgressInput;
  ChangeGoalStatusInput: ChangeGoalStatusInput;
  GoalTargetInput: GoalTargetInput;
  EvidenceInput: EvidenceInput;
  InitiateHandoffInput: InitiateHandoffInput;
  AcceptHandoffInput: AcceptHandoffInput;
  DeclineHandoffInput: DeclineHandoffInput;
  HandoffPartyInput: HandoffPartyInput;
  IpassInput: IpassInput;
  IpassActionInput: IpassActionInput;
  PlanInterventionInput: PlanInterventionInput;
  UpdateInterventionStatusInput: UpdateInterventionStatusInput;
  PerformerInput: PerformerInput;
  LogContactInput: LogContactInput;
  RecordEducationInput: RecordEducationInput;
  RegisterPatientInput: RegisterPatientInput;
  UpdatePatientDetailsInput: UpdatePatientDetailsInput;
  RecordConsentInput: RecordConsentInput;
  RevokeConsentInput: RevokeConsentInput;
  PersonNameInput: PersonNameInput;
  PatientContactInput: PatientContactInput;
  PerformUtilizationReviewInput: PerformUtilizationReviewInput;
  RecordPayerDeterminationInput: RecordPayerDeterminationInput;
  RecordAvoidableDayInput: RecordAvoidableDayInput;
  SubmitPayerReportInput: SubmitPayerReportInput;
  CriteriaSetInput: CriteriaSetInput;
  ClosedDatePeriodInput: ClosedDatePeriodInput;
  Mutation: Record<PropertyKey, never>;
  CommandResult: Omit<CommandResult, 'events'> & {
    events: ReadonlyArray<ResolversParentTypes['RecordedEvent']>;
  };
  MeasureSelection: MeasureSelection;
  OutcomeCohortFilter: OutcomeCohortFilter;
  OutcomeMeasure: MeasureDefinition;
  OutcomeDistribution: OutcomeDistribution;
  OutcomeExclusion: OutcomeExclusion;
  OutcomeBreakdown: OutcomeBreakdown;
  OutcomeEvidence: OutcomeEvidence;
  OutcomeUnit: FigureUnit;
  OutcomeFigure: OutcomeFigureRecord;
  OutcomeReport: Omit<OutcomeReport, 'measures' | 'figures'> & {
    measures: ReadonlyArray<ResolversParentTypes['OutcomeMeasure']>;
    figures: ReadonlyArray<ResolversParentTypes['OutcomeFigure']>;
  };
  PageInfo: PageInfo;
  Patient: PatientRecord;
  ProjectionError: ProjectionError;
  ProjectionRebuild: ProjectionRebuild;
  ProjectionStatus: ProjectionStatus;
  Subscription: Record<PropertyKey, never>;
  TimelineUpdate: TimelineUpdate;
  CaseUpdate: CaseUpdate;
  TimelineEntry: TimelineEntryRecord;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineConnection: Omit<TimelineConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['TimelineEdge']>;
  };
};

export type PseudonymDirectiveArgs = {
  of: PseudonymKind;
};

export type PseudonymDirectiveResolver<
  Result,
  Parent,
  ContextType = ApiContext,
  Args = PseudonymDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NonIdentifyingDirectiveArgs = {};

export type NonIdentifyingDirectiveResolver<
  Result,
  Parent,
  ContextType = ApiContext,
  Args = NonIdentifyingDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogEntryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AccessLogEntry'] =
    ResolversParentTypes['AccessLogEntry'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  dataCategories?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  caseIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['AccessBasis']>, ParentType, ContextType>;
  purposeOfUse?: Resolver<ResolversTypes['PurposeOfUse'], ParentType, ContextType>;
  emergencyReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AccessLogConnection'] =
    ResolversParentTypes['AccessLogConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EmergencyAccessResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['EmergencyAccess'] =
    ResolversParentTypes['EmergencyAccess'],
> = {
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange'],
> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type EntryCorrectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['EntryCorrection'] =
    ResolversParentTypes['EntryCorrection'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['Reason'], ParentType, ContextType>;
  changes?: Resolver<ReadonlyArray<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EntryInErrorMarkResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['EntryInErrorMark'] =
    ResolversParentTypes['EntryInErrorMark'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['Reason'], ParentType, ContextType>;
};

export type AmendmentRequesterResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AmendmentRequester'] =
    ResolversParentTypes['AmendmentRequester'],
> = {
  kind?: Resolver<ResolversTypes['AmendmentRequesterKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AmendmentExtensionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AmendmentExtension'] =
    ResolversParentTypes['AmendmentExtension'],
> = {
  extensionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['Reason'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AmendmentDecisionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AmendmentDecision'] =
    ResolversParentTypes['AmendmentDecision'],
> = {
  outcome?: Resolver<ResolversTypes['AmendmentStatus'], ParentType, ContextType>;
  correctionEventIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['RecordedEvent']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['AmendmentDenialBasis']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DisagreementStatementResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DisagreementStatement'] =
    ResolversParentTypes['DisagreementStatement'],
> = {
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['AmendmentRequester'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AmendmentRebuttalResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AmendmentRebuttal'] =
    ResolversParentTypes['AmendmentRebuttal'],
> = {
  rebuttal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AmendmentResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Amendment'] = ResolversParentTypes['Amendment'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AmendmentStatus'], ParentType, ContextType>;
  targetEventIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  requestedChange?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['AmendmentRequester'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['AmendmentExtension']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['AmendmentDecision']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['DisagreementStatement']>, ParentType, ContextType>;
  rebuttal?: Resolver<Maybe<ResolversTypes['AmendmentRebuttal']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  admissionType?: Resolver<Maybe<ResolversTypes['AdmissionType']>, ParentType, ContextType>;
  admittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dischargedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  primaryCaseManager?: Resolver<
    Maybe<ResolversTypes['PrimaryCaseManager']>,
    ParentType,
    ContextType
  >;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riskTier?: Resolver<Maybe<ResolversTypes['RiskTier']>, ParentType, ContextType>;
  carePlan?: Resolver<Maybe<ResolversTypes['CarePlan']>, ParentType, ContextType>;
  previousCarePlans?: Resolver<ReadonlyArray<ResolversTypes['CarePlan']>, ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
  goals?: Resolver<ReadonlyArray<ResolversTypes['Goal']>, ParentType, ContextType>;
  interventions?: Resolver<ReadonlyArray<ResolversTypes['Intervention']>, ParentType, ContextType>;
  careTeam?: Resolver<ResolversTypes['CareTeam'], ParentType, ContextType>;
  assessments?: Resolver<
    ReadonlyArray<ResolversTypes['Assessment']>,
    ParentType,
    ContextType,
    Partial<CaseAssessmentsArgs>
  >;
  handoffs?: Resolver<ReadonlyArray<ResolversTypes['Handoff']>, ParentType, ContextType>;
  utilizationReviews?: Resolver<
    ReadonlyArray<ResolversTypes['UtilizationReview']>,
    ParentType,
    ContextType
  >;
  payerDeterminations?: Resolver<
    ReadonlyArray<ResolversTypes['PayerDetermination']>,
    ParentType,
    ContextType
  >;
  dischargePlan?: Resolver<Maybe<ResolversTypes['DischargePlan']>, ParentType, ContextType>;
  dischargeDecisions?: Resolver<
    ReadonlyArray<ResolversTypes['DischargeDecision']>,
    ParentType,
    ContextType
  >;
  dischargeDecisionInForce?: Resolver<
    Maybe<ResolversTypes['DischargeDecision']>,
    ParentType,
    ContextType
  >;
  timeline?: Resolver<
    ResolversTypes['TimelineConnection'],
    ParentType,
    ContextType,
    Partial<CaseTimelineArgs>
  >;
  history?: Resolver<
    ResolversTypes['EventConnection'],
    ParentType,
    ContextType,
    Partial<CaseHistoryArgs>
  >;
  decisions?: Resolver<
    ResolversTypes['DecisionConnection'],
    ParentType,
    ContextType,
    Partial<CaseDecisionsArgs>
  >;
  asOf?: Resolver<
    Maybe<ResolversTypes['CaseSnapshot']>,
    ParentType,
    ContextType,
    Partial<CaseAsOfArgs>
  >;
  amendments?: Resolver<ReadonlyArray<ResolversTypes['Amendment']>, ParentType, ContextType>;
};

export type CaseSnapshotResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CaseSnapshot'] = ResolversParentTypes['CaseSnapshot'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  admissionType?: Resolver<Maybe<ResolversTypes['AdmissionType']>, ParentType, ContextType>;
  admittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dischargedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  primaryCaseManager?: Resolver<
    Maybe<ResolversTypes['PrimaryCaseManager']>,
    ParentType,
    ContextType
  >;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riskTier?: Resolver<Maybe<ResolversTypes['RiskTier']>, ParentType, ContextType>;
  carePlan?: Resolver<Maybe<ResolversTypes['CarePlan']>, ParentType, ContextType>;
  previousCarePlans?: Resolver<ReadonlyArray<ResolversTypes['CarePlan']>, ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
  goals?: Resolver<ReadonlyArray<ResolversTypes['Goal']>, ParentType, ContextType>;
  interventions?: Resolver<ReadonlyArray<ResolversTypes['Intervention']>, ParentType, ContextType>;
  careTeam?: Resolver<ResolversTypes['CareTeam'], ParentType, ContextType>;
  assessments?: Resolver<
    ReadonlyArray<ResolversTypes['Assessment']>,
    ParentType,
    ContextType,
    Partial<CaseSnapshotAssessmentsArgs>
  >;
  handoffs?: Resolver<ReadonlyArray<ResolversTypes['Handoff']>, ParentType, ContextType>;
  utilizationReviews?: Resolver<
    ReadonlyArray<ResolversTypes['UtilizationReview']>,
    ParentType,
    ContextType
  >;
  payerDeterminations?: Resolver<
    ReadonlyArray<ResolversTypes['PayerDetermination']>,
    ParentType,
    ContextType
  >;
  dischargePlan?: Resolver<Maybe<ResolversTypes['DischargePlan']>, ParentType, ContextType>;
  dischargeDecisions?: Resolver<
    ReadonlyArray<ResolversTypes['DischargeDecision']>,
    ParentType,
    ContextType
  >;
  dischargeDecisionInForce?: Resolver<
    Maybe<ResolversTypes['DischargeDecision']>,
    ParentType,
    ContextType
  >;
  lastEventAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  amendments?: Resolver<ReadonlyArray<ResolversTypes['Amendment']>, ParentType, ContextType>;
};

export type PrimaryCaseManagerResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['PrimaryCaseManager'] =
    ResolversParentTypes['PrimaryCaseManager'],
> = {
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handoffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CarePlanResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CarePlan'] = ResolversParentTypes['CarePlan'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CarePlanStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  revisionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latestRevision?: Resolver<Maybe<ResolversTypes['CarePlanRevision']>, ParentType, ContextType>;
  revisions?: Resolver<ReadonlyArray<ResolversTypes['CarePlanRevision']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CarePlanRevisionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CarePlanRevision'] =
    ResolversParentTypes['CarePlanRevision'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['Reason'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProblemResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Problem'] = ResolversParentTypes['Problem'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProblemStatus'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProblemCategory'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GoalResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['GoalPriority']>, ParentType, ContextType>;
  lifecycleStatus?: Resolver<ResolversTypes['GoalLifecycleStatus'], ParentType, ContextType>;
  achievementStatus?: Resolver<
    Maybe<ResolversTypes['GoalAchievementStatus']>,
    ParentType,
    ContextType
  >;
  progress?: Resolver<ReadonlyArray<ResolversTypes['GoalProgress']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GoalProgressResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['GoalProgress'] = ResolversParentTypes['GoalProgress'],
> = {
  achievementStatus?: Resolver<ResolversTypes['GoalAchievementStatus'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type InterventionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Intervention'] = ResolversParentTypes['Intervention'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterventionKind'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  performer?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goalIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterventionStatus'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CareTeamResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CareTeam'] = ResolversParentTypes['CareTeam'],
> = {
  current?: Resolver<ReadonlyArray<ResolversTypes['CareTeamMember']>, ParentType, ContextType>;
  past?: Resolver<ReadonlyArray<ResolversTypes['CareTeamMember']>, ParentType, ContextType>;
};

export type CareTeamMemberResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CareTeamMember'] =
    ResolversParentTypes['CareTeamMember'],
> = {
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CareTeamRole'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type IpassResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Ipass'] = ResolversParentTypes['Ipass'],
> = {
  illnessSeverity?: Resolver<ResolversTypes['IllnessSeverity'], ParentType, ContextType>;
  patientSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionList?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  situationAwareness?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contingency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HandoffResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Handoff'] = ResolversParentTypes['Handoff'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HandoffStatus'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HandoffKind'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  transfersPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ipass?: Resolver<ResolversTypes['Ipass'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['HandoffOutcome']>, ParentType, ContextType>;
  synthesis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AssessmentResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  band?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type UtilizationReviewResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['UtilizationReview'] =
    ResolversParentTypes['UtilizationReview'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UtilizationReviewKind'], ParentType, ContextType>;
  criteriaSet?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  criteriaMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  levelOfCare?: Resolver<ResolversTypes['LevelOfCare'], ParentType, ContextType>;
  nextReviewDue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceEventIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PayerDeterminationResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['PayerDetermination'] =
    ResolversParentTypes['PayerDetermination'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorizationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['PayerDecision'], ParentType, ContextType>;
  authorizedDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  denialReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DischargePlanResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DischargePlan'] = ResolversParentTypes['DischargePlan'],
> = {
  expectedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedDisposition?: Resolver<
    Maybe<ResolversTypes['DischargeDisposition']>,
    ParentType,
    ContextType
  >;
  servicesArranged?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  followUps?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  barriers?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  caregiver?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  patientChoice?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DischargeDecisionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DischargeDecision'] =
    ResolversParentTypes['DischargeDecision'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['DischargeReadiness'], ParentType, ContextType>;
  disposition?: Resolver<Maybe<ResolversTypes['DischargeDisposition']>, ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['Reason'], ParentType, ContextType>;
  evidenceEventIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markedInError?: Resolver<Maybe<ResolversTypes['EntryInErrorMark']>, ParentType, ContextType>;
  corrections?: Resolver<ReadonlyArray<ResolversTypes['EntryCorrection']>, ParentType, ContextType>;
  amendmentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CaseEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CaseConnection'] =
    ResolversParentTypes['CaseConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type QueryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  projections?: Resolver<
    ReadonlyArray<ResolversTypes['ProjectionStatus']>,
    ParentType,
    ContextType
  >;
  accessLog?: Resolver<
    ResolversTypes['AccessLogConnection'],
    ParentType,
    ContextType,
    Partial<QueryAccessLogArgs>
  >;
  auditTrail?: Resolver<
    ResolversTypes['DecisionConnection'],
    ParentType,
    ContextType,
    Partial<QueryAuditTrailArgs>
  >;
  case?: Resolver<
    Maybe<ResolversTypes['Case']>,
    ParentType,
    ContextType,
    RequireFields<QueryCaseArgs, 'id'>
  >;
  caseload?: Resolver<
    ResolversTypes['CaseConnection'],
    ParentType,
    ContextType,
    Partial<QueryCaseloadArgs>
  >;
  decisionTrace?: Resolver<
    ResolversTypes['DecisionTrace'],
    ParentType,
    ContextType,
    RequireFields<QueryDecisionTraceArgs, 'eventId'>
  >;
  event?: Resolver<
    Maybe<ResolversTypes['RecordedEvent']>,
    ParentType,
    ContextType,
    RequireFields<QueryEventArgs, 'id'>
  >;
  verifyIntegrity?: Resolver<
    ResolversTypes['IntegrityReport'],
    ParentType,
    ContextType,
    RequireFields<QueryVerifyIntegrityArgs, 'streamId'>
  >;
  integrityEvidence?: Resolver<
    ResolversTypes['JSON'],
    ParentType,
    ContextType,
    RequireFields<QueryIntegrityEvidenceArgs, 'streamId'>
  >;
  outcomes?: Resolver<
    ResolversTypes['OutcomeReport'],
    ParentType,
    ContextType,
    RequireFields<QueryOutcomesArgs, 'from' | 'to'>
  >;
  patient?: Resolver<
    Maybe<ResolversTypes['Patient']>,
    ParentType,
    ContextType,
    RequireFields<QueryPatientArgs, 'id'>
  >;
};

export type ActorResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'],
> = {
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReasonResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason'],
> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DecisionTraceResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DecisionTrace'] = ResolversParentTypes['DecisionTrace'],
> = {
  decision?: Resolver<ResolversTypes['RecordedEvent'], ParentType, ContextType>;
  decisionType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  evidence?: Resolver<ReadonlyArray<ResolversTypes['TracedEvidence']>, ParentType, ContextType>;
  learnedLater?: Resolver<ReadonlyArray<ResolversTypes['LearnedLater']>, ParentType, ContextType>;
  caseAtDecision?: Resolver<Maybe<ResolversTypes['CaseSnapshot']>, ParentType, ContextType>;
};

export type TracedEvidenceResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TracedEvidence'] =
    ResolversParentTypes['TracedEvidence'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinnedRevision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pinnedCorrectionRevision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pinVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['RecordedEvent'], ParentType, ContextType>;
  dataAtDecision?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  summaryAtDecision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctedBeforeDecision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  correctionsBeforeDecision?: Resolver<
    ReadonlyArray<ResolversTypes['RecordedEvent']>,
    ParentType,
    ContextType
  >;
  markedInErrorBeforeDecision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LearnedLaterResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['LearnedLater'] = ResolversParentTypes['LearnedLater'],
> = {
  kind?: Resolver<ResolversTypes['LearnedLaterKind'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['RecordedEvent'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  whyItMatters?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DecisionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  targetEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DecisionEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
};

export type DecisionConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DecisionConnection'] =
    ResolversParentTypes['DecisionConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecordedEvent'], ParentType, ContextType>;
};

export type EventConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['EventConnection'] =
    ResolversParentTypes['EventConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DisclosureResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  disclosedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['DisclosurePurpose'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecordedEventResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['RecordedEvent'] = ResolversParentTypes['RecordedEvent'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schemaVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type IntegrityReportResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['IntegrityReport'] =
    ResolversParentTypes['IntegrityReport'],
> = {
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkpointsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsAfterLastCheckpoint?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBreak?: Resolver<Maybe<ResolversTypes['IntegrityBreak']>, ParentType, ContextType>;
  breaks?: Resolver<ReadonlyArray<ResolversTypes['IntegrityBreak']>, ParentType, ContextType>;
};

export type IntegrityBreakResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['IntegrityBreak'] =
    ResolversParentTypes['IntegrityBreak'],
> = {
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  checkpointSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  registerPatient?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRegisterPatientArgs, 'input'>
  >;
  updatePatientDetails?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdatePatientDetailsArgs, 'input'>
  >;
  recordConsent?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordConsentArgs, 'input'>
  >;
  revokeConsent?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRevokeConsentArgs, 'input'>
  >;
  openCase?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenCaseArgs, 'input'>
  >;
  closeCase?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationCloseCaseArgs, 'input'>
  >;
  recordAssessment?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordAssessmentArgs, 'input'>
  >;
  stratifyRisk?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationStratifyRiskArgs, 'input'>
  >;
  identifyProblem?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationIdentifyProblemArgs, 'input'>
  >;
  resolveProblem?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationResolveProblemArgs, 'input'>
  >;
  draftCarePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationDraftCarePlanArgs, 'input'>
  >;
  activateCarePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationActivateCarePlanArgs, 'input'>
  >;
  reviseCarePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationReviseCarePlanArgs, 'input'>
  >;
  suspendCarePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationSuspendCarePlanArgs, 'input'>
  >;
  resumeCarePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationResumeCarePlanArgs, 'input'>
  >;
  closeCarePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationCloseCarePlanArgs, 'input'>
  >;
  setGoal?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationSetGoalArgs, 'input'>
  >;
  recordGoalProgress?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordGoalProgressArgs, 'input'>
  >;
  changeGoalStatus?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeGoalStatusArgs, 'input'>
  >;
  planIntervention?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationPlanInterventionArgs, 'input'>
  >;
  updateInterventionStatus?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateInterventionStatusArgs, 'input'>
  >;
  assignCareTeamMember?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignCareTeamMemberArgs, 'input'>
  >;
  releaseCareTeamMember?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationReleaseCareTeamMemberArgs, 'input'>
  >;
  logContact?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationLogContactArgs, 'input'>
  >;
  recordEducation?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordEducationArgs, 'input'>
  >;
  performUtilizationReview?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationPerformUtilizationReviewArgs, 'input'>
  >;
  recordPayerDetermination?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordPayerDeterminationArgs, 'input'>
  >;
  recordAvoidableDay?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordAvoidableDayArgs, 'input'>
  >;
  submitPayerReport?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitPayerReportArgs, 'input'>
  >;
  initiateHandoff?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationInitiateHandoffArgs, 'input'>
  >;
  acceptHandoff?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationAcceptHandoffArgs, 'input'>
  >;
  declineHandoff?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationDeclineHandoffArgs, 'input'>
  >;
  updateDischargePlan?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateDischargePlanArgs, 'input'>
  >;
  recordDischargeDecision?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordDischargeDecisionArgs, 'input'>
  >;
  dischargePatient?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationDischargePatientArgs, 'input'>
  >;
  correctEntry?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationCorrectEntryArgs, 'input'>
  >;
  markEntryInError?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationMarkEntryInErrorArgs, 'input'>
  >;
  requestAmendment?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRequestAmendmentArgs, 'input'>
  >;
  extendAmendmentDeadline?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationExtendAmendmentDeadlineArgs, 'input'>
  >;
  acceptAmendment?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationAcceptAmendmentArgs, 'input'>
  >;
  denyAmendment?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationDenyAmendmentArgs, 'input'>
  >;
  fileDisagreementStatement?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationFileDisagreementStatementArgs, 'input'>
  >;
  recordAmendmentRebuttal?: Resolver<
    ResolversTypes['CommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordAmendmentRebuttalArgs, 'input'>
  >;
  breakGlass?: Resolver<
    ResolversTypes['EmergencyAccess'],
    ParentType,
    ContextType,
    RequireFields<MutationBreakGlassArgs, 'input'>
  >;
};

export type CommandResultResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CommandResult'] = ResolversParentTypes['CommandResult'],
> = {
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  patientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<ReadonlyArray<ResolversTypes['RecordedEvent']>, ParentType, ContextType>;
};

export type OutcomeMeasureResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeMeasure'] =
    ResolversParentTypes['OutcomeMeasure'],
> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  anchor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OutcomeDistributionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeDistribution'] =
    ResolversParentTypes['OutcomeDistribution'],
> = {
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OutcomeExclusionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeExclusion'] =
    ResolversParentTypes['OutcomeExclusion'],
> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutcomeBreakdownResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeBreakdown'] =
    ResolversParentTypes['OutcomeBreakdown'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutcomeEvidenceResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeEvidence'] =
    ResolversParentTypes['OutcomeEvidence'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OutcomeEvidenceRole'], ParentType, ContextType>;
};

export type OutcomeUnitResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeUnit'] = ResolversParentTypes['OutcomeUnit'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  anchorAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  excludedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  events?: Resolver<ReadonlyArray<ResolversTypes['OutcomeEvidence']>, ParentType, ContextType>;
};

export type OutcomeFigureResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeFigure'] = ResolversParentTypes['OutcomeFigure'],
> = {
  measureId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  distribution?: Resolver<Maybe<ResolversTypes['OutcomeDistribution']>, ParentType, ContextType>;
  excluded?: Resolver<ReadonlyArray<ResolversTypes['OutcomeExclusion']>, ParentType, ContextType>;
  breakdown?: Resolver<ReadonlyArray<ResolversTypes['OutcomeBreakdown']>, ParentType, ContextType>;
  smallCell?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cases?: Resolver<
    ReadonlyArray<ResolversTypes['OutcomeUnit']>,
    ParentType,
    ContextType,
    RequireFields<OutcomeFigureCasesArgs, 'first' | 'offset'>
  >;
};

export type OutcomeReportResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['OutcomeReport'] = ResolversParentTypes['OutcomeReport'],
> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupBy?: Resolver<Maybe<ResolversTypes['OutcomeGrouping']>, ParentType, ContextType>;
  smallCellThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  measures?: Resolver<ReadonlyArray<ResolversTypes['OutcomeMeasure']>, ParentType, ContextType>;
  figures?: Resolver<ReadonlyArray<ResolversTypes['OutcomeFigure']>, ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PatientResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Patient'] = ResolversParentTypes['Patient'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cases?: Resolver<ReadonlyArray<ResolversTypes['Case']>, ParentType, ContextType>;
  timeline?: Resolver<
    ResolversTypes['TimelineConnection'],
    ParentType,
    ContextType,
    Partial<PatientTimelineArgs>
  >;
  disclosures?: Resolver<
    ReadonlyArray<ResolversTypes['Disclosure']>,
    ParentType,
    ContextType,
    Partial<PatientDisclosuresArgs>
  >;
};

export type ProjectionErrorResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ProjectionError'] =
    ResolversParentTypes['ProjectionError'],
> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectionRebuildResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ProjectionRebuild'] =
    ResolversParentTypes['ProjectionRebuild'],
> = {
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  generation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectionStatusResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ProjectionStatus'] =
    ResolversParentTypes['ProjectionStatus'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProjectionState'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventsApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lagEvents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lagSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ProjectionError']>, ParentType, ContextType>;
  rebuild?: Resolver<Maybe<ResolversTypes['ProjectionRebuild']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  timelineUpdated?: SubscriptionResolver<
    ResolversTypes['TimelineUpdate'],
    'timelineUpdated',
    ParentType,
    ContextType,
    RequireFields<SubscriptionTimelineUpdatedArgs, 'patientId'>
  >;
  caseUpdated?: SubscriptionResolver<
    ResolversTypes['CaseUpdate'],
    'caseUpdated',
    ParentType,
    ContextType,
    RequireFields<SubscriptionCaseUpdatedArgs, 'caseId'>
  >;
};

export type TimelineUpdateResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TimelineUpdate'] =
    ResolversParentTypes['TimelineUpdate'],
> = {
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CaseUpdateResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CaseUpdate'] = ResolversParentTypes['CaseUpdate'],
> = {
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
};

export type TimelineEntryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry'],
> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lateEntry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outOfOrder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordingDelaySeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TimelineEntryStatus'], ParentType, ContextType>;
  originalSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctedByEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  correctedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  correctedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  inErrorByEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  inErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  inErrorBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  targetEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['RecordedEvent']>, ParentType, ContextType>;
  inErrorMark?: Resolver<Maybe<ResolversTypes['RecordedEvent']>, ParentType, ContextType>;
  amendments?: Resolver<ReadonlyArray<ResolversTypes['Amendment']>, ParentType, ContextType>;
};

export type TimelineEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TimelineConnection'] =
    ResolversParentTypes['TimelineConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  EmergencyAccess?: EmergencyAccessResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  EntryCorrection?: EntryCorrectionResolvers<ContextType>;
  EntryInErrorMark?: EntryInErrorMarkResolvers<ContextType>;
  AmendmentRequester?: AmendmentRequesterResolvers<ContextType>;
  AmendmentExtension?: AmendmentExtensionResolvers<ContextType>;
  AmendmentDecision?: AmendmentDecisionResolvers<ContextType>;
  DisagreementStatement?: DisagreementStatementResolvers<ContextType>;
  AmendmentRebuttal?: AmendmentRebuttalResolvers<ContextType>;
  Amendment?: AmendmentResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseSnapshot?: CaseSnapshotResolvers<ContextType>;
  PrimaryCaseManager?: PrimaryCaseManagerResolvers<ContextType>;
  CarePlan?: CarePlanResolvers<ContextType>;
  CarePlanRevision?: CarePlanRevisionResolvers<ContextType>;
  Problem?: ProblemResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalProgress?: GoalProgressResolvers<ContextType>;
  Intervention?: InterventionResolvers<ContextType>;
  CareTeam?: CareTeamResolvers<ContextType>;
  CareTeamMember?: CareTeamMemberResolvers<ContextType>;
  Ipass?: IpassResolvers<ContextType>;
  Handoff?: HandoffResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  UtilizationReview?: UtilizationReviewResolvers<ContextType>;
  PayerDetermination?: PayerDeterminationResolvers<ContextType>;
  DischargePlan?: DischargePlanResolvers<ContextType>;
  DischargeDecision?: DischargeDecisionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  DecisionTrace?: DecisionTraceResolvers<ContextType>;
  TracedEvidence?: TracedEvidenceResolvers<ContextType>;
  LearnedLater?: LearnedLaterResolvers<ContextType>;
  Decision?: DecisionResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  RecordedEvent?: RecordedEventResolvers<ContextType>;
  IntegrityReport?: IntegrityReportResolvers<ContextType>;
  IntegrityBreak?: IntegrityBreakResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  CommandResult?: CommandResultResolvers<ContextType>;
  OutcomeMeasure?: OutcomeMeasureResolvers<ContextType>;
  OutcomeDistribution?: OutcomeDistributionResolvers<ContextType>;
  OutcomeExclusion?: OutcomeExclusionResolvers<ContextType>;
  OutcomeBreakdown?: OutcomeBreakdownResolvers<ContextType>;
  OutcomeEvidence?: OutcomeEvidenceResolvers<ContextType>;
  OutcomeUnit?: OutcomeUnitResolvers<ContextType>;
  OutcomeFigure?: OutcomeFigureResolvers<ContextType>;
  OutcomeReport?: OutcomeReportResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Patient?: PatientResolvers<ContextType>;
  ProjectionError?: ProjectionErrorResolvers<ContextType>;
  ProjectionRebuild?: ProjectionRebuildResolvers<ContextType>;
  ProjectionStatus?: ProjectionStatusResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineUpdate?: TimelineUpdateResolvers<ContextType>;
  CaseUpdate?: CaseUpdateResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ApiContext> = {
  pseudonym?: PseudonymDirectiveResolver<any, any, ContextType>;
  nonIdentifying?: NonIdentifyingDirectiveResolver<any, any, ContextType>;
};
