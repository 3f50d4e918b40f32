import { z } from 'zod';
import { datePeriodSchema, listOf, nonEmptyListOf } from '../schema-helpers.js';
import { evidenceListSchema } from './evidence.js';
import { longTextSchema, reasonSchema, shortTextSchema, uuidSchema } from '../values.js';

export const carePlanDraftedSchema = z
  .object({
    carePlanId: uuidSchema,
    title: shortTextSchema,
    description: longTextSchema.optional(),
    period: datePeriodSchema.optional(),
  })
  .strict();

export const carePlanActivatedSchema = z.object({ carePlanId: uuidSchema }).strict();

/** One change of a revision: which part of the plan, what it said before and after. */
export const planChangeSchema = z
  .object({
    path: shortTextSchema,
    before: longTextSchema.optional(),
    after: longTextSchema.optional(),
  })
  .strict();

/** Version 1, published: the triggering events named by id only. */
export const carePlanRevisedSchemaV1 = z
  .object({
    carePlanId: uuidSchema,
    summary: longTextSchema,
    changes: nonEmptyListOf(planChangeSchema),
    triggeringEventIds: listOf(uuidSchema),
    reason: reasonSchema,
  })
  .strict();

/** Version 2: the triggering events pinned to their revision as the revision's evidence. */
export const carePlanRevisedSchema = carePlanRevisedSchemaV1
  .omit({ triggeringEventIds: true })
  .extend({ evidence: evidenceListSchema });

export const carePlanSuspendedSchema = z
  .object({ carePlanId: uuidSchema, reason: reasonSchema })
  .strict();

export const carePlanResumedSchema = z.object({ carePlanId: uuidSchema }).strict();

export const carePlanClosedSchema = z
  .object({
    carePlanId: uuidSchema,
    outcome: z.enum(['completed', 'revoked']),
    reason: reasonSchema,
  })
  .strict();
