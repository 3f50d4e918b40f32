import { problemCategorySchema, riskTierSchema } from '../value-sets.js';
import { codingSchema, listOf, scoreSchema } from '../schema-helpers.js';
import { longTextSchema, shortTextSchema, uuidSchema } from '../values.js';
import { assessmentItemSchema, instrumentSchema } from '../events/assessment.js';
import { caseCommand } from './command-base.js';

/** The total may be left out when items are given: the decider sums them. */
export const recordAssessmentSchema = caseCommand('RecordAssessment', {
  instrument: instrumentSchema,
  items: listOf(assessmentItemSchema).optional(),
  total: scoreSchema.optional(),
  band: shortTextSchema.optional(),
  notes: longTextSchema.optional(),
});

export const stratifyRiskSchema = caseCommand('StratifyRisk', {
  tier: riskTierSchema,
  basis: longTextSchema,
  assessmentIds: listOf(uuidSchema).optional(),
});

export const identifyProblemSchema = caseCommand('IdentifyProblem', {
  description: longTextSchema,
  category: problemCategorySchema,
  code: codingSchema.optional(),
});

export const resolveProblemSchema = caseCommand('ResolveProblem', {
  problemId: uuidSchema,
  resolution: longTextSchema.optional(),
});
