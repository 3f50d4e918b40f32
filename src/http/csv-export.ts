import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { AccessRecords } from '../application/access-records.js';
import { recordExportReads, type ExportedRecord } from './export-access-records.js';
import {
  auditorOf,
  exportPageSize,
  exportParametersOf,
  keysetRows,
  refuse,
  requestIdOf,
  writeLines,
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

/** Rows in consecutive batches of `size`. */
function* inBatches<Row>(rows: Iterable<Row>, size: number): Generator<Row[]> {
  let batch: Row[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
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
    const fields = spec.columns.map(([name]) => `${spec.disclosure?.operationName}.${name}`);
    const recordReads = async (batch: readonly Row[]): Promise<void> => {
      const { disclosure } = spec;
      if (disclosure && batch.length > 0)
        await recordExportReads(
          disclosure.accessRecords,
          exporter,
          disclosure.operationName,
          fields,
          batch.map(disclosure.recordOf),
        );
    };
    const batches = inBatches(
      (function* () {
        for (const { row } of keysetRows<Row>((after, size) => spec.page(parameters, after, size)))
          yield row;
      })(),
      exportPageSize,
    );
    // The first page is recorded before anything is sent, so a failure can still be answered.
    const first = batches.next();
    try {
      await recordReads(first.done ? [] : first.value);
    } catch {
      refuse(
        response,
        503,
        'ACCESS_NOT_RECORDED',
        'the export could not be recorded, so no data is returned',
      );
      return;
    }
    response.status(200);
    response.type('text/csv; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="${spec.filename}"`);
    const cells = (row: Row) => spec.columns.map(([, cell]) => csvCell(cell(row))).join(',');
    async function* lines() {
      yield `${spec.columns.map(([name]) => name).join(',')}\r\n`;
      for (let batch = first; !batch.done; batch = batches.next()) {
        if (batch !== first) await recordReads(batch.value);
        for (const row of batch.value) yield `${cells(row)}\r\n`;
      }
    }
    try {
      await writeLines(response, lines());
    } catch {
      // A later page could not be recorded: the download ends unfinished rather than unrecorded.
      response.destroy();
    }
  };
}
