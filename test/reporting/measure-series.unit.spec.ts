import { describe, expect, it } from 'vitest';
import type { Figure, MeasureReport } from '../../src/outcomes/compute-measures.js';
import type { MeasureDefinition } from '../../src/outcomes/measure.js';
import { measureSeries, monthsOf, reportPeriodOf } from '../../src/reporting/measure-series.js';

const measure = (overrides: Partial<MeasureDefinition>): MeasureDefinition => ({
  id: 'synthetic-rate',
  version: 1,
  title: 'Synthetic rate',
  unit: 'discharge',
  anchor: 'the discharge time',
  scale: 100,
  rateUnit: '%',
  valueUnit: null,
  contributions: () => [],
  ...overrides,
});

const figure = (overrides: Partial<Figure>): Figure => ({
  measureId: 'synthetic-rate',
  version: 1,
  group: '2025-01',
  units: 20,
  numerator: 5,
  denominator: 20,
  rate: 25,
  distribution: null,
  excluded: [],
  breakdown: [],
  smallCell: false,
  contributions: [],
  ...overrides,
});

describe('the report’s series', () => {
  it('cover every month of the period: by default the data’s months, at most twelve', () => {
    expect(monthsOf({ from: '2024-11-01', to: '2025-02-01' })).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
    ]);
    expect(reportPeriodOf('2020-01-05', '2025-03-14')).toEqual({
      from: '2024-04-01',
      to: '2025-04-01',
    });
    expect(reportPeriodOf('2025-01-20', '2025-12-31')).toEqual({
      from: '2025-01-01',
      to: '2026-01-01',
    });
    expect(reportPeriodOf('2025-01-20', '2025-05-02')).toEqual({
      from: '2025-01-01',
      to: '2025-06-01',
    });
    expect(monthsOf(reportPeriodOf('2020-01-05', '2025-03-14'))).toHaveLength(12);
  });

  it('show a percentage as a share, other rates as they are, and distributions by their median', () => {
    const report: MeasureReport = {
      period: { from: '2025-01-01', to: '2025-03-01' },
      groupBy: 'month',
      smallCellThreshold: 11,
      figures: [
        figure({}),
        figure({
          measureId: 'per-100',
          rate: 3.5,
          group: '2025-02',
          smallCell: true,
          denominator: 4,
        }),
        figure({
          measureId: 'stay',
          rate: null,
          numerator: 0,
          denominator: 0,
          distribution: { n: 12, median: 4.5, mean: 5, p90: 9 },
        }),
      ],
    };
    const series = measureSeries(
      [
        measure({}),
        measure({ id: 'per-100', rateUnit: 'per 100 patient days' }),
        measure({
          id: 'stay',
          title: 'Length of stay',
          scale: null,
          rateUnit: null,
          valueUnit: 'days',
        }),
      ],
      report,
    );
    expect(series.map((s) => [s.title, s.unit])).toEqual([
      ['Synthetic rate', 'rate'],
      ['Synthetic rate', 'per 100 patient days'],
      ['Length of stay (median)', 'days'],
    ]);
    expect(series[2]!.points[0]).toMatchObject({ numerator: null, denominator: 12 });
    expect(series[0]!.points).toEqual([
      { period: '2025-01', value: 0.25, numerator: 5, denominator: 20, smallNumbers: false },
      { period: '2025-02', value: null, numerator: null, denominator: null, smallNumbers: true },
    ]);
    expect(series[1]!.points[1]).toEqual({
      period: '2025-02',
      value: 3.5,
      numerator: 5,
      denominator: 4,
      smallNumbers: true,
    });
    expect(series[2]!.points[0]!.value).toBe(4.5);
  });
});
