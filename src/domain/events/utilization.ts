import { z } from 'zod';
import {
  avoidableDayPartySchema,
  disclosurePurposeSchema,
  levelOfCareSchema,
  payerDecisionSchema,
  utilizationReviewKindSchema,
} from '../value-sets.js';
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

export const utilizationReviewPerformedSchema = z
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

export const payerDeterminationRecordedSchema = z
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
