import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { requireEntity } from './case-guards.js';
import type { CaseState, HandoffState } from './case-state.js';

/** Starts an I-PASS handoff from the caller; one that moves the primary role comes from the primary. */
export function initiateHandoff(
  command: CommandOf<'InitiateHandoff'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const sender = context.actor.userId;
  if (command.to.userId === sender)
    throw new InvalidTransitionError('a handoff goes to someone else', 'handoff-not-to-self');
  if (command.transfersPrimary) {
    if (state.primaryCaseManager?.userId !== sender)
      throw new InvalidTransitionError(
        'only the primary case manager hands the primary role off',
        'handoff-from-primary',
      );
    if (
      Object.values(state.handoffs).some(
        (handoff) => handoff.status === 'open' && handoff.transfersPrimary,
      )
    )
      throw new InvalidTransitionError(
        'a handoff of the primary role is already open',
        'one-open-primary-handoff',
      );
  }
  return [
    {
      type: 'HandoffInitiated',
      data: {
        handoffId: context.newId(),
        kind: command.kind,
        from: { userId: sender },
        to: command.to,
        transfersPrimary: command.transfersPrimary,
        ipass: command.ipass,
      },
    },
  ];
}

function requireOpenHandoffForReceiver(handoff: HandoffState, context: DecisionContext): void {
  if (handoff.status !== 'open')
    throw new InvalidTransitionError(
      `the handoff is already ${handoff.status}`,
      'handoff-settled-once',
    );
  if (handoff.to.userId !== context.actor.userId)
    throw new InvalidTransitionError(
      'only the receiver accepts or declines a handoff',
      'handoff-receiver-only',
    );
}

/** Accepts a handoff; when it moves the primary role, evolve makes the receiver primary and they join the team. */
export function acceptHandoff(
  command: CommandOf<'AcceptHandoff'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const handoff = requireEntity(state.handoffs, command.handoffId, 'handoff');
  requireOpenHandoffForReceiver(handoff, context);
  const accepted: CaseEvent = {
    type: 'HandoffAccepted',
    data: { handoffId: command.handoffId, synthesis: command.synthesis },
  };
  if (!handoff.transfersPrimary || Object.hasOwn(state.careTeam, handoff.to.userId))
    return [accepted];
  return [
    accepted,
    {
      type: 'CareTeamMemberAssigned',
      data: {
        memberId: handoff.to.userId,
        name: handoff.to.name,
        role: 'case-manager',
        from: command.occurredAt ?? context.now,
      },
    },
  ];
}

export function declineHandoff(
  command: CommandOf<'DeclineHandoff'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const handoff = requireEntity(state.handoffs, command.handoffId, 'handoff');
  requireOpenHandoffForReceiver(handoff, context);
  return [
    { type: 'HandoffDeclined', data: { handoffId: command.handoffId, reason: command.reason } },
  ];
}
