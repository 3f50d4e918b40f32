import { entriesAsKnownAt } from '../../../projections/patient-timeline/entry-as-known.js';
import type { Actor } from '../../domain/values.js';
import type { ProjectionService } from '../../read-models/projection-service.js';
import { newestFirstKeyset, type PageRequest } from './connection.js';
import {
  integer,
  optionalText,
  placeholders,
  selectRows,
  servingTable,
  text,
  type SqlRow,
  type SqlValue,
  addInstantRange,
} from './read-model-sql.js';

export type TimelineKey = readonly [occurredAt: string, seq: number];

/** One timeline entry as the API serves it. */
export interface TimelineEntryRecord {
  readonly key: TimelineKey;
  readonly patientId: string;
  readonly eventId: string;
  readonly kind: string;
  readonly eventType: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly lateEntry: boolean;
  readonly recordedLate: boolean;
  readonly outOfOrder: boolean;
  /** recordedAt minus occurredAt, in whole seconds. */
  readonly recordingDelaySeconds: number;
  readonly actor: Actor;
  readonly caseId: string | null;
  readonly summary: string;
  readonly status: 'RECORDED' | 'CORRECTED' | 'IN_ERROR';
  readonly originalSummary: string | null;
  readonly correctedByEventId: string | null;
  readonly correctedAt: string | null;
  readonly correctedBy: Actor | null;
  readonly inErrorByEventId: string | null;
  readonly inErrorAt: string | null;
  readonly inErrorBy: Actor | null;
  readonly targetEventId: string | null;
  readonly streamId: string;
  readonly revision: number;
}

/** A timeline page's question: one patient's or one case's entries, filtered, one page. */
export interface TimelineQuery {
  readonly scope: { readonly patientId: string } | { readonly caseId: string };
  /** UTC ISO instants, inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  /** Transaction-time bounds, UTC ISO instants, inclusive. */
  readonly recordedFrom: string | null;
  readonly recordedTo: string | null;
  /** The timeline as known then: entries recorded by then, each as amended by then. */
  readonly knownAt: string | null;
  readonly kinds: readonly string[] | null;
  readonly page: PageRequest<TimelineKey>;
}

const statuses = { recorded: 'RECORDED', corrected: 'CORRECTED', 'in-error': 'IN_ERROR' } as const;

function actorOf(json: string | null): Actor | null {
  return json === null ? null : (JSON.parse(json) as Actor);
}

function entryOf(row: SqlRow): TimelineEntryRecord {
  const status = text(row, 'status') as keyof typeof statuses;
  const [occurredAt, recordedAt] = [text(row, 'occurred_at'), text(row, 'recorded_at')];
  return {
    key: [text(row, 'occurred_at'), integer(row, 'seq')],
    patientId: text(row, 'patient_id'),
    eventId: text(row, 'event_id'),
    kind: text(row, 'kind'),
    eventType: text(row, 'event_type'),
    occurredAt,
    recordedAt,
    recordingDelaySeconds: Math.round((Date.parse(recordedAt) - Date.parse(occurredAt)) / 1000),
    lateEntry: integer(row, 'late_entry') === 1,
    recordedLate: integer(row, 'recorded_late') === 1,
    outOfOrder: integer(row, 'out_of_order') === 1,
    actor: {
      userId: text(row, 'actor_user_id'),
      role: text(row, 'actor_role') as Actor['role'],
      ...(optionalText(row, 'actor_on_behalf_of') === null
        ? {}
        : { onBehalfOf: text(row, 'actor_on_behalf_of') }),
    },
    caseId: optionalText(row, 'case_id'),
    summary: text(row, 'summary'),
    status: statuses[status],
    originalSummary: optionalText(row, 'original_summary'),
    correctedByEventId: optionalText(row, 'corrected_by_event_id'),
    correctedAt: optionalText(row, 'corrected_at'),
    correctedBy: actorOf(optionalText(row, 'corrected_by_actor')),
    inErrorByEventId: optionalText(row, 'in_error_by_event_id'),
    inErrorAt: optionalText(row, 'in_error_at'),
    inErrorBy: actorOf(optionalText(row, 'in_error_by_actor')),
    targetEventId: optionalText(row, 'target_event_id'),
    streamId: text(row, 'stream_id'),
    revision: integer(row, 'revision'),
  };
}

/**
 * One page of a timeline, newest first: a keyset range over (occurred_at, seq) on the patient's
 * clustered key or the case index, fetched in the page's direction with one row more than asked.
 * Recorded-time bounds filter within that range. As known at `knownAt`, the page's entries are
 * shown as their versions recorded by then say, read in one more statement for the whole page.
 */
export function timelinePage(
  projections: ProjectionService,
  query: TimelineQuery,
  /** The cases whose entries the caller may read, besides the patient's own: all, or these. */
  readableCases: 'all' | readonly string[],
): TimelineEntryRecord[] {
  const table = servingTable(projections, 'patient-timeline', 'patient_timeline_entries');
  if (table === undefined || query.page.size === 0) return [];
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if ('patientId' in query.scope) {
    conditions.push('patient_id = ?');
    params.push(query.scope.patientId);
  } else {
    conditions.push('case_id = ?');
    params.push(query.scope.caseId);
  }
  if (readableCases !== 'all') {
    conditions.push(
      readableCases.length === 0
        ? 'case_id IS NULL'
        : `(case_id IS NULL OR case_id IN (${placeholders(readableCases.length)}))`,
    );
    params.push(...readableCases);
  }
  addInstantRange(conditions, params, 'occurred_at', query);
  addInstantRange(conditions, params, 'recorded_at', {
    from: query.recordedFrom,
    to: query.recordedTo,
  });
  addInstantRange(conditions, params, 'recorded_at', { from: null, to: query.knownAt });
  if (query.kinds !== null) {
    conditions.push(`kind IN (${placeholders(query.kinds.length)})`);
    params.push(...query.kinds);
  }
  const order = newestFirstKeyset(query.page, '(occurred_at, seq)', conditions, params);
  const rows = selectRows(
    projections,
    `SELECT * FROM ${table} WHERE ${conditions.join(' AND ')} ORDER BY occurred_at ${order}, seq ${order} LIMIT ?`,
    [...params, query.page.size + 1],
  );
  if (query.knownAt === null) return rows.map(entryOf);
  return entriesAsKnownAt(rows, entryVersions(projections, rows), query.knownAt).map(entryOf);
}

/** Every recorded version of these entries, in one statement. */
function entryVersions(projections: ProjectionService, entries: readonly SqlRow[]): SqlRow[] {
  const table = servingTable(projections, 'patient-timeline', 'patient_timeline_entry_versions');
  if (table === undefined || entries.length === 0) return [];
  const ids = entries.map((entry) => text(entry, 'event_id'));
  return selectRows(
    projections,
    `SELECT * FROM ${table} WHERE target_event_id IN (${placeholders(ids.length)})`,
    ids,
  );
}

/** Which of these patients the timeline knows (every registered patient has entries). */
export function knownPatients(
  projections: ProjectionService,
  patientIds: readonly string[],
): Set<string> {
  const table = servingTable(projections, 'patient-timeline', 'patient_timeline_patients');
  if (table === undefined || patientIds.length === 0) return new Set();
  const rows = selectRows(
    projections,
    `SELECT patient_id FROM ${table} WHERE patient_id IN (${placeholders(patientIds.length)})`,
    patientIds,
  );
  return new Set(rows.map((row) => text(row, 'patient_id')));
}
