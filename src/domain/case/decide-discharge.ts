import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, ValidationError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { assertNotInFuture } from '../time-rules.js';
import { requireEntries } from './case-guards.js';
import { latestDischargeDecision, type CaseState } from './case-state.js';

function requireNotDischarged(state: CaseState): void {
  if (state.discharged)
    throw new InvalidTransitionError(
      'the patient is already discharged from this case',
      'discharged-once',
    );
}

export function updateDischargePlan(
  command: CommandOf<'UpdateDischargePlan'>,
  state: CaseState,
): CaseEvent[] {
  requireNotDischarged(state);
  const { expectedDate, plannedDisposition, caregiver, patientChoice } = command;
  return [
    {
      type: 'DischargePlanUpdated',
      data: {
        expectedDate,
        plannedDisposition,
        servicesArranged: command.servicesArranged ?? [],
        followUps: command.followUps ?? [],
        barriers: command.barriers ?? [],
        caregiver,
        patientChoice,
      },
    },
  ];
}

/** Decides readiness for discharge; "ready" names where the patient goes. */
export function recordDischargeDecision(
  command: CommandOf<'RecordDischargeDecision'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  requireNotDischarged(state);
  if (command.decision === 'ready' && command.disposition === undefined)
    throw new InvalidTransitionError(
      'a "ready" decision needs a disposition',
      'ready-needs-disposition',
    );
  const evidenceEventIds = command.evidenceEventIds ?? [];
  requireEntries(state, evidenceEventIds);
  return [
    {
      type: 'DischargeDecisionMade',
      data: {
        decisionId: context.newId(),
        decision: command.decision,
        disposition: command.disposition,
        rationale: command.reason,
        evidenceEventIds,
      },
    },
  ];
}

/** Discharges the patient, once, and only when the decision in force is "ready". */
export function dischargePatient(
  command: CommandOf<'DischargePatient'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  requireNotDischarged(state);
  if (latestDischargeDecision(state)?.decision !== 'ready')
    throw new InvalidTransitionError(
      'discharge needs a prior "ready" decision',
      'discharge-needs-ready-decision',
    );
  const dischargedAt = command.dischargedAt ?? command.occurredAt ?? context.now;
  assertNotInFuture('dischargedAt', dischargedAt, context.now);
  if (state.admittedAt !== null && Date.parse(dischargedAt) < Date.parse(state.admittedAt))
    throw new ValidationError('discharge precedes admission', [
      { path: ['dischargedAt'], message: 'must not be before the admission' },
    ]);
  return [{ type: 'PatientDischarged', data: { dischargedAt, disposition: command.disposition } }];
}
