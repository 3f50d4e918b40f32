import { z } from 'zod';
import {
  isoDateTimeSchema,
  reasonSchema,
  roleSchema,
  shortTextSchema,
  uuidSchema,
} from '../values.js';

/**
 * Why the data was used, after HL7 v3 PurposeOfUse: treatment (TREAT), emergency treatment
 * (ETREAT), audit and compliance review, quality improvement (HQUALIMP), operations (HOPERAT).
 */
export const purposeOfUseSchema = z.enum([
  'treatment',
  'emergency-treatment',
  'audit',
  'quality-improvement',
  'operations',
]);

/** How the reader reached the record: the access policy's basis for a grant. */
export const accessBasisSchema = z.enum(['care-team', 'handoff', 'emergency', 'role']);

/**
 * One request's read of one patient's data, or an attempt refused: who (the envelope's actor),
 * when (recordedAt), what, why, from where and the outcome. Ids and field names only, never the
 * data read.
 */
export const patientRecordAccessedSchema = z
  .object({
    patientId: uuidSchema,
    operation: z
      .object({
        type: z.enum(['query', 'mutation', 'subscription']),
        name: shortTextSchema.nullable(),
      })
      .strict(),
    /** The fields of patient data the operation asked for, as `Type.field`. */
    fields: z.array(shortTextSchema).max(500),
    /** The patient's cases the request reached (granted) or tried to reach (denied). */
    caseIds: z.array(uuidSchema).max(500),
    outcome: z.enum(['granted', 'denied']),
    basis: accessBasisSchema.nullable(),
    purposeOfUse: purposeOfUseSchema,
    /** The reason given for the emergency access this read relied on. */
    emergencyReason: reasonSchema.optional(),
    client: z
      .object({
        address: shortTextSchema.nullable(),
        requestId: shortTextSchema,
      })
      .strict(),
    role: roleSchema,
  })
  .strict();

/** A time-limited emergency ("break-glass") read of one patient's record, with its reason. */
export const emergencyAccessGrantedSchema = z
  .object({
    patientId: uuidSchema,
    reason: reasonSchema,
    expiresAt: isoDateTimeSchema,
  })
  .strict();
