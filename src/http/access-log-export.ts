import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { readsAccessLog } from '../access/access-policy.js';
import { toFieldIssues } from '../domain/commands/index.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import { accessLogQueryOf, accessLogSortFields } from '../graphql/read/access-log-query.js';
import {
  accessLogKeyOf,
  accessLogPage,
  type AccessLogEntryRecord,
} from '../graphql/read/access-log-reads.js';
import { authenticatedActor } from './authenticate.js';

const columns: readonly (readonly [string, (entry: AccessLogEntryRecord) => string | null])[] = [
  ['recorded_at', (e) => e.recordedAt],
  ['patient_id', (e) => e.patientId],
  ['user_id', (e) => e.userId],
  ['role', (e) => e.role],
  ['operation_type', (e) => e.operationType],
  ['operation_name', (e) => e.operationName],
  ['fields', (e) => e.fields.join(' ')],
  ['case_ids', (e) => e.caseIds.join(' ')],
  ['outcome', (e) => e.outcome],
  ['basis', (e) => e.basis],
  ['purpose_of_use', (e) => e.purposeOfUse],
  ['emergency_reason', (e) => e.emergencyReason],
  ['client_address', (e) => e.clientAddress],
  ['request_id', (e) => e.requestId],
  ['record_id', (e) => e.id],
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a spreadsheet
 * would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const optional = z.string().min(1).max(200).optional();
const exportQuerySchema = z
  .object({
    patientId: optional,
    userId: optional,
    role: optional,
    outcome: z.enum(['GRANTED', 'DENIED']).optional(),
    basis: z.enum(['CARE_TEAM', 'HANDOFF', 'EMERGENCY', 'ROLE']).optional(),
    purposeOfUse: z
      .enum(['TREATMENT', 'EMERGENCY_TREATMENT', 'AUDIT', 'QUALITY_IMPROVEMENT', 'OPERATIONS'])
      .optional(),
    operationName: optional,
    caseId: optional,
    requestId: optional,
    clientAddress: optional,
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    orderBy: z.enum(Object.keys(accessLogSortFields) as [string, ...string[]]).optional(),
    direction: z.enum(['ASC', 'DESC']).optional(),
  })
  .strict();

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

/**
 * `GET /exports/access-log.csv`: the access log as CSV for auditors, with the `accessLog` query's
 * filters and order as query parameters. Streamed page by page with bounded memory.
 */
export function accessLogExport(projections: ProjectionService): RequestHandler {
  return async (request, response) => {
    const actor = authenticatedActor(response);
    if (!actor || !readsAccessLog(actor.role)) {
      refuse(response, 403, 'FORBIDDEN', 'only auditors export the access log');
      return;
    }
    const parsed = exportQuerySchema.safeParse(request.query);
    if (!parsed.success) {
      refuse(response, 400, 'BAD_USER_INPUT', 'the export parameters are invalid', {
        issues: toFieldIssues(parsed.error.issues),
      });
      return;
    }
    const { orderBy, direction, ...filter } = parsed.data;
    const order = { field: orderBy ?? 'RECORDED_AT', direction: direction ?? 'DESC' } as const;
    response.status(200);
    response.type('text/csv; charset=utf-8');
    response.setHeader('content-disposition', 'attachment; filename="access-log.csv"');
    response.write(`${columns.map(([name]) => name).join(',')}\r\n`);
    let after: readonly [string, string] | null = null;
    for (;;) {
      const page = { direction: 'forward', size: 500, after, before: null } as const;
      const query = accessLogQueryOf(filter, order as Parameters<typeof accessLogQueryOf>[1], page);
      const rows = accessLogPage(projections, query);
      for (const entry of rows.slice(0, page.size)) {
        const line = `${columns.map(([, cell]) => csvCell(cell(entry))).join(',')}\r\n`;
        if (!response.write(line)) await drained(response);
        if (response.destroyed) return;
      }
      if (rows.length <= page.size) break;
      after = accessLogKeyOf(rows[page.size - 1]!, query.sort);
    }
    response.end();
  };
}
