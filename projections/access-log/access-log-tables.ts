import type { TableSpec } from '../projection.js';

/** One row per access record: every read of patient data, and every refused attempt. */
export const accessLogEntries: TableSpec = {
  name: 'access_log_entries',
  columns: [
    { name: 'event_id', type: 'TEXT', notNull: true },
    // UTC ISO instant the store accepted the record: when the access happened.
    { name: 'recorded_at', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
    { name: 'user_id', type: 'TEXT', notNull: true },
    { name: 'role', type: 'TEXT', notNull: true },
    { name: 'operation_type', type: 'TEXT', notNull: true },
    { name: 'operation_name', type: 'TEXT' },
    { name: 'fields', type: 'JSON', notNull: true },
    // The kinds of data the fields belong to (see data-categories.ts).
    { name: 'data_categories', type: 'JSON', notNull: true },
    { name: 'case_ids', type: 'JSON', notNull: true },
    { name: 'outcome', type: 'TEXT', notNull: true },
    { name: 'basis', type: 'TEXT' },
    { name: 'purpose_of_use', type: 'TEXT', notNull: true },
    { name: 'emergency_reason', type: 'TEXT' },
    { name: 'client_address', type: 'TEXT' },
    { name: 'request_id', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['event_id'],
  indexes: [
    { name: 'by_patient_at', columns: ['patient_id', 'recorded_at', 'event_id'] },
    { name: 'by_user_at', columns: ['user_id', 'recorded_at', 'event_id'] },
    { name: 'by_at', columns: ['recorded_at', 'event_id'] },
  ],
};

/** Emergency ("break-glass") accesses: who may read which patient's record until when, and why. */
export const emergencyAccesses: TableSpec = {
  name: 'emergency_accesses',
  columns: [
    { name: 'event_id', type: 'TEXT', notNull: true },
    { name: 'user_id', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
    { name: 'granted_at', type: 'TEXT', notNull: true },
    { name: 'expires_at', type: 'TEXT', notNull: true },
    { name: 'reason_text', type: 'TEXT', notNull: true },
    { name: 'reason_code', type: 'TEXT' },
  ],
  primaryKey: ['event_id'],
  indexes: [{ name: 'by_user_until', columns: ['user_id', 'expires_at', 'patient_id'] }],
};
