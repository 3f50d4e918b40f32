import { z } from 'zod';
import { limits, reasonSchema, shortTextSchema, uuidSchema } from '../values.js';

/** A shallow patch of the target's data; the decider checks each field against the target's schema. */
export const correctedDataSchema = z
  .record(shortTextSchema, z.unknown())
  .refine((data) => Object.keys(data).length >= 1, 'expected at least one corrected field')
  .refine((data) => Object.keys(data).length <= limits.listItems, 'too many corrected fields');

export const entryCorrectedSchema = z
  .object({
    targetEventId: uuidSchema,
    correctedData: correctedDataSchema,
    reason: reasonSchema,
  })
  .strict();

export const entryMarkedInErrorSchema = z
  .object({
    targetEventId: uuidSchema,
    reason: reasonSchema,
  })
  .strict();
