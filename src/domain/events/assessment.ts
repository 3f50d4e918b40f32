import { z } from 'zod';
import { problemCategorySchema, riskTierSchema } from '../value-sets.js';
import { codingSchema, listOf, nonEmptyListOf, scoreSchema } from '../schema-helpers.js';
import { longTextSchema, shortTextSchema, uuidSchema } from '../values.js';

/** A standard instrument by code, or a local one with its own range. */
export const instrumentSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('PHQ-9') }).strict(),
  z.object({ code: z.literal('GAD-7') }).strict(),
  z.object({ code: z.literal('LACE') }).strict(),
  z.object({ code: z.literal('Morse') }).strict(),
  z.object({ code: z.literal('Barthel') }).strict(),
  z
    .object({
      code: z.literal('custom'),
      name: shortTextSchema,
      min: scoreSchema,
      max: scoreSchema,
    })
    .strict(),
]);
export type Instrument = z.infer<typeof instrumentSchema>;

export const assessmentItemSchema = z
  .object({
    itemId: shortTextSchema,
    score: scoreSchema,
  })
  .strict();
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

export const assessmentRecordedSchema = z
  .object({
    assessmentId: uuidSchema,
    instrument: instrumentSchema,
    items: listOf(assessmentItemSchema),
    total: scoreSchema,
    band: shortTextSchema.optional(),
    notes: longTextSchema.optional(),
  })
  .strict();

export const riskStratifiedSchema = z
  .object({
    stratificationId: uuidSchema,
    tier: riskTierSchema,
    basis: longTextSchema,
    assessmentIds: listOf(uuidSchema),
  })
  .strict();

export const problemIdentifiedSchema = z
  .object({
    problemId: uuidSchema,
    description: longTextSchema,
    category: problemCategorySchema,
    code: codingSchema.optional(),
  })
  .strict();

export const problemResolvedSchema = z
  .object({
    problemId: uuidSchema,
    resolution: longTextSchema.optional(),
  })
  .strict();

/** Evidence behind a statement: free text, events of the case, or both. */
export const evidenceSchema = z
  .object({
    text: longTextSchema.optional(),
    eventIds: nonEmptyListOf(uuidSchema).optional(),
  })
  .strict();
