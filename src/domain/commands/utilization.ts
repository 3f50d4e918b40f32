import { z } from 'zod';
import {
  avoidableDayPartySchema,
  disclosurePurposeSchema,
  levelOfCareSchema,
  payerDecisionSchema,
  utilizationReviewKindSchema,
} from '../value-sets.js';
import { closedDatePeriodSchema, listOf, sha256HexSchema } from '../schema-helpers.js';
import { isoDateSchema, longTextSchema, shortTextSchema, uuidSchema } from '../values.js';
import { criteriaSetSchema } from '../events/utilization.js';
import { caseCommand, requiredReason } from './command-base.js';

export const performUtilizationReviewSchema = caseCommand('PerformUtilizationReview', {
  kind: utilizationReviewKindSchema,
  criteriaSet: criteriaSetSchema,
  criteriaMet: z.boolean(),
  levelOfCare: levelOfCareSchema,
  nextReviewDue: isoDateSchema.optional(),
  evidenceEventIds: listOf(uuidSchema).optional(),
  notes: longTextSchema.optional(),
});

export const recordPayerDeterminationSchema = caseCommand('RecordPayerDetermination', {
  payer: shortTextSchema,
  authorizationNumber: shortTextSchema.optional(),
  decision: payerDecisionSchema,
  authorizedDays: z.number().int().min(0).max(366).optional(),
  denialReason: longTextSchema.optional(),
  reviewId: uuidSchema.optional(),
  evidenceEventIds: listOf(uuidSchema).optional(),
});

/** The reason is the avoidable day's cause (a code from the local delay taxonomy, plus text). */
export const recordAvoidableDaySchema = caseCommand('RecordAvoidableDay', {
  date: isoDateSchema,
  responsibleParty: avoidableDayPartySchema,
  ...requiredReason,
});

export const submitPayerReportSchema = caseCommand('SubmitPayerReport', {
  payer: shortTextSchema,
  reportType: shortTextSchema,
  period: closedDatePeriodSchema,
  contentHash: sha256HexSchema,
  purpose: disclosurePurposeSchema,
});
