import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { AccessRecords } from '../application/access-records.js';
import { recordExportReads, type ExportedRecord } from './export-access-records.js';
import {
  auditorOf,
  exportPageSize,
  exportParametersOf,
  inBatches,
  keysetRows,
  requestIdOf,
  sendRecordedPages,
  type KeysetPage,
} from './export-response.js';

/** A log auditors export: its parameters, its columns, and how to read it page by page. */
export interface CsvExport<Row, Parameters> {
  /** The file name offered to the browser. */
  readonly filename: string;
  readonly parameters: z.ZodType<Parameters>;
  readonly columns: readonly (readonly [name: string, cell: (row: Row) => string | null])[];
  /** Up to `size + 1` rows after `after` (the extra one says more follow), each with its key. */
  page(
    parameters: Parameters,
    after: readonly [string, string] | null,
    size: number,
  ): ReturnType<KeysetPage<Row>>;
  /**
   * For a log that discloses patient data: each page's patients are recorded in their access logs
   * (as `operationName`, the columns as fields) before the page is sent.
   */
  readonly disclosure?: {
    readonly accessRecords: AccessRecords;
    readonly operationName: string;
    readonly recordOf: (row: Row) => ExportedRecord;
  };
}

/** The query parameters every export takes: an optional text filter, a time range, a direction. */
export const exportParameters = {
  text: z.string().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  direction: z.enum(['ASC', 'DESC']).optional(),
} as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a spreadsheet
 * would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * An auditors' CSV export: the query parameters checked, then the log streamed page by page with
 * bounded memory, under a header row.
 */
export function csvExport<Row, Parameters>(spec: CsvExport<Row, Parameters>): RequestHandler {
  return async (request, response) => {
    const actor = auditorOf(response);
    if (!actor) return;
    const parsed = exportParametersOf(spec.parameters, request.query, response);
    if (!parsed) return;
    const parameters = parsed.value;
    const exporter = { actor, request, requestId: requestIdOf(request, randomUUID) };
    const { disclosure } = spec;
    const recordReads = async (batch: readonly Row[]): Promise<void> => {
      if (disclosure && batch.length > 0)
        await recordExportReads(
          disclosure.accessRecords,
          exporter,
          disclosure.operationName,
          spec.columns.map(([name]) => `${disclosure.operationName}.${name}`),
          batch.map(disclosure.recordOf),
        );
    };
    const pages = inBatches(
      (function* () {
        for (const { row } of keysetRows<Row>((after, size) => spec.page(parameters, after, size)))
          yield row;
      })(),
      exportPageSize,
    );
    const cells = (row: Row) => spec.columns.map(([, cell]) => csvCell(cell(row))).join(',');
    await sendRecordedPages(response, pages, recordReads, {
      contentType: 'text/csv; charset=utf-8',
      filename: spec.filename,
      header: `${spec.columns.map(([name]) => name).join(',')}\r\n`,
      line: (row) => `${cells(row)}\r\n`,
    });
  };
}
