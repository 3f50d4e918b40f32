import { z } from 'zod';
import type { AccessLogOrder } from '../graphql/generated/resolver-types.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import { accessLogQueryOf, accessLogSortFields } from '../graphql/read/access-log-query.js';
import {
  accessLogKeyOf,
  accessLogPage,
  type AccessLogEntryRecord,
} from '../graphql/read/access-log-reads.js';
import { csvExport, exportParameters } from './csv-export.js';

const columns: readonly (readonly [string, (entry: AccessLogEntryRecord) => string | null])[] = [
  ['recorded_at', (e) => e.recordedAt],
  ['patient_id', (e) => e.patientId],
  ['user_id', (e) => e.userId],
  ['role', (e) => e.role],
  ['operation_type', (e) => e.operationType],
  ['operation_name', (e) => e.operationName],
  ['fields', (e) => e.fields.join(' ')],
  ['data_categories', (e) => e.dataCategories.join(' ')],
  ['case_ids', (e) => e.caseIds.join(' ')],
  ['outcome', (e) => e.outcome],
  ['basis', (e) => e.basis],
  ['purpose_of_use', (e) => e.purposeOfUse],
  ['emergency_reason', (e) => e.emergencyReason],
  ['client_address', (e) => e.clientAddress],
  ['request_id', (e) => e.requestId],
  ['record_id', (e) => e.id],
];

const { text: optional, from, to, direction } = exportParameters;
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
    operationType: z.enum(['query', 'mutation', 'subscription']).optional(),
    operationName: optional,
    dataCategory: optional,
    caseId: optional,
    requestId: optional,
    clientAddress: optional,
    from,
    to,
    orderBy: z.enum(Object.keys(accessLogSortFields) as [string, ...string[]]).optional(),
    direction,
  })
  .strict();

/**
 * `GET /exports/access-log.csv`: the access log as CSV for auditors, with the `accessLog` query's
 * filters and order as query parameters.
 */
export function accessLogExport(projections: ProjectionService) {
  return csvExport({
    filename: 'access-log.csv',
    parameters: exportQuerySchema,
    columns,
    page: ({ orderBy, direction, ...filter }, after, size) => {
      const order = {
        field: (orderBy ?? 'RECORDED_AT') as AccessLogOrder['field'],
        direction: direction ?? 'DESC',
      };
      const query = accessLogQueryOf(filter, order, {
        direction: 'forward',
        size,
        after,
        before: null,
      });
      return accessLogPage(projections, query).map((row) => ({
        row,
        key: accessLogKeyOf(row, query.sort),
      }));
    },
  });
}
