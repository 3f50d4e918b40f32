import type {
  AccessLogEntryRecord,
  EmergencyAccessRecord,
} from '../../../projections/access-log/access-log-records.js';
import type { AccessEventData } from '../../domain/events/catalogue.js';
import type { ProjectionService } from '../../read-models/projection-service.js';
import type { PageRequest } from './connection.js';
import { sortedLogPage } from './sorted-log.js';
import { optionalText, text, type SqlRow } from './read-model-sql.js';

type Recorded = AccessEventData<'PatientRecordAccessed'>;

const accessLogTable = {
  projection: 'access-log',
  table: 'access_log_entries',
  idColumn: 'event_id',
  timeColumn: 'recorded_at',
} as const;

export type { AccessLogEntryRecord, EmergencyAccessRecord };

/** The columns an access log may be filtered on by equality, by their filter names. */
export const accessLogEqualityFilters = {
  patientId: 'patient_id',
  userId: 'user_id',
  role: 'role',
  outcome: 'outcome',
  basis: 'basis',
  purposeOfUse: 'purpose_of_use',
  operationType: 'operation_type',
  operationName: 'operation_name',
  requestId: 'request_id',
  clientAddress: 'client_address',
} as const;

/** The columns an access log may be sorted on, by their sort names. */
export const accessLogSortColumns = {
  recordedAt: 'recorded_at',
  userId: 'user_id',
  patientId: 'patient_id',
  role: 'role',
  outcome: 'outcome',
  operationType: 'operation_type',
  operationName: 'operation_name',
  basis: 'basis',
  purposeOfUse: 'purpose_of_use',
  clientAddress: 'client_address',
} as const;

export interface AccessLogQuery {
  readonly equal: Partial<Record<keyof typeof accessLogEqualityFilters, string>>;
  readonly caseId: string | null;
  /** Only accesses that reached this kind of data. */
  readonly dataCategory: string | null;
  /** UTC ISO instants, inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  readonly sort: keyof typeof accessLogSortColumns;
  readonly descending: boolean;
  /** Forward pages only; the key is (sort value, record id). */
  readonly page: PageRequest<readonly [string, string]>;
}

function jsonList(row: SqlRow, column: string): readonly string[] {
  const value = row[column];
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

function entryOf(row: SqlRow): AccessLogEntryRecord {
  return {
    id: text(row, 'event_id'),
    recordedAt: text(row, 'recorded_at'),
    patientId: text(row, 'patient_id'),
    userId: text(row, 'user_id'),
    role: text(row, 'role'),
    operationType: text(row, 'operation_type'),
    operationName: optionalText(row, 'operation_name'),
    fields: jsonList(row, 'fields'),
    dataCategories: jsonList(row, 'data_categories'),
    caseIds: jsonList(row, 'case_ids'),
    outcome: text(row, 'outcome') as Recorded['outcome'],
    basis: optionalText(row, 'basis') as Recorded['basis'],
    purposeOfUse: text(row, 'purpose_of_use') as Recorded['purposeOfUse'],
    emergencyReason: optionalText(row, 'emergency_reason'),
    clientAddress: optionalText(row, 'client_address'),
    requestId: text(row, 'request_id'),
  };
}

/** The sort value of a record, as the keyset compares it (absent values sort as ''). */
export function accessLogKeyOf(
  entry: AccessLogEntryRecord,
  sort: AccessLogQuery['sort'],
): readonly [string, string] {
  return [entry[sort] ?? '', entry.id];
}

/** One page of the access log, filtered by any recorded field and sorted by one, keyset-paged. */
export function accessLogPage(
  projections: ProjectionService,
  query: AccessLogQuery,
): AccessLogEntryRecord[] {
  const equal = Object.fromEntries(
    Object.entries(query.equal)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => [
        accessLogEqualityFilters[name as keyof typeof accessLogEqualityFilters],
        value,
      ]),
  );
  return sortedLogPage(projections, accessLogTable, {
    equal,
    contains: [
      ...(query.caseId === null ? [] : [{ column: 'case_ids', value: query.caseId }]),
      ...(query.dataCategory === null
        ? []
        : [{ column: 'data_categories', value: query.dataCategory }]),
    ],
    from: query.from,
    to: query.to,
    sortColumn: accessLogSortColumns[query.sort],
    descending: query.descending,
    page: query.page,
  }).map(entryOf);
}

const emergencyAccessTable = {
  projection: 'access-log',
  table: 'emergency_accesses',
  idColumn: 'event_id',
  timeColumn: 'granted_at',
} as const;

/**
 * One page of emergency accesses, oldest grant first, of one patient or all, granted within an
 * inclusive range of UTC ISO instants; keyset-paged on (grantedAt, id).
 */
export function emergencyAccessPage(
  projections: ProjectionService,
  query: {
    readonly patientId: string | null;
    readonly from: string | null;
    readonly to: string | null;
    readonly page: PageRequest<readonly [string, string]>;
  },
): EmergencyAccessRecord[] {
  return sortedLogPage(projections, emergencyAccessTable, {
    equal: query.patientId === null ? {} : { patient_id: query.patientId },
    from: query.from,
    to: query.to,
    sortColumn: 'granted_at',
    descending: false,
    page: query.page,
  }).map((row) => ({
    id: text(row, 'event_id'),
    userId: text(row, 'user_id'),
    patientId: text(row, 'patient_id'),
    grantedAt: text(row, 'granted_at'),
    expiresAt: text(row, 'expires_at'),
    reasonText: text(row, 'reason_text'),
    reasonCode: optionalText(row, 'reason_code'),
  }));
}
