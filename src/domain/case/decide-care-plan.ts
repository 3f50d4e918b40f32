import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, NotFoundError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import type { CarePlanStatus } from '../value-sets.js';
import { assertOrdered } from '../time-rules.js';
import { pinEvidence } from './evidence-policy.js';
import type { CaseState } from './case-state.js';

function requirePlan(
  state: CaseState,
  carePlanId: string,
  allowed: readonly CarePlanStatus[],
  action: string,
): void {
  if (state.carePlan?.carePlanId !== carePlanId)
    throw new NotFoundError(`care plan ${carePlanId} not found in this case`);
  if (!allowed.includes(state.carePlan.status))
    throw new InvalidTransitionError(
      `a ${state.carePlan.status} care plan cannot be ${action}`,
      'care-plan-transition',
    );
}

/** Drafts the case's care plan; a new one only once the previous is completed or revoked. */
export function draftCarePlan(
  command: CommandOf<'DraftCarePlan'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  if (
    state.carePlan &&
    state.carePlan.status !== 'completed' &&
    state.carePlan.status !== 'revoked'
  )
    throw new InvalidTransitionError(
      'the case already has a current care plan',
      'one-current-care-plan',
    );
  if (command.period) assertOrdered('period', command.period.start, command.period.end);
  return [
    {
      type: 'CarePlanDrafted',
      data: {
        carePlanId: context.newId(),
        title: command.title,
        description: command.description,
        period: command.period,
      },
    },
  ];
}

export function activateCarePlan(
  command: CommandOf<'ActivateCarePlan'>,
  state: CaseState,
): CaseEvent[] {
  requirePlan(state, command.carePlanId, ['draft'], 'activated');
  return [{ type: 'CarePlanActivated', data: { carePlanId: command.carePlanId } }];
}

/** Revises a current plan: the reason, what changed and what triggered it are kept for auditors. */
export function reviseCarePlan(
  command: CommandOf<'ReviseCarePlan'>,
  state: CaseState,
): CaseEvent[] {
  requirePlan(state, command.carePlanId, ['active', 'on-hold'], 'revised');
  const evidence = pinEvidence(
    state,
    'CarePlanRevised',
    'triggeringEventIds',
    command.triggeringEventIds,
  );
  return [
    {
      type: 'CarePlanRevised',
      data: {
        carePlanId: command.carePlanId,
        summary: command.summary,
        changes: command.changes,
        evidence,
        reason: command.reason,
      },
    },
  ];
}

export function suspendCarePlan(
  command: CommandOf<'SuspendCarePlan'>,
  state: CaseState,
): CaseEvent[] {
  requirePlan(state, command.carePlanId, ['active'], 'suspended');
  return [
    { type: 'CarePlanSuspended', data: { carePlanId: command.carePlanId, reason: command.reason } },
  ];
}

export function resumeCarePlan(
  command: CommandOf<'ResumeCarePlan'>,
  state: CaseState,
): CaseEvent[] {
  requirePlan(state, command.carePlanId, ['on-hold'], 'resumed');
  return [{ type: 'CarePlanResumed', data: { carePlanId: command.carePlanId } }];
}

/** Completes a plan that was in force, or revokes one at any open stage (a draft included). */
export function closeCarePlan(command: CommandOf<'CloseCarePlan'>, state: CaseState): CaseEvent[] {
  const allowed: CarePlanStatus[] =
    command.outcome === 'completed' ? ['active', 'on-hold'] : ['draft', 'active', 'on-hold'];
  requirePlan(state, command.carePlanId, allowed, command.outcome);
  return [
    {
      type: 'CarePlanClosed',
      data: { carePlanId: command.carePlanId, outcome: command.outcome, reason: command.reason },
    },
  ];
}
