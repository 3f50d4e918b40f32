import { z } from 'zod';
import {
  avoidableDayPartySchema,
  disclosurePurposeSchema,
  levelOfCareSchema,
  payerDecisionSchema,
  utilizationReviewKindSchema,
} from '../value-sets.js';
import { evidenceListSchema } from './evidence.js';
import { closedDatePeriodSchema, listOf, sha256HexSchema } from '../schema-helpers.js';
import {
  isoDateSchema,
  longTextSchema,
  reasonSchema,
  shortTextSchema,
  uuidSchema,
} from '../values.js';

/** A published criteria set, e.g. InterQual or MCG, with the edition applied. */
export const criteriaSetSchema = z
  .object({
    name: shortTextSchema,
    version: shortTextSchema,
  })
  .strict();

/** Version 1, published: evidence named by event id only, if at all. */
export const utilizationReviewPerformedSchemaV1 = z
  .object({
    reviewId: uuidSchema,
    kind: utilizationReviewKindSchema,
    criteriaSet: criteriaSetSchema,
    criteriaMet: z.boolean(),
    levelOfCare: levelOfCareSchema,
    nextReviewDue: isoDateSchema.optional(),
    evidenceEventIds: listOf(uuidSchema).optional(),
    notes: longTextSchema.optional(),
  })
  .strict();

/** Version 2: the evidence pinned to its revision (empty when none was named). */
export const utilizationReviewPerformedSchema = utilizationReviewPerformedSchemaV1
  .omit({ evidenceEventIds: true })
  .extend({ evidence: evidenceListSchema });

/** Version 1, published: no evidence. */
export const payerDeterminationRecordedSchemaV1 = z
  .object({
    determinationId: uuidSchema,
    payer: shortTextSchema,
    authorizationNumber: shortTextSchema.optional(),
    decision: payerDecisionSchema,
    authorizedDays: z.number().int().min(0).max(366).optional(),
    denialReason: longTextSchema.optional(),
    reviewId: uuidSchema.optional(),
  })
  .strict();

/** Version 2: the evidence the determination was recorded on, pinned to its revision. */
export const payerDeterminationRecordedSchema = payerDeterminationRecordedSchemaV1.extend({
  evidence: evidenceListSchema,
});

export const avoidableDayRecordedSchema = z
  .object({
    avoidableDayId: uuidSchema,
    date: isoDateSchema,
    reason: reasonSchema,
    responsibleParty: avoidableDayPartySchema,
  })
  .strict();

/** Submitting a report to a payer is also a disclosure: the hash proves what was sent. */
export const payerReportSubmittedSchema = z
  .object({
    reportId: uuidSchema,
    payer: shortTextSchema,
    reportType: shortTextSchema,
    period: closedDatePeriodSchema,
    contentHash: sha256HexSchema,
    purpose: disclosurePurposeSchema,
  })
  .strict();
