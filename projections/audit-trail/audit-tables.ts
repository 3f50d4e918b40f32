import type { TableSpec } from '../projection.js';

/**
 * One row per event: who, when, why, under which command and request, and what it changed.
 * Clustered by stream and revision, so one case's trail is one range read in store order.
 */
export const auditEvents: TableSpec = {
  name: 'audit_trail_events',
  clustered: true,
  columns: [
    { name: 'stream_id', type: 'TEXT', notNull: true },
    { name: 'revision', type: 'INTEGER', notNull: true },
    // The trail's own count of events in store order: positions are opaque text and do not sort.
    { name: 'seq', type: 'INTEGER', notNull: true },
    { name: 'event_id', type: 'TEXT', notNull: true },
    { name: 'position', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
    // Null for patient-stream events.
    { name: 'case_id', type: 'TEXT' },
    { name: 'event_type', type: 'TEXT', notNull: true },
    // 'decision' or 'record'.
    { name: 'category', type: 'TEXT', notNull: true },
    // UTC ISO instants, so that text order is time order.
    { name: 'occurred_at', type: 'TEXT', notNull: true },
    { name: 'recorded_at', type: 'TEXT', notNull: true },
    { name: 'actor_user_id', type: 'TEXT', notNull: true },
    { name: 'actor_role', type: 'TEXT', notNull: true },
    { name: 'actor_on_behalf_of', type: 'TEXT' },
    // The envelope's reason, else the one the event data carries (rationale for discharge decisions).
    { name: 'reason_text', type: 'TEXT' },
    { name: 'reason_code', type: 'TEXT' },
    { name: 'command_id', type: 'TEXT', notNull: true },
    { name: 'correlation_id', type: 'TEXT', notNull: true },
    { name: 'causation_id', type: 'TEXT' },
    // For corrections and in-error marks: the entry they act on.
    { name: 'target_event_id', type: 'TEXT' },
    // Canonical JSON of what changed, before and after; null where the event says it all.
    { name: 'changes_json', type: 'TEXT' },
  ],
  primaryKey: ['stream_id', 'revision'],
  indexes: [
    { name: 'by_event', columns: ['event_id'], unique: true },
    { name: 'by_seq', columns: ['seq'], unique: true },
    // "What did this user do, and when": the auditor's usual first question.
    { name: 'by_actor_at', columns: ['actor_user_id', 'recorded_at'] },
    { name: 'by_category_at', columns: ['category', 'recorded_at'] },
    { name: 'by_type_at', columns: ['event_type', 'recorded_at'] },
    // Everything done to one patient's records, across their cases, in store order.
    { name: 'by_patient', columns: ['patient_id', 'seq'] },
    { name: 'by_correlation', columns: ['correlation_id'] },
    // "What happened to this entry since": its corrections and in-error mark.
    { name: 'by_target', columns: ['target_event_id'] },
  ],
};

/** Each stream's patient and case: case events after CaseOpened carry neither. */
export const auditStreams: TableSpec = {
  name: 'audit_trail_streams',
  columns: [
    { name: 'stream_id', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
    { name: 'case_id', type: 'TEXT' },
  ],
  primaryKey: ['stream_id'],
};

/** The trail's event counter that `seq` comes from. */
export const auditCounters: TableSpec = {
  name: 'audit_trail_counters',
  columns: [
    { name: 'name', type: 'TEXT', notNull: true },
    { name: 'value', type: 'INTEGER', notNull: true },
  ],
  primaryKey: ['name'],
};

/** Each case entry's data as recorded and as corrected now: the "before" of the next correction. */
export const auditEntries: TableSpec = {
  name: 'audit_trail_entries',
  columns: [
    { name: 'event_id', type: 'TEXT', notNull: true },
    { name: 'event_type', type: 'TEXT', notNull: true },
    { name: 'original_json', type: 'TEXT', notNull: true },
    { name: 'current_json', type: 'TEXT', notNull: true },
    { name: 'in_error', type: 'INTEGER', notNull: true },
  ],
  primaryKey: ['event_id'],
};

/** Goals and interventions as they stand: the "before" a plan revision refers to. */
export const auditEntities: TableSpec = {
  name: 'audit_trail_entities',
  columns: [
    { name: 'entity_id', type: 'TEXT', notNull: true },
    // 'goal' or 'intervention'.
    { name: 'entity_kind', type: 'TEXT', notNull: true },
    { name: 'created_by_event_id', type: 'TEXT', notNull: true },
    // Lifecycle status; 'entered-in-error' once its creating entry is marked in error.
    { name: 'status', type: 'TEXT', notNull: true },
    // Goals only: the latest recorded achievement status.
    { name: 'achievement_status', type: 'TEXT' },
  ],
  primaryKey: ['entity_id'],
};

export const auditTables: readonly TableSpec[] = [
  auditEvents,
  auditStreams,
  auditCounters,
  auditEntries,
  auditEntities,
];
