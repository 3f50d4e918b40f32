import { z } from 'zod';
import { caseOutcomesTable } from '../../projections/case-outcomes/case-outcomes-tables.js';
import { timelineEntries } from '../../projections/patient-timeline/timeline-tables.js';
import type { Pseudonyms } from '../access/pseudonyms.js';
import {
  selectRows,
  servingTable,
  type SqlRow,
  type SqlValue,
} from '../graphql/read/read-model-sql.js';
import type { ProjectionService } from '../read-models/projection-service.js';

/** An exported value: text, a number, or empty. */
export type ExportCell = string | number | null;

/** The period an export covers: inclusive UTC ISO instants, either open. */
export interface ExportRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** The period as callers give it (ISO 8601 with an offset), checked to be in order. */
export const exportRangeSchema = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine(
    (r) => r.from === undefined || r.to === undefined || Date.parse(r.from) <= Date.parse(r.to),
    {
      message: 'from must not be after to',
      path: ['to'],
    },
  )
  .transform((r): ExportRange => ({
    from: r.from === undefined ? null : new Date(r.from).toISOString(),
    to: r.to === undefined ? null : new Date(r.to).toISOString(),
  }));

/** One exported row: its de-identified cells, and whose record it discloses (raw ids, for the access log only). */
export interface OutcomeRow {
  readonly cells: readonly ExportCell[];
  readonly patientId: string;
  readonly caseId: string | null;
}

/** How a read-model column is exported: as it is, or as a pseudonym of its kind. */
type Treatment = 'keep' | 'patient' | 'case' | 'user';

interface ExportColumn {
  readonly name: string;
  readonly source: string;
  readonly treatment: Treatment;
}

/** A de-identified data set quality teams take to their own tools. */
export interface OutcomeDataset {
  /** The file's base name: `cases.csv`, `timeline.ndjson`. */
  readonly name: 'cases' | 'timeline';
  readonly projection: string;
  readonly columns: readonly string[];
  /** Rows within the range (for progress). */
  count(projections: ProjectionService, range: ExportRange): number;
  /** Every row within the range, read in keyset pages: one page is held at a time. */
  rows(
    projections: ProjectionService,
    pseudonyms: Pseudonyms,
    range: ExportRange,
  ): Generator<OutcomeRow>;
}

/** Rows read from a read model at a time. */
const pageSize = 1_000;

/**
 * How a case-outcomes column is exported, by its name, so columns added to the projection flow
 * through de-identified: ids of patients, cases and staff become pseudonyms; every other column
 * holds codes, counts, instants or numbers (the table keeps no free text).
 */
export function treatmentOf(column: string): Treatment {
  if (/(^|_)patient_id$/.test(column)) return 'patient';
  if (/(^|_)case_id$/.test(column)) return 'case';
  if (/(^|_)(user_id|case_manager|on_behalf_of)($|_)/.test(column)) return 'user';
  return 'keep';
}

function exported(pseudonyms: Pseudonyms, treatment: Treatment, value: unknown): ExportCell {
  if (value === null || value === undefined) return null;
  if (treatment === 'keep') {
    if (typeof value === 'string' || typeof value === 'number') return value;
    return JSON.stringify(value);
  }
  // An id that cannot be pseudonymized is withheld rather than shown.
  if (typeof value !== 'string') return null;
  return treatment === 'user' ? pseudonyms.ofUser(value) : pseudonyms.of(treatment, value);
}

/** Reads `table` page by page in `key` order, within `where`. */
function* keysetPages(
  projections: ProjectionService,
  table: string,
  key: readonly string[],
  where: { readonly conditions: readonly string[]; readonly params: readonly SqlValue[] },
): Generator<SqlRow> {
  let after: SqlValue[] | null = null;
  const keyTuple = `(${key.join(', ')})`;
  for (;;) {
    const conditions = [...where.conditions];
    const params = [...where.params];
    if (after !== null) {
      conditions.push(`${keyTuple} > (${key.map(() => '?').join(', ')})`);
      params.push(...after);
    }
    const filter = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const rows = selectRows(
      projections,
      `SELECT * FROM ${table} ${filter} ORDER BY ${key.join(', ')} LIMIT ?`,
      [...params, pageSize],
    );
    yield* rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = key.map((column) => last[column] as SqlValue);
  }
}

function dataset(spec: {
  readonly name: OutcomeDataset['name'];
  readonly projection: string;
  readonly table: string;
  readonly key: readonly string[];
  readonly columns: readonly ExportColumn[];
  readonly within: (range: ExportRange) => {
    readonly conditions: readonly string[];
    readonly params: readonly SqlValue[];
  };
}): OutcomeDataset {
  const tableOf = (projections: ProjectionService) =>
    servingTable(projections, spec.projection, spec.table);
  return {
    name: spec.name,
    projection: spec.projection,
    columns: spec.columns.map((c) => c.name),
    count(projections, range) {
      const table = tableOf(projections);
      if (table === undefined) return 0;
      const { conditions, params } = spec.within(range);
      const filter = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
      const [row] = selectRows(projections, `SELECT COUNT(*) AS n FROM ${table} ${filter}`, [
        ...params,
      ]);
      return Number(row?.['n'] ?? 0);
    },
    *rows(projections, pseudonyms, range) {
      const table = tableOf(projections);
      if (table === undefined) return;
      for (const row of keysetPages(projections, table, spec.key, spec.within(range))) {
        const caseId = row['case_id'];
        const patientId = row['patient_id'];
        if (typeof patientId !== 'string') continue;
        yield {
          cells: spec.columns.map((c) => exported(pseudonyms, c.treatment, row[c.source])),
          patientId,
          caseId: typeof caseId === 'string' ? caseId : null,
        };
      }
    },
  };
}

/**
 * Case-level outcome rows: every column of `case_outcomes`, ids as pseudonyms. A case is in the
 * range when its stay overlaps it (admitted by `to`, not discharged before `from`).
 */
export const casesDataset: OutcomeDataset = dataset({
  name: 'cases',
  projection: 'case-outcomes',
  table: caseOutcomesTable.name,
  key: ['case_id'],
  columns: caseOutcomesTable.columns.map((c) => ({
    name: c.name,
    source: c.name,
    treatment: treatmentOf(c.name),
  })),
  within: ({ from, to }) => ({
    conditions: [
      ...(to === null ? [] : ['admitted_at <= ?']),
      ...(from === null ? [] : ['(discharged_at IS NULL OR discharged_at >= ?)']),
    ],
    params: [...(to === null ? [] : [to]), ...(from === null ? [] : [from])],
  }),
});

/**
 * The timeline's entries without their content: what happened, to which pseudonymous patient and
 * case, when it happened and was recorded, whether late, its status, and who (a pseudonym and a
 * role). Summaries, event and stream ids and correction details are left out. In range when it
 * occurred within it.
 */
export const timelineDataset: OutcomeDataset = dataset({
  name: 'timeline',
  projection: 'patient-timeline',
  table: timelineEntries.name,
  key: ['patient_id', 'occurred_at', 'seq'],
  columns: (
    [
      ['patient_id', 'patient'],
      ['case_id', 'case'],
      ['seq', 'keep'],
      ['position', 'keep'],
      ['kind', 'keep'],
      ['event_type', 'keep'],
      ['occurred_at', 'keep'],
      ['recorded_at', 'keep'],
      ['late_entry', 'keep'],
      ['recorded_late', 'keep'],
      ['out_of_order', 'keep'],
      ['status', 'keep'],
      ['actor_role', 'keep'],
      ['actor_user_id', 'user'],
      ['actor_on_behalf_of', 'user'],
    ] as const
  ).map(([name, treatment]) => ({ name, source: name, treatment })),
  within: ({ from, to }) => ({
    conditions: [
      ...(from === null ? [] : ['occurred_at >= ?']),
      ...(to === null ? [] : ['occurred_at <= ?']),
    ],
    params: [...(from === null ? [] : [from]), ...(to === null ? [] : [to])],
  }),
});

export const outcomeDatasets: readonly OutcomeDataset[] = [casesDataset, timelineDataset];
