import { medianOfSorted } from '../../projections/shared/statistics.js';
import { ValidationError } from '../domain/errors.js';
import type { Contribution, MeasureDefinition } from './measure.js';
import { measureCatalogue } from './measure-catalogue.js';
import type { OutcomeCase } from './outcome-case.js';

/** Case attributes a cohort is filtered and grouped by. */
export const cohortDimensions = [
  'program',
  'primaryCaseManager',
  'disposition',
  'riskTier',
  'payer',
] as const;
export type CohortDimension = (typeof cohortDimensions)[number];
export type GroupBy = 'month' | CohortDimension;

/** Keep only cases whose attribute is one of the values given (absent: no filter). */
export type CohortFilters = Partial<Record<CohortDimension, readonly string[]>>;

/** A half-open period of UTC dates: from ≤ anchor < to. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface MeasureSelection {
  readonly id: string;
  /** Absent: every version of the measure. */
  readonly version?: number;
}

export interface MeasureRequest {
  readonly period: Period;
  /** Absent: every measure and version of the catalogue. */
  readonly measures?: readonly MeasureSelection[];
  readonly filters?: CohortFilters;
  readonly groupBy?: GroupBy | null;
  /** IANA zone for local clock times (discharge before noon); UTC when absent. */
  readonly timeZone?: string;
}

export interface Distribution {
  readonly n: number;
  readonly median: number;
  readonly mean: number;
  readonly p90: number;
}

/** A unit behind a figure, with its case's patient (for access decisions on a drill-down). */
export type FigureUnit = Contribution & { readonly patientId: string };

/** One figure: a measure's numbers for the cohort, or one group of it, with the units behind it. */
export interface Figure {
  readonly measureId: string;
  readonly version: number;
  /** The group's value (a month `YYYY-MM` or an attribute value; null for a case without one, or when not grouped). */
  readonly group: string | null;
  /** Units counted (not excluded). */
  readonly units: number;
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator × the measure's scale; null without a scale or with a zero denominator. */
  readonly rate: number | null;
  readonly distribution: Distribution | null;
  readonly excluded: readonly { readonly reason: string; readonly count: number }[];
  readonly breakdown: readonly { readonly key: string; readonly count: number }[];
  /** Fewer units than the small-cell threshold: judge the rate with care, and never publish it as is. */
  readonly smallCell: boolean;
  /** Every unit behind the figure, counted or excluded, for drill-down. */
  readonly contributions: readonly FigureUnit[];
}

export interface MeasureReport {
  readonly period: Period;
  readonly groupBy: GroupBy | null;
  readonly smallCellThreshold: number;
  readonly figures: readonly Figure[];
}

/** CMS cell-size suppression: counts from 1 to 10 may identify patients, so cells under 11 are flagged. */
export const smallCellThreshold = 11;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validate(request: MeasureRequest): readonly MeasureDefinition[] {
  const { from, to } = request.period;
  if (!isoDate.test(from) || !isoDate.test(to) || Number.isNaN(Date.parse(from)) || from >= to)
    throw new ValidationError('the period must be two ISO dates, from before to', [
      { path: ['period'], message: 'expected { from: YYYY-MM-DD, to: YYYY-MM-DD } with from < to' },
    ]);
  if (request.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: request.timeZone });
    } catch {
      throw new ValidationError('unknown time zone', [
        { path: ['timeZone'], message: 'expected an IANA time zone' },
      ]);
    }
  }
  if (!request.measures) return measureCatalogue;
  return request.measures.flatMap((selection, index) => {
    const found = measureCatalogue.filter(
      (m) =>
        m.id === selection.id &&
        (selection.version === undefined || m.version === selection.version),
    );
    if (found.length === 0)
      throw new ValidationError('no such measure or version', [
        { path: ['measures', index], message: `unknown measure ${selection.id}` },
      ]);
    return found;
  });
}

/** The nearest-rank percentile: the smallest value with at least p% of values at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function distributionOf(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: medianOfSorted(sorted)!,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    p90: percentile(sorted, 90),
  };
}

function countsBy(keys: readonly string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => ({ key, count }));
}

function figureOf(
  measure: MeasureDefinition,
  group: string | null,
  contributions: readonly FigureUnit[],
): Figure {
  const counted = contributions.filter((c) => c.excludedBy === null);
  const numerator = counted.reduce((sum, c) => sum + c.numerator, 0);
  const denominator = counted.reduce((sum, c) => sum + c.denominator, 0);
  const breakdown = new Map<string, number>();
  for (const c of counted)
    for (const [key, n] of Object.entries(c.breakdown))
      breakdown.set(key, (breakdown.get(key) ?? 0) + n);
  return {
    measureId: measure.id,
    version: measure.version,
    group,
    units: counted.length,
    numerator,
    denominator,
    rate:
      measure.scale === null || denominator === 0
        ? null
        : (numerator / denominator) * measure.scale,
    distribution: distributionOf(counted.flatMap((c) => (c.value === null ? [] : [c.value]))),
    excluded: countsBy(
      contributions.flatMap((c) => (c.excludedBy === null ? [] : [c.excludedBy])),
    ).map(({ key, count }) => ({ reason: key, count })),
    breakdown: [...breakdown]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => ({ key, count })),
    smallCell: counted.length < smallCellThreshold,
    contributions,
  };
}

function attribute(outcomeCase: OutcomeCase, dimension: CohortDimension): string | null {
  switch (dimension) {
    case 'program':
      return outcomeCase.program;
    case 'primaryCaseManager':
      return outcomeCase.primaryCaseManager;
    case 'disposition':
      return outcomeCase.disposition;
    case 'riskTier':
      return outcomeCase.riskTier;
    case 'payer':
      return outcomeCase.payer;
  }
}

function inCohort(outcomeCase: OutcomeCase, filters: CohortFilters): boolean {
  return cohortDimensions.every((dimension) => {
    const allowed = filters[dimension];
    if (allowed === undefined) return true;
    const value = attribute(outcomeCase, dimension);
    return value !== null && allowed.includes(value);
  });
}

/**
 * The measures over a set of cases: units anchored in the period, of cases in the cohort, one
 * figure per measure and group. Pure: the cases come from the read model (see outcome-cases-read.ts)
 * or from a test; `cases` must hold every case a readmission may point to.
 */
export function measureCases(
  cases: readonly OutcomeCase[],
  request: MeasureRequest,
): MeasureReport {
  const measures = validate(request);
  const byId = new Map(cases.map((c) => [c.caseId, c]));
  const context = { caseById: (id: string) => byId.get(id), timeZone: request.timeZone ?? 'UTC' };
  const from = `${request.period.from}T00:00:00.000Z`;
  const to = `${request.period.to}T00:00:00.000Z`;
  const filters = request.filters ?? {};
  const cohort = cases.filter((c) => inCohort(c, filters));
  const groupBy = request.groupBy ?? null;
  const figures = measures.flatMap((measure) => {
    const groups = new Map<string | null, FigureUnit[]>();
    for (const outcomeCase of cohort)
      for (const contribution of measure.contributions(outcomeCase, context)) {
        if (contribution.anchorAt < from || contribution.anchorAt >= to) continue;
        const key =
          groupBy === null
            ? null
            : groupBy === 'month'
              ? contribution.anchorAt.slice(0, 7)
              : attribute(outcomeCase, groupBy);
        const list = groups.get(key) ?? [];
        list.push({ ...contribution, patientId: outcomeCase.patientId });
        groups.set(key, list);
      }
    if (groups.size === 0 && groupBy === null) groups.set(null, []);
    return [...groups]
      .sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0))
      .map(([group, contributions]) => figureOf(measure, group, contributions));
  });
  return { period: request.period, groupBy, smallCellThreshold, figures };
}
