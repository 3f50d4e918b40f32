import { z } from 'zod';
import { maxEmergencyMinutes, mayBreakGlass, readsAccessLog } from '../../access/access-policy.js';
import { ForbiddenError } from '../../access/forbidden-error.js';
import { toFieldIssues } from '../../domain/commands/index.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { reasonSchema, uuidSchema } from '../../domain/values.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import type { Resolvers } from '../generated/resolver-types.js';
import { enumFieldResolvers } from '../mutations/enum-names.js';
import { accessLogQueryOf } from '../read/access-log-query.js';
import {
  accessLogKeyOf,
  accessLogPage,
  type AccessLogEntryRecord,
} from '../read/access-log-reads.js';
import { auditTrailPage, auditTrailQueryOf } from '../read/audit-reads.js';
import { connectionFrom, pageRequest, textTextKey } from '../read/connection.js';
import { knownPatients } from '../read/timeline-reads.js';

const breakGlassSchema = z
  .object({
    patientId: uuidSchema,
    reason: reasonSchema,
    minutes: z.number().int().min(1).max(maxEmergencyMinutes).default(60),
  })
  .strict();

/** The access log and every record's audit trail for auditors; emergency access for those who treat. */
export const accessLogResolvers: Resolvers = {
  Query: {
    accessLog: (_, args, context: ApiContext) =>
      mapped(async () => {
        if (!readsAccessLog(context.actor.role))
          throw new ForbiddenError('only auditors read the access log');
        const page = pageRequest({ first: args.first, after: args.after }, textTextKey);
        const query = accessLogQueryOf(args.filter, args.orderBy, page);
        const rows = accessLogPage(context.services.projections, query);
        return connectionFrom(rows, page, (entry: AccessLogEntryRecord) =>
          accessLogKeyOf(entry, query.sort),
        );
      }),
    auditTrail: (_, args, context: ApiContext) =>
      mapped(async () => {
        if (!readsAccessLog(context.actor.role))
          throw new ForbiddenError('only auditors read the audit trail of every record');
        const page = pageRequest({ first: args.first, after: args.after }, textTextKey);
        const rows = auditTrailPage(
          context.services.projections,
          auditTrailQueryOf(args.filter, args.orderBy, page),
        );
        const keys = new Map(rows.map((row) => [row.record, row.key]));
        const connection = connectionFrom(
          rows.map((row) => row.record),
          page,
          (record) => keys.get(record),
        );
        // The trail shows what was recorded about patients: the read is itself recorded.
        await context.access.readsOf(connection.edges.map((edge) => edge.node));
        return connection;
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
