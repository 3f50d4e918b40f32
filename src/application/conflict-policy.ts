import type { CaretrailCommand } from '../domain/commands/index.js';

/**
 * Decisions rest on what the decider saw: when someone else wrote to the case meanwhile, the
 * decision goes back to its author as a conflict instead of being re-decided on their behalf.
 */
const decisionsThatNeverRetry: ReadonlySet<CaretrailCommand['type']> = new Set([
  'ReviseCarePlan',
  'CloseCarePlan',
  'RecordDischargeDecision',
  'DischargePatient',
  'CloseCase',
  'AcceptHandoff',
  'DeclineHandoff',
  'PerformUtilizationReview',
  'RecordPayerDetermination',
  'CorrectEntry',
  'MarkEntryInError',
  'ExtendAmendmentDeadline',
  'AcceptAmendment',
  'DenyAmendment',
  'UpdatePatientDetails',
]);

/** Whether a conflict with a concurrent writer may be resolved by deciding the command again. */
export function mayRetryOnConflict(command: CaretrailCommand): boolean {
  return !decisionsThatNeverRetry.has(command.type);
}
