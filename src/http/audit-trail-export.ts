import type { AccessRecords } from '../application/access-records.js';
import { z } from 'zod';
import {
  auditTrailPage,
  auditTrailQueryOf,
  type DecisionRecord,
} from '../graphql/read/audit-reads.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import { csvExport, exportParameters } from './csv-export.js';

const columns: readonly (readonly [string, (change: DecisionRecord) => string | null])[] = [
  ['recorded_at', (c) => c.recordedAt],
  ['occurred_at', (c) => c.occurredAt],
  ['patient_id', (c) => c.patientId],
  ['case_id', (c) => c.caseId],
  ['stream_id', (c) => c.streamId],
  ['revision', (c) => String(c.revision)],
  ['event_type', (c) => c.eventType],
  ['category', (c) => c.category],
  ['user_id', (c) => c.actor.userId],
  ['role', (c) => c.actor.role],
  ['on_behalf_of', (c) => c.actor.onBehalfOf ?? null],
  ['reason', (c) => c.reason?.text ?? null],
  ['reason_code', (c) => c.reason?.code ?? null],
  ['changes', (c) => (c.changes === null ? null : JSON.stringify(c.changes))],
  ['target_event_id', (c) => c.targetEventId],
  ['command_id', (c) => c.commandId],
  ['correlation_id', (c) => c.correlationId],
  ['causation_id', (c) => c.causationId],
  ['event_id', (c) => c.eventId],
];

const { text: optional, from, to, direction } = exportParameters;
const exportQuerySchema = z
  .object({
    patientId: optional,
    caseId: optional,
    userId: optional,
    role: optional,
    eventType: optional,
    category: optional,
    correlationId: optional,
    from,
    to,
    orderBy: z
      .enum([
        'RECORDED_AT',
        'OCCURRED_AT',
        'USER_ID',
        'ROLE',
        'PATIENT_ID',
        'CASE_ID',
        'EVENT_TYPE',
        'CATEGORY',
      ])
      .optional(),
    direction,
  })
  .strict();

/**
 * `GET /exports/audit-trail.csv`: every recorded change as CSV for auditors (who, both times,
 * what changed before and after, why, under which request), with the `auditTrail` query's filters
 * and order as query parameters.
 */
export function auditTrailExport(projections: ProjectionService, accessRecords: AccessRecords) {
  return csvExport({
    disclosure: {
      accessRecords,
      operationName: 'AuditTrailExport',
      recordOf: (change) => ({ patientId: change.patientId, caseId: change.caseId }),
    },
    filename: 'audit-trail.csv',
    parameters: exportQuerySchema,
    columns,
    page: ({ orderBy, direction, ...filter }, after, size) =>
      auditTrailPage(
        projections,
        auditTrailQueryOf(
          filter,
          { field: orderBy ?? 'RECORDED_AT', direction: direction ?? 'DESC' },
          { direction: 'forward', size, after, before: null },
        ),
      ).map(({ record, key }) => ({ row: record, key })),
  });
}
