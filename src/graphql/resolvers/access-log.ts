import { z } from 'zod';
import { maxEmergencyMinutes, mayBreakGlass, readsAccessLog } from '../../access/access-policy.js';
import { ForbiddenError } from '../../access/forbidden-error.js';
import { toFieldIssues } from '../../domain/commands/index.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { accessBasisSchema, purposeOfUseSchema } from '../../domain/events/access.js';
import { reasonSchema, uuidSchema } from '../../domain/values.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import type { AccessLogFilter, Resolvers } from '../generated/resolver-types.js';
import { enumFieldResolvers, fromGraphQLEnumName } from '../mutations/enum-names.js';
import {
  accessLogKeyOf,
  accessLogPage,
  type AccessLogEntryRecord,
  type AccessLogQuery,
} from '../read/access-log-reads.js';
import { connectionFrom, pageRequest, textTextKey } from '../read/connection.js';
import { knownPatients } from '../read/timeline-reads.js';

const sortFields: Readonly<Record<string, AccessLogQuery['sort']>> = {
  RECORDED_AT: 'recordedAt',
  USER_ID: 'userId',
  PATIENT_ID: 'patientId',
  ROLE: 'role',
  OUTCOME: 'outcome',
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
    operationName: filter.operationName,
    requestId: filter.requestId,
    clientAddress: filter.clientAddress,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value != null));
}

const breakGlassSchema = z
  .object({
    patientId: uuidSchema,
    reason: reasonSchema,
    minutes: z.number().int().min(1).max(maxEmergencyMinutes).default(60),
  })
  .strict();

/** The access log for auditors, and emergency access for those who treat. */
export const accessLogResolvers: Resolvers = {
  Query: {
    accessLog: (_, args, context: ApiContext) =>
      mapped(async () => {
        if (!readsAccessLog(context.actor.role))
          throw new ForbiddenError('only auditors read the access log');
        const page = pageRequest({ first: args.first, after: args.after }, textTextKey);
        const sort = sortFields[args.orderBy?.field ?? 'RECORDED_AT'] ?? 'recordedAt';
        const query: AccessLogQuery = {
          equal: equalityFilter(args.filter),
          caseId: args.filter?.caseId ?? null,
          from: utc(args.filter?.from),
          to: utc(args.filter?.to),
          sort,
          descending: (args.orderBy?.direction ?? 'DESC') === 'DESC',
          page,
        };
        const rows = accessLogPage(context.services.projections, query);
        return connectionFrom(rows, page, (entry: AccessLogEntryRecord) =>
          accessLogKeyOf(entry, sort),
        );
      }),
  },
  Mutation: {
    breakGlass: (_, { input }, context: ApiContext) =>
      mapped(async () => {
        if (!mayBreakGlass(context.actor.role))
          throw new ForbiddenError(`the ${context.actor.role} role has no emergency access`);
        const parsed = breakGlassSchema.safeParse({
          ...input,
          reason: input.reason && {
            text: input.reason.text,
            ...(input.reason.code == null ? {} : { code: input.reason.code }),
          },
          ...(input.minutes == null ? { minutes: undefined } : {}),
        });
        if (!parsed.success)
          throw new ValidationError(
            'the emergency access is invalid',
            toFieldIssues(parsed.error.issues),
          );
        const { patientId, reason, minutes } = parsed.data;
        if (!knownPatients(context.services.projections, [patientId]).has(patientId))
          throw new NotFoundError('patient not found');
        const granted = await context.services.accessRecords.grantEmergencyAccess({
          actor: context.actor,
          patientId,
          reason,
          minutes,
          requestId: context.requestId,
        });
        return { patientId, expiresAt: granted.expiresAt, position: granted.position };
      }),
  },
  AccessLogEntry: enumFieldResolvers<AccessLogEntryRecord>()('outcome', 'basis', 'purposeOfUse'),
};
