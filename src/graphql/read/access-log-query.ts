import { accessBasisSchema, purposeOfUseSchema } from '../../domain/events/access.js';
import type { AccessLogFilter, AccessLogOrder } from '../generated/resolver-types.js';
import { fromGraphQLEnumName } from '../mutations/enum-names.js';
import type { AccessLogQuery } from './access-log-reads.js';

export const accessLogSortFields: Readonly<Record<string, AccessLogQuery['sort']>> = {
  RECORDED_AT: 'recordedAt',
  USER_ID: 'userId',
  PATIENT_ID: 'patientId',
  ROLE: 'role',
  OUTCOME: 'outcome',
  OPERATION_TYPE: 'operationType',
  OPERATION_NAME: 'operationName',
  BASIS: 'basis',
  PURPOSE_OF_USE: 'purposeOfUse',
  CLIENT_ADDRESS: 'clientAddress',
};

const utc = (instant: string | null | undefined): string | null =>
  instant == null ? null : new Date(instant).toISOString();

/** The filter's enum names as the codes the log records; every other field as given. */
function equalityFilter(filter: AccessLogFilter | null | undefined): AccessLogQuery['equal'] {
  if (!filter) return {};
  const given = {
    patientId: filter.patientId,
    userId: filter.userId,
    role: filter.role,
    outcome: filter.outcome && fromGraphQLEnumName(filter.outcome, ['granted', 'denied']),
    basis: filter.basis && fromGraphQLEnumName(filter.basis, accessBasisSchema.options),
    purposeOfUse:
      filter.purposeOfUse && fromGraphQLEnumName(filter.purposeOfUse, purposeOfUseSchema.options),
    operationType: filter.operationType,
    operationName: filter.operationName,
    requestId: filter.requestId,
    clientAddress: filter.clientAddress,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value != null));
}

/** An access log question from the API's filter and order (newest first when no order is given). */
export function accessLogQueryOf(
  filter: AccessLogFilter | null | undefined,
  orderBy: AccessLogOrder | null | undefined,
  page: AccessLogQuery['page'],
): AccessLogQuery {
  return {
    equal: equalityFilter(filter),
    caseId: filter?.caseId ?? null,
    dataCategory: filter?.dataCategory ?? null,
    from: utc(filter?.from),
    to: utc(filter?.to),
    sort: accessLogSortFields[orderBy?.field ?? 'RECORDED_AT'] ?? 'recordedAt',
    descending: (orderBy?.direction ?? 'DESC') === 'DESC',
    page,
  };
}
