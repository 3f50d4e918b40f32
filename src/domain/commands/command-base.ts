import { z } from 'zod';
import { isoDateTimeSchema, reasonSchema, uuidSchema } from '../values.js';

/** Fields every command may carry: when it happened (a late entry) and why. */
const commonShape = {
  occurredAt: isoDateTimeSchema.optional(),
  reason: reasonSchema.optional(),
};

/** Required where the design says a reason must be given (revisions, corrections, decisions, closures). */
export const requiredReason = { reason: reasonSchema };

/** A strict command addressed to a patient stream. */
export function patientCommand<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z
    .object({ type: z.literal(type), patientId: uuidSchema, ...commonShape })
    .extend(shape)
    .strict();
}

/** A strict command addressed to a case stream. */
export function caseCommand<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z
    .object({ type: z.literal(type), caseId: uuidSchema, ...commonShape })
    .extend(shape)
    .strict();
}
