import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, ValidationError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import type { InterventionStatus } from '../value-sets.js';
import { requireEntity } from './case-guards.js';
import type { CaseState } from './case-state.js';

/** Cancelled means never started, stopped means halted once started; completed, cancelled and stopped are final. */
export const interventionTransitions: Readonly<
  Record<InterventionStatus, readonly InterventionStatus[]>
> = {
  scheduled: ['in-progress', 'completed', 'cancelled'],
  'in-progress': ['completed', 'stopped'],
  completed: [],
  cancelled: [],
  stopped: [],
};

export function planIntervention(
  command: CommandOf<'PlanIntervention'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const { performer } = command;
  if (
    performer.userId === undefined &&
    performer.name === undefined &&
    performer.role === undefined &&
    performer.organization === undefined
  )
    throw new ValidationError('the intervention needs a performer', [
      { path: ['performer'], message: 'name a user, person, role or organization' },
    ]);
  const goalIds = command.goalIds ?? [];
  for (const goalId of goalIds) requireEntity(state.goals, goalId, 'goal');
  return [
    {
      type: 'InterventionPlanned',
      data: {
        interventionId: context.newId(),
        kind: command.kind,
        description: command.description,
        performer,
        due: command.due,
        goalIds,
      },
    },
  ];
}

export function updateInterventionStatus(
  command: CommandOf<'UpdateInterventionStatus'>,
  state: CaseState,
): CaseEvent[] {
  const intervention = requireEntity(state.interventions, command.interventionId, 'intervention');
  if (!interventionTransitions[intervention.status].includes(command.to))
    throw new InvalidTransitionError(
      `a ${intervention.status} intervention cannot become ${command.to}`,
      'intervention-transition',
    );
  return [
    {
      type: 'InterventionStatusChanged',
      data: {
        interventionId: command.interventionId,
        from: intervention.status,
        to: command.to,
        outcome: command.outcome,
      },
    },
  ];
}
