import type { Actor, Reason } from '../../domain/values.js';
import type { ProjectionService } from '../../read-models/projection-service.js';
import type { PageRequest } from './connection.js';
import { sortedLogPage } from './sorted-log.js';
import {
  integer,
  optionalText,
  placeholders,
  selectRows,
  servingTable,
  text,
  type SqlRow,
  type SqlValue,
} from './read-model-sql.js';

/** One row of the decision and audit trail: the Decision type's parent. */
export interface DecisionRecord {
  readonly eventId: string;
  readonly eventType: string;
  readonly category: string;
  readonly streamId: string;
  /** The patient the record belongs to. */
  readonly patientId: string;
  /** The case, for entries of a case stream. */
  readonly caseId: string | null;
  readonly revision: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly reason: Reason | null;
  readonly changes: unknown;
  readonly targetEventId: string | null;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** Where an event is stored: its stream and revision. */
export interface EventLocation {
  readonly streamId: string;
  readonly revision: number;
}

function decisionOf(row: SqlRow): DecisionRecord {
  const reasonText = optionalText(row, 'reason_text');
  const reasonCode = optionalText(row, 'reason_code');
  const changes = optionalText(row, 'changes_json');
  const onBehalfOf = optionalText(row, 'actor_on_behalf_of');
  return {
    eventId: text(row, 'event_id'),
    eventType: text(row, 'event_type'),
    category: text(row, 'category'),
    streamId: text(row, 'stream_id'),
    patientId: text(row, 'patient_id'),
    caseId: optionalText(row, 'case_id'),
    revision: integer(row, 'revision'),
    occurredAt: text(row, 'occurred_at'),
    recordedAt: text(row, 'recorded_at'),
    actor: {
      userId: text(row, 'actor_user_id'),
      role: text(row, 'actor_role') as Actor['role'],
      ...(onBehalfOf === null ? {} : { onBehalfOf }),
    },
    reason:
      reasonText === null
        ? null
        : { text: reasonText, ...(reasonCode ? { code: reasonCode } : {}) },
    changes: changes === null ? null : (JSON.parse(changes) as unknown),
    targetEventId: optionalText(row, 'target_event_id'),
    commandId: text(row, 'command_id'),
    correlationId: text(row, 'correlation_id'),
    causationId: optionalText(row, 'causation_id'),
  };
}

/**
 * One page of a stream's audit trail in store order: a keyset range over the clustered
 * (stream_id, revision) key. `kinds` matches event types or categories.
 */
export function decisionPage(
  projections: ProjectionService,
  query: { streamId: string; kinds: readonly string[] | null; page: PageRequest<number> },
): DecisionRecord[] {
  const table = servingTable(projections, 'audit-trail', 'audit_trail_events');
  if (table === undefined || query.page.size === 0) return [];
  const conditions = ['stream_id = ?'];
  const params: SqlValue[] = [query.streamId];
  if (query.kinds !== null) {
    const list = placeholders(query.kinds.length);
    conditions.push(`(event_type IN (${list}) OR category IN (${list}))`);
    params.push(...query.kinds, ...query.kinds);
  }
  if (query.page.after !== null) {
    conditions.push('revision > ?');
    params.push(query.page.after);
  }
  const rows = selectRows(
    projections,
    `SELECT * FROM ${table} WHERE ${conditions.join(' AND ')} ORDER BY revision LIMIT ?`,
    [...params, query.page.size + 1],
  );
  return rows.map(decisionOf);
}

/** Where each of these events is stored, from the trail's unique event-id index, in one query. */
export function eventLocations(
  projections: ProjectionService,
  eventIds: readonly string[],
): Map<string, EventLocation> {
  const table = servingTable(projections, 'audit-trail', 'audit_trail_events');
  if (table === undefined || eventIds.length === 0) return new Map();
  const rows = selectRows(
    projections,
    `SELECT event_id, stream_id, revision FROM ${table} WHERE event_id IN (${placeholders(eventIds.length)})`,
    eventIds,
  );
  return new Map(
    rows.map((row) => [
      text(row, 'event_id'),
      { streamId: text(row, 'stream_id'), revision: integer(row, 'revision') },
    ]),
  );
}

/** Ties (one command's events share their times) fall back to store order: the trail's seq. */
const storeOrder = (seq: number): string => String(seq).padStart(15, '0');

const auditTrailTable = {
  projection: 'audit-trail',
  table: 'audit_trail_events',
  idColumn: "printf('%015d', seq)",
  timeColumn: 'recorded_at',
} as const;

/** The audit trail's filters and sort fields, by their API names, as columns. */
export const auditTrailColumns = {
  patientId: 'patient_id',
  caseId: 'case_id',
  userId: 'actor_user_id',
  role: 'actor_role',
  eventType: 'event_type',
  category: 'category',
  correlationId: 'correlation_id',
  recordedAt: 'recorded_at',
  occurredAt: 'occurred_at',
} as const;

export type AuditTrailColumn = keyof typeof auditTrailColumns;

/** One page of every record's audit trail, filtered by any audited field and sorted by one. */
export function auditTrailPage(
  projections: ProjectionService,
  query: {
    readonly equal: Partial<Record<AuditTrailColumn, string>>;
    readonly from: string | null;
    readonly to: string | null;
    readonly sort: AuditTrailColumn;
    readonly descending: boolean;
    readonly page: PageRequest<readonly [string, string]>;
  },
): { readonly record: DecisionRecord; readonly key: readonly [string, string] }[] {
  const equal = Object.fromEntries(
    Object.entries(query.equal)
      .filter((entry): entry is [AuditTrailColumn, string] => entry[1] !== undefined)
      .map(([name, value]) => [auditTrailColumns[name], value]),
  );
  const sortColumn = auditTrailColumns[query.sort];
  return sortedLogPage(projections, auditTrailTable, {
    equal,
    from: query.from,
    to: query.to,
    sortColumn,
    descending: query.descending,
    page: query.page,
  }).map((row) => ({
    record: decisionOf(row),
    key: [optionalText(row, sortColumn) ?? '', storeOrder(integer(row, 'seq'))] as const,
  }));
}

/** `USER_ID` → `userId`: an API enum name as the audit trail's field name. */
const camelCaseOf = (name: string): string =>
  name.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** An audit trail question from the API's filter and order (newest first when none is given). */
export function auditTrailQueryOf(
  filter: Readonly<Record<string, string | null | undefined>> | null | undefined,
  orderBy: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null | undefined,
  page: PageRequest<readonly [string, string]>,
): Parameters<typeof auditTrailPage>[1] {
  const { from, to, ...equal } = filter ?? {};
  return {
    equal: Object.fromEntries(Object.entries(equal).filter(([, value]) => value != null)),
    from: from == null ? null : new Date(from).toISOString(),
    to: to == null ? null : new Date(to).toISOString(),
    sort: camelCaseOf(orderBy?.field ?? 'RECORDED_AT') as AuditTrailColumn,
    descending: (orderBy?.direction ?? 'DESC') === 'DESC',
    page,
  };
}
