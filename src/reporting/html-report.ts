/**
 * A self-contained HTML report of outcome measures over time: inline SVG charts and a table per
 * measure, no scripts, fonts or images from anywhere, so it opens offline and can be mailed.
 */

/** One period's figure of a measure: the value with the counts behind it. */
export interface ReportPoint {
  /** The period's label, e.g. 2025-03. */
  readonly period: string;
  /** The figure (a rate as 0–1, or a quantity in `unit`); null when nothing was measured. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** True when the counts are too small to read the figure as a trend. */
  readonly smallNumbers: boolean;
}

/** One measure's series, in period order. */
export interface ReportSeries {
  readonly measureId: string;
  readonly version: number;
  readonly title: string;
  /** What the figure is: `rate` (shown as %) or a unit such as `days` or `hours`. */
  readonly unit: string;
  /** Which way is better, for the reader: 'lower', 'higher' or null when neither. */
  readonly better: 'lower' | 'higher' | null;
  readonly definition: string;
  readonly points: readonly ReportPoint[];
}

export interface Report {
  readonly title: string;
  /** The cohort in words, e.g. "program transitions-of-care, discharges 2025-01 to 2025-12". */
  readonly cohort: string;
  readonly generatedAt: string;
  /** The read model's position the figures were computed at, for reproducibility. */
  readonly asOfPosition: string | null;
  readonly smallNumberThreshold: number;
  readonly series: readonly ReportSeries[];
}

const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character]!);
}

function formatted(value: number | null, unit: string): string {
  if (value === null) return '–';
  if (unit === 'rate') return `${(value * 100).toFixed(1)} %`;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** An axis label: a percentage for rates, else the bare number (the unit is in the title and table). */
function axisLabel(value: number, unit: string): string {
  if (unit === 'rate') return `${(value * 100).toFixed(0)} %`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A count as a reader takes it in: whole numbers as they are, others to one decimal. */
function countText(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const chart = { width: 640, height: 220, left: 56, right: 36, top: 16, bottom: 40 } as const;

/** The smallest 1, 2 or 5 × 10^k at or above `value`: an axis top a reader takes in at a glance. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value - 1e-12)!;
  return step * magnitude;
}

/** An SVG line chart of one series; small-number points are drawn hollow. */
export function seriesChart(series: ReportSeries): string {
  const points = series.points;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = niceCeiling(values.length === 0 ? 0 : Math.max(...values));
  const plotWidth = chart.width - chart.left - chart.right;
  const plotHeight = chart.height - chart.top - chart.bottom;
  const x = (i: number): number =>
    chart.left + (points.length <= 1 ? plotWidth / 2 : (i * plotWidth) / (points.length - 1));
  const y = (value: number): number => chart.top + plotHeight - (value / max) * plotHeight;
  const ticks = [0, 0.5, 1].map((share) => {
    const value = max * share;
    return `<line x1="${chart.left}" x2="${chart.width - chart.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" class="grid"/><text x="${chart.left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(axisLabel(value, series.unit))}</text>`;
  });
  const segments: string[] = [];
  let path = '';
  points.forEach((point, i) => {
    if (point.value === null) {
      if (path) segments.push(path);
      path = '';
      return;
    }
    path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${y(point.value).toFixed(1)}`;
  });
  if (path) segments.push(path);
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  const labels = points
    .map((point, i) =>
      i % labelEvery === 0
        ? `<text x="${x(i).toFixed(1)}" y="${chart.height - chart.bottom + 16}" text-anchor="middle">${escapeHtml(point.period)}</text>`
        : '',
    )
    .join('');
  const dots = points
    .map((point, i) =>
      point.value === null
        ? ''
        : `<circle cx="${x(i).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="3.5" class="${point.smallNumbers ? 'small' : 'dot'}"><title>${escapeHtml(`${point.period}: ${formatted(point.value, series.unit)} (${countText(point.numerator)} / ${countText(point.denominator)})${point.smallNumbers ? ', small numbers' : ''}`)}</title></circle>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${escapeHtml(`${series.title} by period`)}" xmlns="http://www.w3.org/2000/svg">${ticks.join('')}${segments.map((d) => `<path d="${d}" class="line"/>`).join('')}${dots}${labels}</svg>`;
}

function seriesTable(series: ReportSeries): string {
  const rows = series.points
    .map(
      (point) =>
        `<tr${point.smallNumbers ? ' class="small"' : ''}><td>${escapeHtml(point.period)}</td><td>${escapeHtml(formatted(point.value, series.unit))}</td><td>${countText(point.numerator)}</td><td>${countText(point.denominator)}</td><td>${point.smallNumbers ? 'small numbers' : ''}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>period</th><th>value</th><th>numerator</th><th>denominator</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

const style = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;color:#1b1f24;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin:2.2rem 0 .3rem}
.meta{color:#57606a}.definition{color:#57606a;max-width:60rem}
section{border-top:1px solid #d0d7de;padding-top:.5rem}
.figure{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
svg{width:40rem;max-width:100%;height:auto}svg text{font-size:11px;fill:#57606a}
.grid{stroke:#eaeef2}.line{fill:none;stroke:#0969da;stroke-width:2}
.dot{fill:#0969da}.small{fill:#fff;stroke:#bf8700;stroke-width:2}
table{border-collapse:collapse;font-size:13px}td,th{padding:.15rem .6rem;text-align:right;border-bottom:1px solid #eaeef2}
td:first-child,th:first-child{text-align:left}tr.small td{color:#9a6700}
@media print{section{break-inside:avoid}}`;

/** The whole report as one HTML document. */
export function htmlReport(report: Report): string {
  const sections = report.series
    .map(
      (series) => `<section id="${escapeHtml(`${series.measureId}-v${series.version}`)}">
<h2>${escapeHtml(series.title)} <small class="meta">(${escapeHtml(series.measureId)} v${series.version}${series.better ? `; ${series.better} is better` : ''})</small></h2>
<p class="definition">${escapeHtml(series.definition)}</p>
<div class="figure">${seriesChart(series)}${seriesTable(series)}</div>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(report.title)}</title><style>${style}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(report.cohort)} · generated ${escapeHtml(report.generatedAt)}${report.asOfPosition ? ` at store position ${escapeHtml(report.asOfPosition)}` : ''} · hollow points and amber rows: fewer than ${report.smallNumberThreshold} cases, discharges, goals or other units behind the figure, too few to read as a trend · de-identified: no patient is named</p>
${sections}
</body></html>
`;
}
