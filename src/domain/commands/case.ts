import { admissionTypeSchema, caseOutcomeSchema } from '../value-sets.js';
import { userRefSchema } from '../schema-helpers.js';
import { isoDateTimeSchema, shortTextSchema, uuidSchema } from '../values.js';
import { referralSourceSchema } from '../events/case.js';
import { caseCommand, requiredReason } from './command-base.js';

export const openCaseSchema = caseCommand('OpenCase', {
  patientId: uuidSchema,
  program: shortTextSchema,
  referralSource: referralSourceSchema,
  admittedAt: isoDateTimeSchema,
  admissionType: admissionTypeSchema,
  primaryCaseManager: userRefSchema,
});

export const closeCaseSchema = caseCommand('CloseCase', {
  outcome: caseOutcomeSchema,
  ...requiredReason,
});
