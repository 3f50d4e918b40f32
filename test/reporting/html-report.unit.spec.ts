import { describe, expect, it } from 'vitest';
import { htmlReport, niceCeiling, type Report } from '../../src/reporting/html-report.js';

const report: Report = {
  title: 'Synthetic outcomes <2025>',
  cohort: 'program transitions-of-care, discharges 2025-01 to 2025-03',
  generatedAt: '2026-11-28T12:00:00.000Z',
  asOfPosition: '1671',
  smallNumberThreshold: 11,
  series: [
    {
      measureId: 'readmission-30d',
      version: 1,
      title: '30-day readmission rate',
      unit: 'rate',
      better: 'lower',
      definition:
        'Unplanned admissions within 30 days of a discharge ÷ discharges; "planned" excluded.',
      points: [
        { period: '2025-01', value: 0.125, numerator: 2, denominator: 16, smallNumbers: false },
        { period: '2025-02', value: null, numerator: 0, denominator: 0, smallNumbers: true },
        { period: '2025-03', value: 0.2, numerator: 1, denominator: 5, smallNumbers: true },
      ],
    },
    {
      measureId: 'length-of-stay',
      version: 1,
      title: 'Median length of stay',
      unit: 'days',
      better: null,
      definition: 'Median days from admission to discharge.',
      points: [
        { period: '2025-01', value: 4.5, numerator: null, denominator: 16, smallNumbers: false },
      ],
    },
  ],
};

describe('the HTML report', () => {
  const html = htmlReport(report);

  it('is one document that needs nothing from the network to be seen', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // The only URL is the SVG namespace, which browsers never fetch.
    expect(html.match(/https?:\/\/[^\s"']+/g)).toEqual([
      'http://www.w3.org/2000/svg',
      'http://www.w3.org/2000/svg',
    ]);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
  });

  it('draws a chart and a table per measure, with the counts behind every figure', () => {
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<td>2025-01</td><td>12.5 %</td><td>2</td><td>16</td>');
    expect(html).toContain('<td>2025-01</td><td>4.5 days</td><td>–</td><td>16</td>');
  });

  it('marks small numbers and leaves gaps where nothing was measured', () => {
    expect(html).toContain('<tr class="small"><td>2025-03</td><td>20.0 %</td>');
    expect(html.match(/class="small"/g)?.length).toBe(3);
    // The line breaks at the empty month: two separate segments for the readmission series.
    const readmission = html.slice(
      html.indexOf('id="readmission-30d-v1"'),
      html.indexOf('id="length-of-stay-v1"'),
    );
    expect(readmission.match(/<path d="M/g)).toHaveLength(2);
  });

  it('escapes every text it is given', () => {
    expect(html).toContain('<title>Synthetic outcomes &lt;2025&gt;</title>');
    expect(html).toContain('&quot;planned&quot; excluded');
    expect(html).not.toContain('<2025>');
  });

  it('tops each axis at a round figure', () => {
    expect([0.125, 0.2, 0.31, 4.5, 7, 10, 0].map(niceCeiling)).toEqual([
      0.2, 0.2, 0.5, 5, 10, 10, 1,
    ]);
  });
});
