import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors.js';
import { commandSchema, type CaseCommand, type PatientCommand } from './command-schema.js';

type Path = (string | number)[];

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod names the received type, never the value: "undefined" means the field is missing.
      return issue.message.endsWith('received undefined')
        ? 'required'
        : `expected ${issue.expected}`;
    case 'too_big':
      return `too big: at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'too_small':
      return `too small: at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_format':
      return `expected a valid ${issue.format}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'unrecognized_keys':
      return 'unknown field';
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid entry';
    case 'custom':
      return issue.message;
  }
}

/** Turns zod issues into field issues: one per unknown key, messages built from the rule, never from the input. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path: Path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }));
    if (issue.code === 'invalid_union' && issue.discriminator !== undefined)
      return [{ path, message: 'unknown value' }];
    return [{ path, message: messageOf(issue) }];
  });
}

/** Parses untrusted input into a command, or throws a ValidationError listing every bad field. */
export function parseCommand(input: unknown): PatientCommand | CaseCommand {
  const result = commandSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError('the command is invalid', toFieldIssues(result.error.issues));
}
