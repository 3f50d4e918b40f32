import type { MeasureReport, Period } from '../outcomes/compute-measures.js';
import type { MeasureDefinition } from '../outcomes/measure.js';
import type { ReportSeries } from './html-report.js';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** The `YYYY-MM` months a period covers, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  for (;;) {
    const label = `${year}-${twoDigits(month)}`;
    if (`${label}-01` >= period.to) return months;
    months.push(label);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/**
 * The whole months from the month of `first` to the month of `last` (YYYY-MM-DD), at most the
 * twelve up to `last`: a year's report that does not open on months before the data begins.
 */
export function reportPeriodOf(first: string, last: string): Period {
  const [year, month] = last.slice(0, 7).split('-').map(Number) as [number, number];
  const yearBack = month === 12 ? `${year}-01-01` : `${year - 1}-${twoDigits(month + 1)}-01`;
  const to = month === 12 ? `${year + 1}-01-01` : `${year}-${twoDigits(month + 1)}-01`;
  const firstMonth = `${first.slice(0, 7)}-01`;
  return { from: firstMonth > yearBack ? firstMonth : yearBack, to };
}

/**
 * One series per measure version, a point per month of the period: the rate where the measure has
 * one (a percentage as a share), otherwise the median of its values, with the counts behind it.
 */
export function measureSeries(
  catalogue: readonly MeasureDefinition[],
  report: MeasureReport,
): ReportSeries[] {
  const months = monthsOf(report.period);
  return catalogue.map((measure) => {
    const figures = new Map(
      report.figures
        .filter((f) => f.measureId === measure.id && f.version === measure.version)
        .map((f) => [f.group, f]),
    );
    // "%", "% within 48 h": a share, drawn as a percentage.
    const asShare = measure.rateUnit?.startsWith('%') ?? false;
    const byRate = measure.scale !== null;
    return {
      measureId: measure.id,
      version: measure.version,
      title: byRate ? measure.title : `${measure.title} (median)`,
      unit: byRate ? (asShare ? 'rate' : (measure.rateUnit ?? '')) : (measure.valueUnit ?? ''),
      better: null,
      definition: `One unit per ${measure.unit}, anchored on ${measure.anchor}; see docs/measures.md for numerator, denominator and exclusions.`,
      points: months.map((month) => {
        const figure = figures.get(month);
        const value = !figure
          ? null
          : byRate
            ? figure.rate === null
              ? null
              : asShare
                ? figure.rate / 100
                : figure.rate
            : (figure.distribution?.median ?? null);
        return {
          period: month,
          value,
          // A distribution has no numerator: its count is how many values it holds.
          numerator: byRate ? (figure?.numerator ?? null) : null,
          denominator: byRate ? (figure?.denominator ?? null) : (figure?.distribution?.n ?? null),
          smallNumbers: figure ? figure.smallCell : true,
        };
      }),
    };
  });
}
