import { interventionKindSchema, interventionStatusSchema } from '../value-sets.js';
import { listOf } from '../schema-helpers.js';
import { isoDateSchema, longTextSchema, uuidSchema } from '../values.js';
import { performerSchema } from '../events/interventions.js';
import { caseCommand } from './command-base.js';

export const planInterventionSchema = caseCommand('PlanIntervention', {
  kind: interventionKindSchema,
  description: longTextSchema,
  performer: performerSchema,
  due: isoDateSchema.optional(),
  goalIds: listOf(uuidSchema).optional(),
});

export const updateInterventionStatusSchema = caseCommand('UpdateInterventionStatus', {
  interventionId: uuidSchema,
  to: interventionStatusSchema,
  outcome: longTextSchema.optional(),
});
