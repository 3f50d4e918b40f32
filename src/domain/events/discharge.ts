import { z } from 'zod';
import { dischargeDecisionSchema, dischargeDispositionSchema } from '../value-sets.js';
import { listOf } from '../schema-helpers.js';
import { evidenceListSchema } from './evidence.js';
import {
  isoDateSchema,
  isoDateTimeSchema,
  reasonSchema,
  shortTextSchema,
  uuidSchema,
} from '../values.js';

export const arrangedServiceSchema = z
  .object({
    service: shortTextSchema,
    provider: shortTextSchema.optional(),
    startDate: isoDateSchema.optional(),
  })
  .strict();

export const followUpSchema = z
  .object({
    with: shortTextSchema,
    date: isoDateSchema.optional(),
    purpose: shortTextSchema.optional(),
  })
  .strict();

export const caregiverSchema = z
  .object({
    relationship: shortTextSchema,
    name: shortTextSchema.optional(),
    confirmed: z.boolean(),
  })
  .strict();

/** Patient choice of post-acute provider: whether options were offered and what was chosen. */
export const patientChoiceSchema = z
  .object({
    optionsOffered: z.boolean(),
    choice: shortTextSchema.optional(),
  })
  .strict();

/** Each update states the whole current discharge plan, so the latest one is the plan. */
export const dischargePlanUpdatedSchema = z
  .object({
    expectedDate: isoDateSchema.optional(),
    plannedDisposition: dischargeDispositionSchema.optional(),
    servicesArranged: listOf(arrangedServiceSchema),
    followUps: listOf(followUpSchema),
    barriers: listOf(shortTextSchema),
    caregiver: caregiverSchema.optional(),
    patientChoice: patientChoiceSchema.optional(),
  })
  .strict();

/** Version 1, published: evidence named by event id only. */
export const dischargeDecisionMadeSchemaV1 = z
  .object({
    decisionId: uuidSchema,
    decision: dischargeDecisionSchema,
    disposition: dischargeDispositionSchema.optional(),
    rationale: reasonSchema,
    evidenceEventIds: listOf(uuidSchema),
  })
  .strict();

/** Version 2: the evidence pinned to its revision (see evidence.ts). */
export const dischargeDecisionMadeSchema = dischargeDecisionMadeSchemaV1
  .omit({ evidenceEventIds: true })
  .extend({ evidence: evidenceListSchema });

export const patientDischargedSchema = z
  .object({
    dischargedAt: isoDateTimeSchema,
    disposition: dischargeDispositionSchema,
  })
  .strict();
