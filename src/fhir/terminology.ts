import type { CodeableConcept, Coding, Identifier } from './r4-types.js';

/** Code systems and identifier systems of the FHIR exports: HL7, DICOM and caretrail's own. */
export const systems = {
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  provenanceParticipantType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  dicom: 'http://dicom.nema.org/resources/ontology/DCM',
  restfulInteraction: 'http://hl7.org/fhir/restful-interaction',
  auditEntityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  objectRole: 'http://terminology.hl7.org/CodeSystem/object-role',
  securitySourceType: 'http://terminology.hl7.org/CodeSystem/security-source-type',
  securityRoleType: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  dischargeDisposition: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  goalPriority: 'http://terminology.hl7.org/CodeSystem/goal-priority',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  /** caretrail's own: users, roles, reason codes, events, requests, GraphQL operation types. */
  userId: 'urn:caretrail:user-id',
  role: 'urn:caretrail:role',
  reasonCode: 'urn:caretrail:reason-code',
  eventId: 'urn:caretrail:event-id',
  requestId: 'urn:caretrail:request-id',
  operationType: 'urn:caretrail:graphql-operation-type',
  service: 'urn:caretrail:service',
  /** caretrail's own, for the de-identified care exports: pseudonyms and local codes. */
  patientPseudonym: 'urn:caretrail:patient-pseudonym',
  casePseudonym: 'urn:caretrail:case-pseudonym',
  problemId: 'urn:caretrail:problem-id',
  program: 'urn:caretrail:program',
  admissionType: 'urn:caretrail:admission-type',
  careTeamRole: 'urn:caretrail:care-team-role',
  interventionKind: 'urn:caretrail:intervention-kind',
  goalMeasure: 'urn:caretrail:goal-measure',
  instrument: 'urn:caretrail:instrument',
  assessmentBand: 'urn:caretrail:assessment-band',
} as const;

export function coding(system: string, code: string, display?: string): Coding {
  return display === undefined ? { system, code } : { system, code, display };
}

export function concept(...codings: Coding[]): CodeableConcept {
  return { coding: codings };
}

/** A caretrail user, by the id the identity provider gave them. */
export function userIdentifier(userId: string): Identifier {
  return { system: systems.userId, value: userId };
}

/** A caretrail role as a coded concept (`case_manager`, `auditor`, …). */
export function roleConcept(role: string): CodeableConcept {
  return { coding: [coding(systems.role, role)], text: role.replaceAll('_', ' ') };
}
