import { z } from 'zod';
import { nonEmptyListOf } from '../schema-helpers.js';
import {
  isoDateSchema,
  isoDateTimeSchema,
  longTextSchema,
  reasonSchema,
  shortTextSchema,
  uuidSchema,
} from '../values.js';

/** HIPAA 164.526(b)(2): act on a request within 60 days of receipt, extendable once by 30. */
export const amendmentRules = { actWithinDays: 60, maxExtensionDays: 30 } as const;

/** Who asked: the patient, or a personal representative acting for them. */
export const amendmentRequesterSchema = z
  .object({
    kind: z.enum(['patient', 'personal-representative']),
    name: shortTextSchema.optional(),
    relationship: shortTextSchema.optional(),
  })
  .strict();

/** The grounds on which 164.526(a)(2) lets a covered entity deny an amendment. */
export const amendmentDenialBasisSchema = z.enum([
  'not-created-by-us',
  'not-in-designated-record-set',
  'not-available-for-inspection',
  'accurate-and-complete',
]);

/** A patient's request to amend entries of the case, as received. */
export const amendmentRequestedSchema = z
  .object({
    amendmentId: uuidSchema,
    targetEventIds: nonEmptyListOf(uuidSchema),
    requestedChange: longTextSchema,
    justification: longTextSchema,
    receivedAt: isoDateTimeSchema,
    requestedBy: amendmentRequesterSchema,
    /** receivedAt plus 60 days: the date by which the request must be acted on. */
    dueDate: isoDateSchema,
  })
  .strict();

export const amendmentDeadlineExtendedSchema = z
  .object({
    amendmentId: uuidSchema,
    extensionDays: z.number().int().min(1).max(amendmentRules.maxExtensionDays),
    dueDate: isoDateSchema,
    reason: reasonSchema,
  })
  .strict();

/** The request accepted: the corrections and in-error marks that made the amendment. */
export const amendmentAcceptedSchema = z
  .object({
    amendmentId: uuidSchema,
    correctionEventIds: nonEmptyListOf(uuidSchema),
    note: longTextSchema.optional(),
  })
  .strict();

export const amendmentDeniedSchema = z
  .object({
    amendmentId: uuidSchema,
    basis: amendmentDenialBasisSchema,
    explanation: longTextSchema,
  })
  .strict();

/** The patient's statement of disagreement with a denial, kept with the record. */
export const disagreementStatementFiledSchema = z
  .object({
    amendmentId: uuidSchema,
    statement: longTextSchema,
    filedBy: amendmentRequesterSchema,
  })
  .strict();

/** The covered entity's rebuttal of a statement of disagreement, kept with it. */
export const amendmentRebuttalRecordedSchema = z
  .object({
    amendmentId: uuidSchema,
    rebuttal: longTextSchema,
  })
  .strict();
