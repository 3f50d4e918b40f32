import type { DecisionContext } from '../decider.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import type { CaseState } from './case-state.js';

export function logContact(
  command: CommandOf<'LogContact'>,
  _state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const { party, channel, reached, purpose, summary } = command;
  return [
    {
      type: 'ContactLogged',
      data: {
        contactId: context.newId(),
        party,
        channel,
        direction: command.direction ?? 'outbound',
        reached,
        purpose,
        summary,
      },
    },
  ];
}

export function recordEducation(
  command: CommandOf<'RecordEducation'>,
  _state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const { topic, recipient, method, teachBack, notes } = command;
  return [
    {
      type: 'EducationProvided',
      data: { educationId: context.newId(), topic, recipient, method, teachBack, notes },
    },
  ];
}
