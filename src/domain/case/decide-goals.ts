import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, ValidationError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import type { GoalLifecycleStatus } from '../value-sets.js';
import { requireEntity, requireEntries } from './case-guards.js';
import type { CaseState } from './case-state.js';

/** FHIR Goal lifecycle moves a case manager makes; completed and cancelled are final. */
export const goalTransitions: Readonly<
  Record<GoalLifecycleStatus, readonly GoalLifecycleStatus[]>
> = {
  proposed: ['active', 'on-hold', 'cancelled'],
  active: ['on-hold', 'completed', 'cancelled'],
  'on-hold': ['active', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function setGoal(
  command: CommandOf<'SetGoal'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const addresses = command.addresses ?? [];
  for (const problemId of addresses) requireEntity(state.problems, problemId, 'problem');
  return [
    {
      type: 'GoalSet',
      data: {
        goalId: context.newId(),
        description: command.description,
        target: command.target,
        priority: command.priority,
        addresses,
        lifecycleStatus: command.lifecycleStatus ?? 'proposed',
      },
    },
  ];
}

/** Records progress towards an active goal, with its evidence. */
export function recordGoalProgress(
  command: CommandOf<'RecordGoalProgress'>,
  state: CaseState,
): CaseEvent[] {
  const goal = requireEntity(state.goals, command.goalId, 'goal');
  if (goal.status !== 'active')
    throw new InvalidTransitionError(
      `progress is recorded only on an active goal, this one is ${goal.status}`,
      'goal-progress-active-only',
    );
  if (command.evidence.text === undefined && command.evidence.eventIds === undefined)
    throw new ValidationError('progress needs evidence', [
      { path: ['evidence'], message: 'give a text or event ids' },
    ]);
  requireEntries(state, command.evidence.eventIds);
  return [
    {
      type: 'GoalProgressRecorded',
      data: {
        goalId: command.goalId,
        achievementStatus: command.achievementStatus,
        evidence: command.evidence,
      },
    },
  ];
}

export function changeGoalStatus(
  command: CommandOf<'ChangeGoalStatus'>,
  state: CaseState,
): CaseEvent[] {
  const goal = requireEntity(state.goals, command.goalId, 'goal');
  if (!goalTransitions[goal.status].includes(command.to))
    throw new InvalidTransitionError(
      `a ${goal.status} goal cannot become ${command.to}`,
      'goal-transition',
    );
  return [
    {
      type: 'GoalStatusChanged',
      data: { goalId: command.goalId, from: goal.status, to: command.to },
    },
  ];
}
