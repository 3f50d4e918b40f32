import { dischargeDecisionSchema, dischargeDispositionSchema } from '../value-sets.js';
import { listOf } from '../schema-helpers.js';
import { isoDateSchema, isoDateTimeSchema, shortTextSchema, uuidSchema } from '../values.js';
import {
  arrangedServiceSchema,
  caregiverSchema,
  followUpSchema,
  patientChoiceSchema,
} from '../events/discharge.js';
import { caseCommand, requiredReason } from './command-base.js';

/** States the whole current discharge plan; left-out lists are empty. */
export const updateDischargePlanSchema = caseCommand('UpdateDischargePlan', {
  expectedDate: isoDateSchema.optional(),
  plannedDisposition: dischargeDispositionSchema.optional(),
  servicesArranged: listOf(arrangedServiceSchema).optional(),
  followUps: listOf(followUpSchema).optional(),
  barriers: listOf(shortTextSchema).optional(),
  caregiver: caregiverSchema.optional(),
  patientChoice: patientChoiceSchema.optional(),
});

/** The reason is the decision's rationale. */
export const recordDischargeDecisionSchema = caseCommand('RecordDischargeDecision', {
  decision: dischargeDecisionSchema,
  disposition: dischargeDispositionSchema.optional(),
  evidenceEventIds: listOf(uuidSchema).optional(),
  ...requiredReason,
});

/** `dischargedAt` defaults to when the command happened. */
export const dischargePatientSchema = caseCommand('DischargePatient', {
  disposition: dischargeDispositionSchema,
  dischargedAt: isoDateTimeSchema.optional(),
});
