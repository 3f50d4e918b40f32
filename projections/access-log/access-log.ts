import type { AccessEventType } from '../../src/domain/events/catalogue.js';
import type { ProjectedAccessEvent, Projection, ReadModelChange } from '../projection.js';
import { utcInstant } from '../shared/utc-instant.js';
import { accessLogEntries, emergencyAccesses } from './access-log-tables.js';
import { dataCategoriesOf } from './data-categories.js';

type Of<T extends AccessEventType> = Extract<ProjectedAccessEvent, { type: T }>;

function accessed(event: Of<'PatientRecordAccessed'>): ReadModelChange[] {
  const { data } = event;
  return [
    {
      kind: 'upsert',
      table: accessLogEntries.name,
      row: {
        event_id: event.id,
        recorded_at: utcInstant(event.recordedAt),
        patient_id: data.patientId,
        user_id: event.actor.userId,
        role: data.role,
        operation_type: data.operation.type,
        operation_name: data.operation.name,
        fields: data.fields,
        data_categories: dataCategoriesOf(data.fields),
        case_ids: data.caseIds,
        outcome: data.outcome,
        basis: data.basis,
        purpose_of_use: data.purposeOfUse,
        emergency_reason: data.emergencyReason?.text ?? null,
        client_address: data.client.address,
        request_id: data.client.requestId,
      },
    },
  ];
}

function emergencyGranted(event: Of<'EmergencyAccessGranted'>): ReadModelChange[] {
  return [
    {
      kind: 'upsert',
      table: emergencyAccesses.name,
      row: {
        event_id: event.id,
        user_id: event.actor.userId,
        patient_id: event.data.patientId,
        granted_at: utcInstant(event.recordedAt),
        expires_at: utcInstant(event.data.expiresAt),
        reason_text: event.data.reason.text,
        reason_code: event.data.reason.code ?? null,
      },
    },
  ];
}

/** The access log: every read of patient data and every refused attempt, and emergency accesses. */
export const accessLog: Projection<ProjectedAccessEvent> = {
  name: 'access-log',
  // 2: data categories per access.
  version: 2,
  description:
    'Access records (who read which patient, when, what, why, from where, the outcome) and emergency accesses, from the access- streams.',
  tables: [accessLogEntries, emergencyAccesses],
  handles: new Set<AccessEventType>(['PatientRecordAccessed', 'EmergencyAccessGranted']),
  apply(event) {
    switch (event.type) {
      case 'PatientRecordAccessed':
        return accessed(event);
      case 'EmergencyAccessGranted':
        return emergencyGranted(event);
    }
  },
};
