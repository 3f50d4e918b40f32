import type { DecisionContext, Decider, DomainEvent } from '../decider.js';
import type { CaseEvent } from '../events/catalogue.js';
import { amendmentCommandTypes, type CaseCommand } from '../commands/index.js';
import { assertNotInFuture } from '../time-rules.js';
import { requireOpenCase } from './case-guards.js';
import { initialCaseState, type CaseState } from './case-state.js';
import { evolveCase } from './evolve-case.js';
import { closeCase, openCase } from './decide-case-lifecycle.js';
import {
  identifyProblem,
  recordAssessment,
  resolveProblem,
  stratifyRisk,
} from './decide-assessment.js';
import {
  activateCarePlan,
  closeCarePlan,
  draftCarePlan,
  resumeCarePlan,
  reviseCarePlan,
  suspendCarePlan,
} from './decide-care-plan.js';
import { changeGoalStatus, recordGoalProgress, setGoal } from './decide-goals.js';
import { planIntervention, updateInterventionStatus } from './decide-interventions.js';
import { assignCareTeamMember, releaseCareTeamMember } from './decide-care-team.js';
import { logContact, recordEducation } from './decide-liaison.js';
import {
  performUtilizationReview,
  recordAvoidableDay,
  recordPayerDetermination,
  submitPayerReport,
} from './decide-utilization.js';
import { acceptHandoff, declineHandoff, initiateHandoff } from './decide-handoff.js';
import {
  dischargePatient,
  recordDischargeDecision,
  updateDischargePlan,
} from './decide-discharge.js';
import { correctEntry, markEntryInError } from './decide-corrections.js';
import {
  acceptAmendment,
  denyAmendment,
  extendAmendmentDeadline,
  fileDisagreementStatement,
  recordAmendmentRebuttal,
  requestAmendment,
} from './decide-amendments.js';

/** A case event as evolve takes it: a stored one carries its envelope id (see DomainEvent.id). */
export type IdentifiedCaseEvent = CaseEvent & Pick<DomainEvent, 'id' | 'revision'>;

/** Corrections and the amendment process: the record is kept right after the case closes too. */
const recordIntegrityCommands: ReadonlySet<CaseCommand['type']> = new Set([
  'CorrectEntry',
  'MarkEntryInError',
  ...amendmentCommandTypes,
]);

/** Decides a case command: validates it against the case's rules and returns the events to record. */
export function decideCase(
  command: CaseCommand,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  assertNotInFuture('occurredAt', command.occurredAt, context.now);
  // Nothing is recorded on a closed case except corrections and amendments.
  if (command.type !== 'OpenCase' && !recordIntegrityCommands.has(command.type))
    requireOpenCase(state);
  switch (command.type) {
    case 'OpenCase':
      return openCase(command, state, context);
    case 'CorrectEntry':
      return correctEntry(command, state);
    case 'MarkEntryInError':
      return markEntryInError(command, state);
    case 'CloseCase':
      return closeCase(command, state);
    case 'RecordAssessment':
      return recordAssessment(command, state, context);
    case 'StratifyRisk':
      return stratifyRisk(command, state, context);
    case 'IdentifyProblem':
      return identifyProblem(command, state, context);
    case 'ResolveProblem':
      return resolveProblem(command, state);
    case 'DraftCarePlan':
      return draftCarePlan(command, state, context);
    case 'ActivateCarePlan':
      return activateCarePlan(command, state);
    case 'ReviseCarePlan':
      return reviseCarePlan(command, state);
    case 'SuspendCarePlan':
      return suspendCarePlan(command, state);
    case 'ResumeCarePlan':
      return resumeCarePlan(command, state);
    case 'CloseCarePlan':
      return closeCarePlan(command, state);
    case 'SetGoal':
      return setGoal(command, state, context);
    case 'RecordGoalProgress':
      return recordGoalProgress(command, state);
    case 'ChangeGoalStatus':
      return changeGoalStatus(command, state);
    case 'PlanIntervention':
      return planIntervention(command, state, context);
    case 'UpdateInterventionStatus':
      return updateInterventionStatus(command, state);
    case 'AssignCareTeamMember':
      return assignCareTeamMember(command, state, context);
    case 'ReleaseCareTeamMember':
      return releaseCareTeamMember(command, state, context);
    case 'LogContact':
      return logContact(command, state, context);
    case 'RecordEducation':
      return recordEducation(command, state, context);
    case 'PerformUtilizationReview':
      return performUtilizationReview(command, state, context);
    case 'RecordPayerDetermination':
      return recordPayerDetermination(command, state, context);
    case 'RecordAvoidableDay':
      return recordAvoidableDay(command, state, context);
    case 'SubmitPayerReport':
      return submitPayerReport(command, state, context);
    case 'InitiateHandoff':
      return initiateHandoff(command, state, context);
    case 'AcceptHandoff':
      return acceptHandoff(command, state, context);
    case 'DeclineHandoff':
      return declineHandoff(command, state, context);
    case 'UpdateDischargePlan':
      return updateDischargePlan(command, state);
    case 'RecordDischargeDecision':
      return recordDischargeDecision(command, state, context);
    case 'DischargePatient':
      return dischargePatient(command, state, context);
    case 'RequestAmendment':
      return requestAmendment(command, state, context);
    case 'ExtendAmendmentDeadline':
      return extendAmendmentDeadline(command, state, context);
    case 'AcceptAmendment':
      return acceptAmendment(command, state);
    case 'DenyAmendment':
      return denyAmendment(command, state);
    case 'FileDisagreementStatement':
      return fileDisagreementStatement(command, state);
    case 'RecordAmendmentRebuttal':
      return recordAmendmentRebuttal(command, state);
    default: {
      const unknownCommand: never = command;
      throw new TypeError(
        `unhandled command ${JSON.stringify((unknownCommand as { type: unknown }).type)}`,
      );
    }
  }
}

/** The decider of `case-<uuid>` streams; evolve learns stored event ids so corrections can target them. */
export const caseDecider: Decider<CaseCommand, IdentifiedCaseEvent, CaseState> = {
  initialState: initialCaseState,
  evolve: evolveCase,
  decide: decideCase,
};
