import type { z } from 'zod';
import { caseCommandSchema, patientCommandSchema } from '../../domain/commands/index.js';

/** One mutation of the API: the command it sends and that command's schema. */
export interface CommandMutation {
  readonly mutation: string;
  readonly commandType: string;
  readonly schema: z.ZodObject;
  readonly stream: 'patient' | 'case';
}

/** `RecordGoalProgress` → `recordGoalProgress`: the mutation is the command, named as a field. */
export function mutationNameOf(commandType: string): string {
  return commandType.charAt(0).toLowerCase() + commandType.slice(1);
}

function entries(
  options: readonly z.ZodObject[],
  stream: CommandMutation['stream'],
): CommandMutation[] {
  return options.map((schema) => {
    const commandType = (schema.shape as { type: z.ZodLiteral<string> }).type.value;
    return { mutation: mutationNameOf(commandType), commandType, schema, stream };
  });
}

/** Every command of the domain as a mutation, derived from the command schemas so none is missed. */
export const commandMutations: readonly CommandMutation[] = [
  ...entries(patientCommandSchema.options, 'patient'),
  ...entries(caseCommandSchema.options, 'case'),
];
