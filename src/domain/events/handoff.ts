import { z } from 'zod';
import { handoffKindSchema, illnessSeveritySchema } from '../value-sets.js';
import { handoffPartySchema, listOf } from '../schema-helpers.js';
import {
  isoDateTimeSchema,
  longTextSchema,
  reasonSchema,
  shortTextSchema,
  uuidSchema,
} from '../values.js';

export const ipassActionSchema = z
  .object({
    action: longTextSchema,
    owner: shortTextSchema,
    due: isoDateTimeSchema.optional(),
  })
  .strict();

/** I-PASS: Illness severity, Patient summary, Action list, Situation awareness and contingency. */
export const ipassSchema = z
  .object({
    illnessSeverity: illnessSeveritySchema,
    patientSummary: longTextSchema,
    actionList: listOf(ipassActionSchema),
    situationAwareness: longTextSchema,
    contingency: longTextSchema,
  })
  .strict();

export const handoffInitiatedSchema = z
  .object({
    handoffId: uuidSchema,
    kind: handoffKindSchema,
    from: handoffPartySchema,
    to: handoffPartySchema,
    transfersPrimary: z.boolean(),
    ipass: ipassSchema,
  })
  .strict();

/** The receiver's synthesis: the S of I-PASS, restating what was understood. */
export const handoffAcceptedSchema = z
  .object({
    handoffId: uuidSchema,
    synthesis: longTextSchema,
  })
  .strict();

export const handoffDeclinedSchema = z
  .object({
    handoffId: uuidSchema,
    reason: reasonSchema,
  })
  .strict();
