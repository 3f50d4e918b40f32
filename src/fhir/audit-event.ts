import type {
  AccessLogEntryRecord,
  EmergencyAccessRecord,
} from '../../projections/access-log/access-log-records.js';
import { streams } from '../application/streams.js';
import type {
  AuditEvent,
  AuditEventAgent,
  AuditEventEntity,
  CodeableConcept,
  Coding,
} from './r4-types.js';
import { recordedEventExtension } from './recorded-event-extension.js';
import { coding, roleConcept, systems, userIdentifier } from './terminology.js';

type PurposeOfUse = AccessLogEntryRecord['purposeOfUse'];

const actReason = (code: string, display: string) => coding(systems.actReason, code, display);
const emergencyTreatment = actReason('ETREAT', 'Emergency Treatment');
const breakTheGlass = actReason('BTG', 'break the glass');

/** caretrail's purposes of use as HL7 v3 ActReason (PurposeOfUse) codes. */
const purposeCodes: Readonly<Record<PurposeOfUse, readonly Coding[]>> = {
  treatment: [actReason('TREAT', 'treatment')],
  'emergency-treatment': [emergencyTreatment, breakTheGlass],
  audit: [actReason('HCOMPL', 'health compliance')],
  'quality-improvement': [actReason('HQUALIMP', 'health quality improvement')],
  operations: [actReason('HOPERAT', 'healthcare operations')],
};

/** One concept per code; the emergency's reason is the text of ETREAT. */
function purposeConcepts(codings: readonly Coding[], emergencyReason: string | null) {
  return codings.map((code): CodeableConcept =>
    code === emergencyTreatment && emergencyReason !== null
      ? { coding: [code], text: emergencyReason }
      : { coding: [code] },
  );
}

const dicom = (code: string, display: string) => coding(systems.dicom, code, display);
const entityType = (code: string, display: string) =>
  coding(systems.auditEntityType, code, display);
const objectRole = (code: string, display: string) => coding(systems.objectRole, code, display);

/** The observer of every access: this service, an application server. */
const source: AuditEvent['source'] = {
  site: 'caretrail',
  observer: { identifier: { system: systems.service, value: 'caretrail' }, display: 'caretrail' },
  type: [coding(systems.securitySourceType, '4', 'Application Server')],
};

function userAgent(userId: string, role: string | null): Omit<AuditEventAgent, 'requestor'> {
  return {
    type: { coding: [coding(systems.securityRoleType, 'humanuser', 'human user')] },
    ...(role === null ? {} : { role: [roleConcept(role)] }),
    who: { identifier: userIdentifier(userId), display: userId },
  };
}

function patientEntity(patientId: string): AuditEventEntity {
  return {
    what: { reference: `Patient/${patientId}` },
    type: entityType('1', 'Person'),
    role: objectRole('1', 'Patient'),
  };
}

/**
 * An access record as a FHIR R4 AuditEvent (DICOM 110110 "Patient Record", read): who, in which
 * role, from which address and for what purpose; the outcome (0 granted, 4 refused); the patient,
 * the cases reached, and the request with the fields of patient data it asked for.
 */
export function accessAuditEvent(record: AccessLogEntryRecord): AuditEvent {
  const purpose = purposeConcepts(purposeCodes[record.purposeOfUse], record.emergencyReason);
  const caseEntities = record.caseIds.map((caseId): AuditEventEntity => ({
    what: { reference: `EpisodeOfCare/${caseId}` },
    type: entityType('2', 'System Object'),
    role: objectRole('4', 'Domain Resource'),
  }));
  const request: AuditEventEntity = {
    what: { identifier: { system: systems.requestId, value: record.requestId } },
    type: entityType('2', 'System Object'),
    role: objectRole('24', 'Query'),
    ...(record.operationName === null ? {} : { name: record.operationName }),
    description: `${record.operationType} request`,
    ...(record.fields.length > 0
      ? { detail: record.fields.map((field) => ({ type: 'field', valueString: field })) }
      : {}),
  };
  const granted = record.outcome === 'granted';
  return {
    resourceType: 'AuditEvent',
    id: record.id,
    extension: [
      recordedEventExtension({
        eventId: record.id,
        eventType: 'PatientRecordAccessed',
        streamId: streams.access(record.patientId),
        correlationId: record.requestId,
      }),
    ],
    type: dicom('110110', 'Patient Record'),
    subtype: [
      coding(systems.restfulInteraction, 'read', 'read'),
      coding(systems.operationType, record.operationType),
    ],
    action: 'R',
    recorded: record.recordedAt,
    outcome: granted ? '0' : '4',
    outcomeDesc: granted
      ? `granted (${record.basis ?? 'role'} basis)`
      : 'refused: the caller may not read this record',
    purposeOfEvent: purpose,
    agent: [
      {
        ...userAgent(record.userId, record.role),
        requestor: true,
        ...(record.clientAddress === null
          ? {}
          : { network: { address: record.clientAddress, type: '2' as const } }),
        purposeOfUse: purpose,
      },
    ],
    source,
    entity: [patientEntity(record.patientId), ...caseEntities, request],
  };
}

/**
 * An emergency access as a FHIR R4 AuditEvent: a DICOM 110113 "Security Alert" of subtype 110127
 * "Emergency Override Started" (action E), for emergency treatment, breaking the glass, with its
 * reason, over the period it grants.
 */
export function emergencyAccessAuditEvent(grant: EmergencyAccessRecord): AuditEvent {
  const purpose: CodeableConcept[] = [
    { coding: [emergencyTreatment], text: grant.reasonText },
    {
      coding: [
        breakTheGlass,
        ...(grant.reasonCode === null ? [] : [coding(systems.reasonCode, grant.reasonCode)]),
      ],
    },
  ];
  return {
    resourceType: 'AuditEvent',
    id: grant.id,
    extension: [
      recordedEventExtension({
        eventId: grant.id,
        eventType: 'EmergencyAccessGranted',
        streamId: streams.access(grant.patientId),
      }),
    ],
    type: dicom('110113', 'Security Alert'),
    subtype: [dicom('110127', 'Emergency Override Started')],
    action: 'E',
    period: { start: grant.grantedAt, end: grant.expiresAt },
    recorded: grant.grantedAt,
    outcome: '0',
    outcomeDesc: `emergency access granted until ${grant.expiresAt}`,
    purposeOfEvent: purpose,
    agent: [{ ...userAgent(grant.userId, null), requestor: true, purposeOfUse: purpose }],
    source,
    entity: [patientEntity(grant.patientId)],
  };
}
