import { z } from 'zod';

/** Limits that keep one command's free text bounded; larger input is refused, never truncated. */
export const limits = {
  shortText: 200,
  longText: 4000,
  listItems: 100,
} as const;

export const uuidSchema = z.uuid();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
export const shortTextSchema = z.string().trim().min(1).max(limits.shortText);
export const longTextSchema = z.string().trim().min(1).max(limits.longText);

export const roles = ['case_manager', 'clinician', 'auditor', 'quality_analyst', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Who did it: always taken from the authenticated caller, never from command input. */
export const actorSchema = z
  .object({
    userId: shortTextSchema,
    role: roleSchema,
    onBehalfOf: shortTextSchema.optional(),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

/** Why: free text plus an optional code from a local code system. */
export const reasonSchema = z
  .object({
    text: longTextSchema,
    code: shortTextSchema.optional(),
  })
  .strict();
export type Reason = z.infer<typeof reasonSchema>;
