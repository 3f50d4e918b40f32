import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { readsAccessLog } from '../access/access-policy.js';
import { toFieldIssues } from '../domain/commands/index.js';
import { authenticatedActor } from './authenticate.js';

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
  ): readonly { readonly row: Row; readonly key: readonly [string, string] }[];
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

function refuse(response: Response, status: number, code: string, message: string, extra = {}) {
  response.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** Resolves once the response can take more (or the client has gone), so memory stays bounded. */
function drained(response: Response): Promise<void> {
  return new Promise((resolve) => {
    response.once('drain', resolve);
    response.once('close', resolve);
  });
}

const exportPageSize = 500;

/**
 * An auditors' CSV export: the query parameters checked, then the log streamed page by page with
 * bounded memory, under a header row.
 */
export function csvExport<Row, Parameters>(spec: CsvExport<Row, Parameters>): RequestHandler {
  return async (request, response) => {
    const actor = authenticatedActor(response);
    if (!actor || !readsAccessLog(actor.role)) {
      refuse(response, 403, 'FORBIDDEN', 'only auditors export audit logs');
      return;
    }
    const parsed = spec.parameters.safeParse(request.query);
    if (!parsed.success) {
      refuse(response, 400, 'BAD_USER_INPUT', 'the export parameters are invalid', {
        issues: toFieldIssues(parsed.error.issues),
      });
      return;
    }
    response.status(200);
    response.type('text/csv; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="${spec.filename}"`);
    response.write(`${spec.columns.map(([name]) => name).join(',')}\r\n`);
    let after: readonly [string, string] | null = null;
    for (;;) {
      const rows = spec.page(parsed.data, after, exportPageSize);
      for (const { row } of rows.slice(0, exportPageSize)) {
        const line = `${spec.columns.map(([, cell]) => csvCell(cell(row))).join(',')}\r\n`;
        if (!response.write(line)) await drained(response);
        if (response.destroyed) return;
      }
      if (rows.length <= exportPageSize) break;
      after = rows[exportPageSize - 1]!.key;
    }
    response.end();
  };
}
