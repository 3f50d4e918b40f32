import type { ProjectionService } from '../../read-models/projection-service.js';
import type { PageRequest } from './connection.js';
import {
  addInstantRange,
  selectRows,
  servingTable,
  type SqlRow,
  type SqlValue,
} from './read-model-sql.js';

/** A log table auditors page through: its projection, its row id and its time column. */
export interface SortedLogTable {
  readonly projection: string;
  readonly table: string;
  /** A unique text column or expression: the tie-breaker of every order. */
  readonly idColumn: string;
  readonly timeColumn: string;
}

/** A question to a log: equality filters, a time range, one sort column, a forward page. */
export interface SortedLogQuery {
  /** Column → value; every one must match. */
  readonly equal: Readonly<Record<string, string>>;
  /** Columns holding a JSON list, each with a value the list must contain. */
  readonly contains?: readonly { readonly column: string; readonly value: string }[];
  readonly from: string | null;
  readonly to: string | null;
  readonly sortColumn: string;
  readonly descending: boolean;
  /** The key is (sort value, row id); absent values sort as ''. */
  readonly page: PageRequest<readonly [string, string]>;
}

/**
 * One page of a log, filtered by any columns and sorted by one, keyset-paged on (sort value, row
 * id) so the order is total and stable: the access log and the audit trail share it.
 */
export function sortedLogPage(
  projections: ProjectionService,
  log: SortedLogTable,
  query: SortedLogQuery,
): SqlRow[] {
  const table = servingTable(projections, log.projection, log.table);
  if (table === undefined || query.page.size === 0) return [];
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  for (const [column, value] of Object.entries(query.equal)) {
    conditions.push(`${column} = ?`);
    params.push(value);
  }
  for (const { column, value } of query.contains ?? []) {
    conditions.push(`EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`);
    params.push(value);
  }
  addInstantRange(conditions, params, log.timeColumn, query);
  const sortKey = `COALESCE(CAST(${query.sortColumn} AS TEXT), '')`;
  const order = query.descending ? 'DESC' : 'ASC';
  if (query.page.after !== null) {
    conditions.push(`(${sortKey}, ${log.idColumn}) ${query.descending ? '<' : '>'} (?, ?)`);
    params.push(...query.page.after);
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  return selectRows(
    projections,
    `SELECT * FROM ${table} ${where} ORDER BY ${sortKey} ${order}, ${log.idColumn} ${order} LIMIT ?`,
    [...params, query.page.size + 1],
  );
}
