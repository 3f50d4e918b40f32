import type { Resolvers } from '../generated/resolver-types.js';
import type { CommandContext } from '../../application/command-handler.js';
import { parseCommand } from '../../domain/commands/index.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import { toCommandInput } from '../mutations/command-input.js';
import { commandMutations, type CommandMutation } from '../mutations/command-mutations.js';
import { toCommandResult, type CommandResult } from '../mutations/command-result.js';

interface MutationArgs {
  readonly input: Record<string, unknown> & {
    readonly commandId?: string | null;
    readonly expectedRevision?: number | null;
  };
}

function resolveCommand(mutation: CommandMutation) {
  return (
    _: unknown,
    { input }: MutationArgs,
    { services, actor, access, requestId }: ApiContext,
  ) =>
    mapped(async (): Promise<CommandResult> => {
      const { commandId, expectedRevision, ...fields } = input;
      const context: CommandContext = {
        actor,
        correlationId: requestId,
        ...(commandId != null && { commandId }),
        ...(expectedRevision != null && { expectedRevision }),
      };
      const command = parseCommand({
        ...(toCommandInput(mutation.schema, fields) as Record<string, unknown>),
        type: mutation.commandType,
      });
      await access.assertMayRecord(command);
      const outcome = await services.commands.executeParsed(command, context);
      return toCommandResult(mutation, command, outcome);
    });
}

/** One resolver per command: each maps its input to the command and runs it through the command service. */
export const mutationResolvers: Resolvers = {
  Mutation: Object.fromEntries(
    commandMutations.map((mutation) => [mutation.mutation, resolveCommand(mutation)]),
  ),
};
