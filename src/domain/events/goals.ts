import { z } from 'zod';
import {
  goalAchievementStatusSchema,
  goalLifecycleStatusSchema,
  goalPrioritySchema,
} from '../value-sets.js';
import { listOf } from '../schema-helpers.js';
import { isoDateSchema, longTextSchema, shortTextSchema, uuidSchema } from '../values.js';
import { evidenceSchema } from './assessment.js';

/** FHIR Goal.target: what is measured, the value aimed at, and by when. */
export const goalTargetSchema = z
  .object({
    measure: shortTextSchema,
    detail: shortTextSchema.optional(),
    dueDate: isoDateSchema.optional(),
  })
  .strict();

export const goalSetSchema = z
  .object({
    goalId: uuidSchema,
    description: longTextSchema,
    target: goalTargetSchema,
    priority: goalPrioritySchema,
    addresses: listOf(uuidSchema),
    lifecycleStatus: z.enum(['proposed', 'active']),
  })
  .strict();

export const goalProgressRecordedSchema = z
  .object({
    goalId: uuidSchema,
    achievementStatus: goalAchievementStatusSchema,
    evidence: evidenceSchema,
  })
  .strict();

export const goalStatusChangedSchema = z
  .object({
    goalId: uuidSchema,
    from: goalLifecycleStatusSchema,
    to: goalLifecycleStatusSchema,
  })
  .strict();
