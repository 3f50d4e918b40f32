import type { TableSpec } from '../projection.js';

/**
 * One row per timeline entry, clustered by patient: a page, newest first, is one backward range
 * read of the primary key (ORDER BY occurred_at DESC, seq DESC).
 */
export const timelineEntries: TableSpec = {
  name: 'patient_timeline_entries',
  clustered: true,
  columns: [
    { name: 'patient_id', type: 'TEXT', notNull: true },
    // UTC ISO instants, so that text order is time order.
    { name: 'occurred_at', type: 'TEXT', notNull: true },
    // The patient's own entry counter: breaks occurredAt ties in store order (positions are opaque text).
    { name: 'seq', type: 'INTEGER', notNull: true },
    { name: 'event_id', type: 'TEXT', notNull: true },
    // Null for the patient stream's own entries.
    { name: 'case_id', type: 'TEXT' },
    { name: 'stream_id', type: 'TEXT', notNull: true },
    { name: 'revision', type: 'INTEGER', notNull: true },
    { name: 'position', type: 'TEXT', notNull: true },
    { name: 'kind', type: 'TEXT', notNull: true },
    { name: 'event_type', type: 'TEXT', notNull: true },
    { name: 'recorded_at', type: 'TEXT', notNull: true },
    // 1 when recorded_late or out_of_order.
    { name: 'late_entry', type: 'INTEGER', notNull: true },
    // 1 when recorded more than an hour after it occurred.
    { name: 'recorded_late', type: 'INTEGER', notNull: true },
    // 1 when it occurred before the latest entry already on the same case (or patient stream).
    { name: 'out_of_order', type: 'INTEGER', notNull: true },
    { name: 'actor_user_id', type: 'TEXT', notNull: true },
    { name: 'actor_role', type: 'TEXT', notNull: true },
    { name: 'actor_on_behalf_of', type: 'TEXT' },
    // As currently corrected.
    { name: 'summary', type: 'TEXT', notNull: true },
    // 'recorded', 'corrected' or 'in-error'.
    { name: 'status', type: 'TEXT', notNull: true },
    // The summary as first recorded, while a correction changes it; null otherwise.
    { name: 'original_summary', type: 'TEXT' },
    // The latest correction still in force, when it was recorded and who made it (actor JSON).
    { name: 'corrected_by_event_id', type: 'TEXT' },
    { name: 'corrected_at', type: 'TEXT' },
    { name: 'corrected_by_actor', type: 'TEXT' },
    // The in-error mark, when it was recorded and who made it (actor JSON).
    { name: 'in_error_by_event_id', type: 'TEXT' },
    { name: 'in_error_at', type: 'TEXT' },
    { name: 'in_error_by_actor', type: 'TEXT' },
    // For correction entries: the entry they correct or mark in error.
    { name: 'target_event_id', type: 'TEXT' },
  ],
  primaryKey: ['patient_id', 'occurred_at', 'seq'],
  indexes: [
    // Corrections find their target, and links resolve, by event id.
    { name: 'by_event', columns: ['event_id'], unique: true },
    // One case's timeline alone, in the same order.
    { name: 'by_case', columns: ['case_id', 'occurred_at', 'seq'] },
  ],
};

/** Each stream's patient and case, and the latest occurredAt on it (for out-of-order entries). */
export const timelineStreams: TableSpec = {
  name: 'patient_timeline_streams',
  columns: [
    { name: 'stream_id', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
    { name: 'case_id', type: 'TEXT' },
    { name: 'latest_occurred_at', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['stream_id'],
};

/** The per-patient entry counter that `seq` comes from. */
export const timelinePatients: TableSpec = {
  name: 'patient_timeline_patients',
  columns: [
    { name: 'patient_id', type: 'TEXT', notNull: true },
    { name: 'entry_count', type: 'INTEGER', notNull: true },
  ],
  primaryKey: ['patient_id'],
};

/** Each case entry's data as recorded and as corrected: a correction re-summarises from it. */
export const timelineSources: TableSpec = {
  name: 'patient_timeline_sources',
  columns: [
    { name: 'event_id', type: 'TEXT', notNull: true },
    { name: 'event_type', type: 'TEXT', notNull: true },
    { name: 'original_json', type: 'TEXT', notNull: true },
    { name: 'current_json', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['event_id'],
};

/** Goals, interventions, problems, plans and handoffs by id: later entries name what they refer to. */
export const timelineEntities: TableSpec = {
  name: 'patient_timeline_entities',
  columns: [
    { name: 'entity_id', type: 'TEXT', notNull: true },
    { name: 'created_by_event_id', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['entity_id'],
};

/** Each correction's patch, so that one marked in error can be taken back out of its target. */
export const timelineCorrections: TableSpec = {
  name: 'patient_timeline_corrections',
  columns: [
    { name: 'event_id', type: 'TEXT', notNull: true },
    { name: 'target_event_id', type: 'TEXT', notNull: true },
    { name: 'seq', type: 'INTEGER', notNull: true },
    { name: 'patch_json', type: 'TEXT', notNull: true },
    { name: 'in_error', type: 'INTEGER', notNull: true },
    { name: 'recorded_at', type: 'TEXT', notNull: true },
    { name: 'actor_json', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['event_id'],
  indexes: [{ name: 'by_target', columns: ['target_event_id', 'seq'] }],
};

/** The entry columns a correction or an in-error mark changes: an entry's state as known. */
export const amendedColumns = [
  'summary',
  'status',
  'original_summary',
  'corrected_by_event_id',
  'corrected_at',
  'corrected_by_actor',
  'in_error_by_event_id',
  'in_error_at',
  'in_error_by_actor',
] as const;

/**
 * Each state an entry took when a correction or in-error mark changed it, with when that was
 * recorded: the timeline as known at an earlier time shows the last state recorded by then.
 */
export const timelineEntryVersions: TableSpec = {
  name: 'patient_timeline_entry_versions',
  clustered: true,
  columns: [
    { name: 'target_event_id', type: 'TEXT', notNull: true },
    // The seq of the entry that made the change: versions of one entry in store order.
    { name: 'seq', type: 'INTEGER', notNull: true },
    { name: 'amended_by_event_id', type: 'TEXT', notNull: true },
    { name: 'recorded_at', type: 'TEXT', notNull: true },
    ...timelineEntries.columns.filter((column) =>
      (amendedColumns as readonly string[]).includes(column.name),
    ),
  ],
  primaryKey: ['target_event_id', 'seq'],
};

export const timelineTables: readonly TableSpec[] = [
  timelineEntries,
  timelineStreams,
  timelinePatients,
  timelineSources,
  timelineEntities,
  timelineCorrections,
  timelineEntryVersions,
];
