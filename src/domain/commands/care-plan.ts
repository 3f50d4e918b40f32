import { z } from 'zod';
import { datePeriodSchema, listOf, nonEmptyListOf } from '../schema-helpers.js';
import { longTextSchema, shortTextSchema, uuidSchema } from '../values.js';
import { planChangeSchema } from '../events/care-plan.js';
import { caseCommand, requiredReason } from './command-base.js';

export const draftCarePlanSchema = caseCommand('DraftCarePlan', {
  title: shortTextSchema,
  description: longTextSchema.optional(),
  period: datePeriodSchema.optional(),
});

export const activateCarePlanSchema = caseCommand('ActivateCarePlan', { carePlanId: uuidSchema });

export const reviseCarePlanSchema = caseCommand('ReviseCarePlan', {
  carePlanId: uuidSchema,
  summary: longTextSchema,
  changes: nonEmptyListOf(planChangeSchema),
  triggeringEventIds: listOf(uuidSchema).optional(),
  ...requiredReason,
});

export const suspendCarePlanSchema = caseCommand('SuspendCarePlan', {
  carePlanId: uuidSchema,
  ...requiredReason,
});

export const resumeCarePlanSchema = caseCommand('ResumeCarePlan', { carePlanId: uuidSchema });

export const closeCarePlanSchema = caseCommand('CloseCarePlan', {
  carePlanId: uuidSchema,
  outcome: z.enum(['completed', 'revoked']),
  ...requiredReason,
});
