import type { z } from 'zod';
import type { DomainEvent } from '../decider.js';
import { emergencyAccessGrantedSchema, patientRecordAccessedSchema } from './access.js';
import { integrityCheckpointRecordedSchema } from './integrity.js';
import {
  assessmentRecordedSchema,
  problemIdentifiedSchema,
  problemResolvedSchema,
  riskStratifiedSchema,
} from './assessment.js';
import {
  carePlanActivatedSchema,
  carePlanClosedSchema,
  carePlanDraftedSchema,
  carePlanResumedSchema,
  carePlanRevisedSchema,
  carePlanSuspendedSchema,
} from './care-plan.js';
import { careTeamMemberAssignedSchema, careTeamMemberReleasedSchema } from './care-team.js';
import { caseClosedSchema, caseOpenedSchema } from './case.js';
import {
  amendmentAcceptedSchema,
  amendmentDeadlineExtendedSchema,
  amendmentDeniedSchema,
  amendmentRebuttalRecordedSchema,
  amendmentRequestedSchema,
  disagreementStatementFiledSchema,
} from './amendments.js';
import { evidenceUpcaster } from './evidence.js';
import { entryCorrectedSchema, entryMarkedInErrorSchema } from './corrections.js';
import {
  dischargeDecisionMadeSchema,
  dischargePlanUpdatedSchema,
  patientDischargedSchema,
} from './discharge.js';
import { goalProgressRecordedSchema, goalSetSchema, goalStatusChangedSchema } from './goals.js';
import { handoffAcceptedSchema, handoffDeclinedSchema, handoffInitiatedSchema } from './handoff.js';
import { interventionPlannedSchema, interventionStatusChangedSchema } from './interventions.js';
import { contactLoggedSchema, educationProvidedSchema } from './liaison.js';
import {
  consentRecordedSchema,
  consentRevokedSchema,
  patientDetailsUpdatedSchema,
  patientRegisteredSchema,
} from './patient.js';
import {
  avoidableDayRecordedSchema,
  payerDeterminationRecordedSchema,
  payerReportSubmittedSchema,
  utilizationReviewPerformedSchema,
} from './utilization.js';

/** One event type's current data schema and its version. */
export interface CatalogueEntry {
  readonly schemaVersion: number;
  readonly schema: z.ZodType;
}

/** Every event type a codec knows, by type name. */
export type EventCatalogue = Readonly<Record<string, CatalogueEntry>>;

/** Upcasters by type and the version they upcast from (to that version plus one). */
export type Upcasters = Readonly<
  Record<string, Readonly<Record<number, (data: unknown) => unknown>>>
>;

const v1 = <S extends z.ZodObject>(schema: S) => ({ schemaVersion: 1, schema }) as const;
const v2 = <S extends z.ZodObject>(schema: S) => ({ schemaVersion: 2, schema }) as const;

/** Events of `patient-<uuid>` streams: identity and consent. */
export const patientEventCatalogue = {
  PatientRegistered: v1(patientRegisteredSchema),
  PatientDetailsUpdated: v1(patientDetailsUpdatedSchema),
  ConsentRecorded: v1(consentRecordedSchema),
  ConsentRevoked: v1(consentRevokedSchema),
} as const;

/** Events of `case-<uuid>` streams: one case-management episode. */
export const caseEventCatalogue = {
  CaseOpened: v1(caseOpenedSchema),
  CaseClosed: v1(caseClosedSchema),
  AssessmentRecorded: v1(assessmentRecordedSchema),
  RiskStratified: v1(riskStratifiedSchema),
  ProblemIdentified: v1(problemIdentifiedSchema),
  ProblemResolved: v1(problemResolvedSchema),
  CarePlanDrafted: v1(carePlanDraftedSchema),
  CarePlanActivated: v1(carePlanActivatedSchema),
  CarePlanRevised: v2(carePlanRevisedSchema),
  CarePlanSuspended: v1(carePlanSuspendedSchema),
  CarePlanResumed: v1(carePlanResumedSchema),
  CarePlanClosed: v1(carePlanClosedSchema),
  GoalSet: v1(goalSetSchema),
  GoalProgressRecorded: v1(goalProgressRecordedSchema),
  GoalStatusChanged: v1(goalStatusChangedSchema),
  InterventionPlanned: v1(interventionPlannedSchema),
  InterventionStatusChanged: v1(interventionStatusChangedSchema),
  CareTeamMemberAssigned: v1(careTeamMemberAssignedSchema),
  CareTeamMemberReleased: v1(careTeamMemberReleasedSchema),
  ContactLogged: v1(contactLoggedSchema),
  EducationProvided: v1(educationProvidedSchema),
  UtilizationReviewPerformed: v2(utilizationReviewPerformedSchema),
  PayerDeterminationRecorded: v2(payerDeterminationRecordedSchema),
  AvoidableDayRecorded: v1(avoidableDayRecordedSchema),
  PayerReportSubmitted: v1(payerReportSubmittedSchema),
  HandoffInitiated: v1(handoffInitiatedSchema),
  HandoffAccepted: v1(handoffAcceptedSchema),
  HandoffDeclined: v1(handoffDeclinedSchema),
  DischargePlanUpdated: v1(dischargePlanUpdatedSchema),
  DischargeDecisionMade: v2(dischargeDecisionMadeSchema),
  PatientDischarged: v1(patientDischargedSchema),
  EntryCorrected: v1(entryCorrectedSchema),
  EntryMarkedInError: v1(entryMarkedInErrorSchema),
  AmendmentRequested: v1(amendmentRequestedSchema),
  AmendmentDeadlineExtended: v1(amendmentDeadlineExtendedSchema),
  AmendmentAccepted: v1(amendmentAcceptedSchema),
  AmendmentDenied: v1(amendmentDeniedSchema),
  DisagreementStatementFiled: v1(disagreementStatementFiledSchema),
  AmendmentRebuttalRecorded: v1(amendmentRebuttalRecordedSchema),
} as const;

/** The whole catalogue: a published entry is never edited, a new version gets an upcaster. */
export const eventCatalogue = {
  ...patientEventCatalogue,
  ...caseEventCatalogue,
} as const satisfies EventCatalogue;

/**
 * Events of `access-<patient uuid>` streams: who read or disclosed the patient's data, and
 * emergency accesses. Not clinical events, so not in `eventCatalogue`: projections of the record
 * never see them; the access log's projection reads only them.
 */
export const accessEventCatalogue = {
  PatientRecordAccessed: v1(patientRecordAccessedSchema),
  EmergencyAccessGranted: v1(emergencyAccessGrantedSchema),
} as const;

/** Events of the `integrity-checkpoints` stream: signed checkpoints over the whole store. */
export const integrityEventCatalogue = {
  IntegrityCheckpointRecorded: v1(integrityCheckpointRecordedSchema),
} as const;

/** Everything the store may hold: the codec decodes and encodes against this. */
export const storedEventCatalogue = {
  ...eventCatalogue,
  ...accessEventCatalogue,
  ...integrityEventCatalogue,
} as const satisfies EventCatalogue;

/** Upcasters of the current catalogue: version 2 of the decisions pins their evidence. */
export const upcasters: Upcasters = {
  DischargeDecisionMade: { 1: evidenceUpcaster('evidenceEventIds') },
  CarePlanRevised: { 1: evidenceUpcaster('triggeringEventIds') },
  UtilizationReviewPerformed: { 1: evidenceUpcaster('evidenceEventIds') },
  PayerDeterminationRecorded: { 1: evidenceUpcaster(null) },
};

export type PatientEventType = keyof typeof patientEventCatalogue;
export type CaseEventType = keyof typeof caseEventCatalogue;
export type CaretrailEventType = keyof typeof eventCatalogue;

/** The data of one event type, as its current schema outputs it. */
export type EventData<T extends CaretrailEventType> = z.output<
  (typeof eventCatalogue)[T]['schema']
>;

/** A typed domain event of one type. */
export type EventOf<T extends CaretrailEventType> = DomainEvent<T, EventData<T>>;

/** Any event of a patient stream. */
export type PatientEvent = { [T in PatientEventType]: EventOf<T> }[PatientEventType];

/** Any event of a case stream. */
export type CaseEvent = { [T in CaseEventType]: EventOf<T> }[CaseEventType];

/** Any clinical event: of a patient or a case stream. */
export type CaretrailEvent = PatientEvent | CaseEvent;

export type AccessEventType = keyof typeof accessEventCatalogue;

/** The data of one access event type. */
export type AccessEventData<T extends AccessEventType> = z.output<
  (typeof accessEventCatalogue)[T]['schema']
>;

/** Any event of an access stream. */
export type AccessEvent = {
  [T in AccessEventType]: DomainEvent<T, AccessEventData<T>>;
}[AccessEventType];

/** Whether a type name belongs to the access streams' catalogue. */
export function isAccessEventType(type: string): type is AccessEventType {
  return Object.hasOwn(accessEventCatalogue, type);
}

/** Whether a type name belongs to the patient streams' catalogue. */
export function isPatientEventType(type: string): type is PatientEventType {
  return Object.hasOwn(patientEventCatalogue, type);
}

/** Whether a type name belongs to the case streams' catalogue. */
export function isCaseEventType(type: string): type is CaseEventType {
  return Object.hasOwn(caseEventCatalogue, type);
}

/** Narrows a decoded event (e.g. a RecordedEvent) to a case event, keeping its id. */
export function isCaseEvent<E extends { readonly type: string; readonly data: unknown }>(
  event: E,
): event is E & CaseEvent {
  return isCaseEventType(event.type);
}

/** Narrows a decoded event (e.g. a RecordedEvent) to a patient event, keeping its id. */
export function isPatientEvent<E extends { readonly type: string; readonly data: unknown }>(
  event: E,
): event is E & PatientEvent {
  return isPatientEventType(event.type);
}
