import { z } from 'zod';
import {
  recordAssessmentSchema,
  identifyProblemSchema,
  resolveProblemSchema,
  stratifyRiskSchema,
} from './assessment.js';
import {
  activateCarePlanSchema,
  closeCarePlanSchema,
  draftCarePlanSchema,
  resumeCarePlanSchema,
  reviseCarePlanSchema,
  suspendCarePlanSchema,
} from './care-plan.js';
import { assignCareTeamMemberSchema, releaseCareTeamMemberSchema } from './care-team.js';
import { closeCaseSchema, openCaseSchema } from './case.js';
import { correctEntrySchema, markEntryInErrorSchema } from './corrections.js';
import {
  dischargePatientSchema,
  recordDischargeDecisionSchema,
  updateDischargePlanSchema,
} from './discharge.js';
import { changeGoalStatusSchema, recordGoalProgressSchema, setGoalSchema } from './goals.js';
import { acceptHandoffSchema, declineHandoffSchema, initiateHandoffSchema } from './handoff.js';
import { planInterventionSchema, updateInterventionStatusSchema } from './interventions.js';
import { logContactSchema, recordEducationSchema } from './liaison.js';
import {
  recordConsentSchema,
  registerPatientSchema,
  revokeConsentSchema,
  updatePatientDetailsSchema,
} from './patient.js';
import {
  performUtilizationReviewSchema,
  recordAvoidableDaySchema,
  recordPayerDeterminationSchema,
  submitPayerReportSchema,
} from './utilization.js';

import {
  acceptAmendmentSchema,
  denyAmendmentSchema,
  extendAmendmentDeadlineSchema,
  fileDisagreementStatementSchema,
  recordAmendmentRebuttalSchema,
  requestAmendmentSchema,
} from './amendments.js';

/** Commands to a `patient-<uuid>` stream. */
export const patientCommandSchema = z.discriminatedUnion('type', [
  registerPatientSchema,
  updatePatientDetailsSchema,
  recordConsentSchema,
  revokeConsentSchema,
]);

/** Commands to a `case-<uuid>` stream. */
export const caseCommandSchema = z.discriminatedUnion('type', [
  openCaseSchema,
  closeCaseSchema,
  recordAssessmentSchema,
  stratifyRiskSchema,
  identifyProblemSchema,
  resolveProblemSchema,
  draftCarePlanSchema,
  activateCarePlanSchema,
  reviseCarePlanSchema,
  suspendCarePlanSchema,
  resumeCarePlanSchema,
  closeCarePlanSchema,
  setGoalSchema,
  recordGoalProgressSchema,
  changeGoalStatusSchema,
  planInterventionSchema,
  updateInterventionStatusSchema,
  assignCareTeamMemberSchema,
  releaseCareTeamMemberSchema,
  logContactSchema,
  recordEducationSchema,
  performUtilizationReviewSchema,
  recordPayerDeterminationSchema,
  recordAvoidableDaySchema,
  submitPayerReportSchema,
  initiateHandoffSchema,
  acceptHandoffSchema,
  declineHandoffSchema,
  updateDischargePlanSchema,
  recordDischargeDecisionSchema,
  dischargePatientSchema,
  correctEntrySchema,
  markEntryInErrorSchema,
  requestAmendmentSchema,
  extendAmendmentDeadlineSchema,
  acceptAmendmentSchema,
  denyAmendmentSchema,
  fileDisagreementStatementSchema,
  recordAmendmentRebuttalSchema,
]);

/** Every command caretrail accepts, by its `type`. */
export const commandSchema = z.discriminatedUnion('type', [
  patientCommandSchema,
  caseCommandSchema,
]);

export type PatientCommand = z.infer<typeof patientCommandSchema>;
export type CaseCommand = z.infer<typeof caseCommandSchema>;
export type CaretrailCommand = PatientCommand | CaseCommand;
export type PatientCommandType = PatientCommand['type'];
export type CaseCommandType = CaseCommand['type'];

/** One command type's parsed shape. */
export type CommandOf<T extends CaretrailCommand['type']> = Extract<CaretrailCommand, { type: T }>;

/** Whether a parsed command goes to a patient stream (else to a case stream). */
export function isPatientCommand(command: CaretrailCommand): command is PatientCommand {
  return 'patientId' in command && !('caseId' in command);
}
