import type { CaseView } from '../../../projections/current-case/case-view-types.js';
import type { ProjectionService } from '../../read-models/projection-service.js';
import { newestFirstKeyset, type PageRequest } from './connection.js';
import {
  placeholders,
  selectRows,
  servingTable,
  text,
  type SqlRow,
  type SqlValue,
} from './read-model-sql.js';

/** A patient the read models know: the Patient type's parent. */
export interface PatientRecord {
  readonly id: string;
}

/** A case as the current-case read model holds it: the Case type's parent. */
export interface CaseRecord {
  readonly id: string;
  readonly view: CaseView;
}

/** The values of a case's status in the read model (the CaseStatus enum's codes). */
export const caseStatuses = ['open', 'closed'] as const;

/** The caseload's order: newest admission first, ties by case id. */
export type CaseloadKey = readonly [admittedAt: string, caseId: string];

/**
 * Parsed case views by case id, kept while their revision is current: a view is an immutable
 * document of its revision, so requests share the parse instead of repeating it for every read.
 */
const parsedViews = new Map<string, { revision: number; view: CaseView }>();
const parsedViewsKept = 2_000;

/** A case row as a record; `table` keys the cache, so another build's rows never share a parse. */
function recordOf(row: SqlRow, table: string): CaseRecord {
  const id = text(row, 'case_id');
  const key = `${table}/${id}`;
  const revision = row.revision;
  const cached = parsedViews.get(key);
  if (cached && cached.revision === revision) return { id, view: cached.view };
  const stored = row.view;
  const view = (typeof stored === 'string' ? JSON.parse(stored) : stored) as CaseView;
  if (typeof revision === 'number') {
    parsedViews.delete(key);
    parsedViews.set(key, { revision, view });
    if (parsedViews.size > parsedViewsKept) parsedViews.delete(parsedViews.keys().next().value!);
  }
  return { id, view };
}

export function caseloadKeyOf(record: CaseRecord): CaseloadKey {
  return [record.view.opening?.admittedAt ?? '', record.id];
}

/** The cases with these ids, in one query. */
export function casesByIds(
  projections: ProjectionService,
  caseIds: readonly string[],
): Map<string, CaseRecord> {
  const table = servingTable(projections, 'current-case', 'case_current');
  if (table === undefined || caseIds.length === 0) return new Map();
  const rows = selectRows(
    projections,
    `SELECT case_id, revision, view FROM ${table} WHERE case_id IN (${placeholders(caseIds.length)})`,
    caseIds,
  );
  return new Map(rows.map((row) => [text(row, 'case_id'), recordOf(row, table)]));
}

/** Every case of these patients, newest admission first, in one query. */
export function casesByPatients(
  projections: ProjectionService,
  patientIds: readonly string[],
): Map<string, CaseRecord[]> {
  const byPatient = new Map<string, CaseRecord[]>(patientIds.map((id) => [id, []]));
  const table = servingTable(projections, 'current-case', 'case_current');
  if (table === undefined || patientIds.length === 0) return byPatient;
  const rows = selectRows(
    projections,
    `SELECT case_id, patient_id, revision, view FROM ${table} WHERE patient_id IN (${placeholders(patientIds.length)}) ORDER BY admitted_at DESC, case_id DESC`,
    patientIds,
  );
  for (const row of rows) byPatient.get(text(row, 'patient_id'))?.push(recordOf(row, table));
  return byPatient;
}

/**
 * One page of a user's caseload: the cases on whose care team they are now, keyset on
 * (admitted_at, case_id) descending.
 */
export function caseloadPage(
  projections: ProjectionService,
  query: {
    /** The cases on whose care teams the caller is now (see RequestAccess.currentCaseIds). */
    caseIds: readonly string[];
    status: string | null;
    page: PageRequest<CaseloadKey>;
  },
): CaseRecord[] {
  const cases = servingTable(projections, 'current-case', 'case_current');
  if (cases === undefined || query.page.size === 0 || query.caseIds.length === 0) return [];
  const conditions = [`case_id IN (${placeholders(query.caseIds.length)})`];
  const params: SqlValue[] = [...query.caseIds];
  if (query.status !== null) {
    conditions.push('status = ?');
    params.push(query.status);
  }
  const order = newestFirstKeyset(
    query.page,
    "(COALESCE(admitted_at, ''), case_id)",
    conditions,
    params,
  );
  const rows = selectRows(
    projections,
    `SELECT case_id, revision, view FROM ${cases} WHERE ${conditions.join(' AND ')} ORDER BY COALESCE(admitted_at, '') ${order}, case_id ${order} LIMIT ?`,
    [...params, query.page.size + 1],
  );
  return rows.map((row) => recordOf(row, cases));
}
