import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { requireOpenCase } from './case-guards.js';
import type { CaseState } from './case-state.js';

/** Opens a case; its primary case manager joins the care team, which is what grants access. */
export function openCase(
  command: CommandOf<'OpenCase'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  if (state.status !== 'none')
    throw new InvalidTransitionError('the case is already open', 'case-opens-once');
  const {
    caseId,
    patientId,
    program,
    referralSource,
    admittedAt,
    admissionType,
    primaryCaseManager,
  } = command;
  return [
    {
      type: 'CaseOpened',
      data: {
        caseId,
        patientId,
        program,
        referralSource,
        admittedAt,
        admissionType,
        primaryCaseManager,
      },
    },
    {
      type: 'CareTeamMemberAssigned',
      data: {
        memberId: primaryCaseManager.userId,
        name: primaryCaseManager.name,
        role: 'case-manager',
        from: command.occurredAt ?? context.now,
      },
    },
  ];
}

/** Closes a case; from then on only corrections are recorded. */
export function closeCase(command: CommandOf<'CloseCase'>, state: CaseState): CaseEvent[] {
  requireOpenCase(state);
  return [{ type: 'CaseClosed', data: { reason: command.reason, outcome: command.outcome } }];
}
