import { z } from 'zod';
import { isoDateSchema, limits, shortTextSchema } from './values.js';

/** A bounded list: larger input is refused, never truncated. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).max(limits.listItems);
}

/** A bounded list with at least one element. */
export function nonEmptyListOf<T extends z.ZodType>(item: T) {
  return z.array(item).min(1).max(limits.listItems);
}

/** A user of caretrail (ids come from the identity provider, not from patient data). */
export const userRefSchema = z
  .object({
    userId: shortTextSchema,
    name: shortTextSchema.optional(),
  })
  .strict();

/** A party of a handoff: a user, possibly at another organization. */
export const handoffPartySchema = z
  .object({
    userId: shortTextSchema,
    name: shortTextSchema.optional(),
    organization: shortTextSchema.optional(),
  })
  .strict();

/** A FHIR Coding (system URI, code, display). */
export const codingSchema = z
  .object({
    system: shortTextSchema,
    code: shortTextSchema,
    display: shortTextSchema.optional(),
  })
  .strict();

/** A period of dates; the end is open when absent. */
export const datePeriodSchema = z
  .object({
    start: isoDateSchema,
    end: isoDateSchema.optional(),
  })
  .strict();

/** A closed period of dates, as a payer report covers. */
export const closedDatePeriodSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict();

export const sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a lowercase sha256 hex digest');

/** A score: finite, bounded so that a typo cannot overflow a projection. */
export const scoreSchema = z.number().min(-1_000_000).max(1_000_000);
