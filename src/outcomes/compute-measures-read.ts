import { caseOutcomes } from '../../projections/case-outcomes/case-outcomes.js';
import { textCell } from '../../projections/shared/row-cells.js';
import { selectRows, servingTable, type SqlRow } from '../graphql/read/read-model-sql.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import {
  measureCases,
  type MeasureReport,
  type MeasureRequest,
  type Period,
} from './compute-measures.js';
import { outcomeCaseOf, type OutcomeCase } from './outcome-case.js';

/** A readmission may come up to 30 days after a discharge in the period. */
const readmissionWindowDays = 31;

/**
 * The cases a period's measures may rest on, in two statements whatever their number: every case
 * admitted before the period's end plus the readmission window, with its facts.
 */
export function loadOutcomeCases(projections: ProjectionService, period: Period): OutcomeCase[] {
  const outcomes = servingTable(projections, caseOutcomes.name, 'case_outcomes');
  const facts = servingTable(projections, caseOutcomes.name, 'case_outcomes_facts');
  if (outcomes === undefined || facts === undefined) return [];
  const bound = new Date(Date.parse(period.to) + readmissionWindowDays * 86_400_000).toISOString();
  const rows = selectRows(
    projections,
    `SELECT * FROM ${outcomes} WHERE admitted_at < ? ORDER BY case_id`,
    [bound],
  );
  const factRows = selectRows(
    projections,
    `SELECT f.* FROM ${facts} f JOIN ${outcomes} o ON o.case_id = f.case_id WHERE o.admitted_at < ?`,
    [bound],
  );
  const byCase = new Map<string, SqlRow[]>();
  for (const row of factRows) {
    const caseId = textCell(row, 'case_id');
    const list = byCase.get(caseId);
    if (list) list.push(row);
    else byCase.set(caseId, [row]);
  }
  return rows.map((row) => outcomeCaseOf(row, byCase.get(textCell(row, 'case_id')) ?? []));
}

/**
 * Computes outcome measures from the `case-outcomes` read model, without GraphQL: for scripts
 * (reports, exports) and the `outcomes` query alike. Plain data in, plain data out.
 */
export function computeMeasures(
  projections: ProjectionService,
  request: MeasureRequest,
): MeasureReport {
  return measureCases(loadOutcomeCases(projections, request.period), request);
}

/** The UTC dates (YYYY-MM-DD) of the first and the latest discharge in the read model, or null before any. */
export function dischargeDates(
  projections: ProjectionService,
): { readonly first: string; readonly last: string } | null {
  const outcomes = servingTable(projections, caseOutcomes.name, 'case_outcomes');
  if (outcomes === undefined) return null;
  const [row] = selectRows(
    projections,
    `SELECT min(discharged_at) AS first, max(discharged_at) AS last FROM ${outcomes}`,
    [],
  );
  const first = row?.['first'];
  const last = row?.['last'];
  return typeof first === 'string' && typeof last === 'string'
    ? { first: first.slice(0, 10), last: last.slice(0, 10) }
    : null;
}
