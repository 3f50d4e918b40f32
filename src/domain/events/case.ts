import { z } from 'zod';
import { admissionTypeSchema, caseOutcomeSchema, referralSourceKindSchema } from '../value-sets.js';
import { userRefSchema } from '../schema-helpers.js';
import { isoDateTimeSchema, reasonSchema, shortTextSchema, uuidSchema } from '../values.js';

export const referralSourceSchema = z
  .object({
    kind: referralSourceKindSchema,
    detail: shortTextSchema.optional(),
  })
  .strict();

export const caseOpenedSchema = z
  .object({
    caseId: uuidSchema,
    patientId: uuidSchema,
    program: shortTextSchema,
    referralSource: referralSourceSchema,
    admittedAt: isoDateTimeSchema,
    admissionType: admissionTypeSchema,
    primaryCaseManager: userRefSchema,
  })
  .strict();

export const caseClosedSchema = z
  .object({
    reason: reasonSchema,
    outcome: caseOutcomeSchema,
  })
  .strict();
