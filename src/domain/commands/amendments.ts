import { z } from 'zod';
import { nonEmptyListOf } from '../schema-helpers.js';
import { isoDateTimeSchema, longTextSchema, uuidSchema } from '../values.js';
import {
  amendmentDenialBasisSchema,
  amendmentRequesterSchema,
  amendmentRules,
} from '../events/amendments.js';
import { caseCommand, requiredReason } from './command-base.js';

/** Records a patient's request to amend entries of the case (HIPAA 164.526). */
export const requestAmendmentSchema = caseCommand('RequestAmendment', {
  targetEventIds: nonEmptyListOf(uuidSchema),
  requestedChange: longTextSchema,
  justification: longTextSchema,
  receivedAt: isoDateTimeSchema,
  requestedBy: amendmentRequesterSchema,
});

/** Extends the 60-day deadline once, by up to 30 days, with a reason. */
export const extendAmendmentDeadlineSchema = caseCommand('ExtendAmendmentDeadline', {
  amendmentId: uuidSchema,
  extensionDays: z.number().int().min(1).max(amendmentRules.maxExtensionDays),
  ...requiredReason,
});

/** Accepts a request, linking the corrections and in-error marks that made the amendment. */
export const acceptAmendmentSchema = caseCommand('AcceptAmendment', {
  amendmentId: uuidSchema,
  correctionEventIds: nonEmptyListOf(uuidSchema),
  note: longTextSchema.optional(),
});

/** Denies a request on one of the grounds the rule allows, with an explanation for the patient. */
export const denyAmendmentSchema = caseCommand('DenyAmendment', {
  amendmentId: uuidSchema,
  basis: amendmentDenialBasisSchema,
  explanation: longTextSchema,
});

/** Files the patient's statement of disagreement with a denial. */
export const fileDisagreementStatementSchema = caseCommand('FileDisagreementStatement', {
  amendmentId: uuidSchema,
  statement: longTextSchema,
  filedBy: amendmentRequesterSchema,
});

/** Records the rebuttal of a statement of disagreement. */
export const recordAmendmentRebuttalSchema = caseCommand('RecordAmendmentRebuttal', {
  amendmentId: uuidSchema,
  rebuttal: longTextSchema,
});

/** The commands of the amendment process, which a case keeps taking after it closes. */
export const amendmentCommandTypes = [
  'RequestAmendment',
  'ExtendAmendmentDeadline',
  'AcceptAmendment',
  'DenyAmendment',
  'FileDisagreementStatement',
  'RecordAmendmentRebuttal',
] as const;
