import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, ValidationError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { assertNotInFuture } from '../time-rules.js';
import { pinEvidence } from './evidence-policy.js';
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
  const evidence = pinEvidence(
    state,
    'DischargeDecisionMade',
    'evidenceEventIds',
    command.evidenceEventIds,
  );
  return [
    {
      type: 'DischargeDecisionMade',
      data: {
        decisionId: context.newId(),
        decision: command.decision,
        disposition: command.disposition,
        rationale: command.reason,
        evidence,
      },
    },
  ];
}

/** Leaving against medical advice and death are not the team's decision: no "ready" precedes them. */
const undecidedDispositions: ReadonlySet<string> = new Set(['aadvice', 'exp']);

/**
 * Discharges the patient, once: after a "ready" decision, or, for a patient who left against
 * advice or died, with a reason in its place.
 */
export function dischargePatient(
  command: CommandOf<'DischargePatient'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  requireNotDischarged(state);
  if (undecidedDispositions.has(command.disposition)) {
    if (command.reason === undefined)
      throw new ValidationError('a discharge without a "ready" decision needs a reason', [
        { path: ['reason'], message: 'required for this disposition' },
      ]);
  } else if (latestDischargeDecision(state)?.decision !== 'ready')
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
