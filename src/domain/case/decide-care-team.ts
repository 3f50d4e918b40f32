import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, NotFoundError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import type { CaseState } from './case-state.js';

export function assignCareTeamMember(
  command: CommandOf<'AssignCareTeamMember'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  if (Object.hasOwn(state.careTeam, command.memberId))
    throw new InvalidTransitionError(
      `user ${command.memberId} is already on the care team`,
      'care-team-member-once',
    );
  return [
    {
      type: 'CareTeamMemberAssigned',
      data: {
        memberId: command.memberId,
        name: command.name,
        role: command.role,
        from: command.from ?? command.occurredAt ?? context.now,
      },
    },
  ];
}

/** Releases a member; the primary case manager leaves only by handing the case off first. */
export function releaseCareTeamMember(
  command: CommandOf<'ReleaseCareTeamMember'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  if (!Object.hasOwn(state.careTeam, command.memberId))
    throw new NotFoundError(`user ${command.memberId} is not on the care team`);
  if (state.primaryCaseManager?.userId === command.memberId)
    throw new InvalidTransitionError(
      'the primary case manager stays on the team until a handoff is accepted',
      'primary-stays-on-team',
    );
  return [
    {
      type: 'CareTeamMemberReleased',
      data: {
        memberId: command.memberId,
        until: command.until ?? command.occurredAt ?? context.now,
      },
    },
  ];
}
