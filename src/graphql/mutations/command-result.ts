import type { CommandOutcome } from '../../application/command-handler.js';
import type { RecordedEvent } from '../../event-store/port.js';
import type { CommandMutation } from './command-mutations.js';

/** The `CommandResult` of the schema: a command's outcome with the ids it addressed. */
export interface CommandResult {
  readonly caseId: string | null;
  readonly patientId: string | null;
  readonly streamId: string;
  readonly commandId: string;
  readonly revision: number;
  readonly position: string;
  readonly replayed: boolean;
  readonly events: readonly RecordedEvent[];
}

function idField(input: Record<string, unknown>, key: string): string | null {
  const value = input[key];
  return typeof value === 'string' ? value : null;
}

/** Names the case and patient from the validated input: a case command's patient only on openCase. */
export function toCommandResult(
  mutation: CommandMutation,
  input: Record<string, unknown>,
  outcome: CommandOutcome,
): CommandResult {
  return {
    caseId: mutation.stream === 'case' ? idField(input, 'caseId') : null,
    patientId: idField(input, 'patientId'),
    streamId: outcome.streamId,
    commandId: outcome.commandId,
    revision: outcome.revision,
    position: outcome.position,
    replayed: outcome.replayed,
    events: outcome.events,
  };
}
