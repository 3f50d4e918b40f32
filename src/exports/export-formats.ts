import { csvCell } from '../http/csv-export.js';
import type { ExportCell } from './outcome-datasets.js';

/** The formats an outcome export is written in. */
export const exportFormats = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The media type each format is served as. */
export const mediaTypes: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/**
 * Writes one format's lines: a header (CSV only), then one line per row. Numbers are written as
 * numbers (a negative one is no formula); text is escaped as RFC 4180 with formulas defused.
 */
export interface LineFormat {
  header(columns: readonly string[]): string;
  line(columns: readonly string[], cells: readonly ExportCell[]): string;
}

export const lineFormats: Readonly<Record<ExportFormat, LineFormat>> = {
  csv: {
    header: (columns) => `${columns.join(',')}\r\n`,
    line: (_, cells) =>
      `${cells.map((cell) => (typeof cell === 'number' ? String(cell) : csvCell(cell))).join(',')}\r\n`,
  },
  ndjson: {
    header: () => '',
    line: (columns, cells) => {
      const record: Record<string, ExportCell> = {};
      columns.forEach((column, i) => (record[column] = cells[i] ?? null));
      return `${JSON.stringify(record)}\n`;
    },
  },
};
