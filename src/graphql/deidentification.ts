import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { PseudonymKind, Pseudonyms } from '../access/pseudonyms.js';
import type { ApiContext } from './context.js';

/**
 * De-identification for quality analysts, applied once to the whole schema from its directives
 * (see `schema/access.graphql`), so no resolver does it by hand and no field can be forgotten:
 * - `@pseudonym(of: …)` fields show pseudonyms instead of patient and case ids, and
 *   `@pseudonym` arguments take pseudonyms back;
 * - every other text or JSON field is redacted unless it says `@nonIdentifying`.
 * Everyone else's requests pass through untouched.
 */
export function withDeidentification(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const output = outputTreatment(field);
      const inputs = pseudonymArguments(field);
      if (output === null && inputs.size === 0) continue;
      if (field.subscribe) field.subscribe = deidentifiedArguments(field.subscribe, inputs);
      const resolve = deidentifiedArguments(field.resolve ?? defaultFieldResolver, inputs);
      field.resolve = output === null ? resolve : deidentifiedOutput(resolve, output);
    }
  }
  return schema;
}

/** Answers a pseudonym that is not one: it names nothing, like an unknown id. */
const unknownPseudonym = '00000000-0000-0000-0000-000000000000';

type StoredKind = PseudonymKind | 'stream';
type Treatment = { readonly pseudonym: StoredKind } | { readonly redact: unknown };

const kinds: Readonly<Record<string, StoredKind>> = {
  PATIENT: 'patient',
  CASE: 'case',
  STREAM: 'stream',
};

function directiveArgument(
  node:
    | {
        readonly directives?: readonly {
          name: { value: string };
          arguments?: readonly { name: { value: string }; value: unknown }[];
        }[];
      }
    | null
    | undefined,
  directive: string,
): StoredKind | 'present' | null {
  const found = node?.directives?.find((d) => d.name.value === directive);
  if (!found) return null;
  const of = found.arguments?.find((a) => a.name.value === 'of')?.value as
    { kind: string; value: string } | undefined;
  return of?.kind === 'EnumValue' ? (kinds[of.value] ?? null) : 'present';
}

/** What a quality analyst sees of this field's value: a pseudonym, a redaction, or (null) the value. */
function outputTreatment(field: GraphQLField<unknown, unknown>): Treatment | null {
  const pseudonym = directiveArgument(field.astNode, 'pseudonym');
  if (pseudonym !== null && pseudonym !== 'present') return { pseudonym };
  const named = getNamedType(field.type).name;
  if (named !== 'String' && named !== 'JSON') return null;
  if (directiveArgument(field.astNode, 'nonIdentifying') !== null) return null;
  // Null where the schema allows it; else an empty list or a marker that says what happened.
  if (!isNonNullType(field.type)) return { redact: null };
  return { redact: isListType(field.type.ofType) ? [] : '[redacted]' };
}

function pseudonymArguments(field: GraphQLField<unknown, unknown>): Map<string, PseudonymKind> {
  const found = new Map<string, PseudonymKind>();
  for (const argument of field.args) {
    const kind = directiveArgument(argument.astNode, 'pseudonym');
    if (kind === 'patient' || kind === 'case') found.set(argument.name, kind);
  }
  return found;
}

function deidentifying(context: unknown): Pseudonyms | null {
  const api = context as ApiContext;
  return api.access?.scope === 'de-identified' ? api.services.pseudonyms : null;
}

function deidentifiedArguments(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  inputs: ReadonlyMap<string, PseudonymKind>,
): GraphQLFieldResolver<unknown, unknown> {
  if (inputs.size === 0) return resolve;
  return (source, args: Record<string, unknown>, context, info) => {
    const pseudonyms = deidentifying(context);
    if (pseudonyms === null) return resolve(source, args, context, info);
    const revealed = { ...args };
    for (const [name, kind] of inputs) {
      const given = args[name];
      if (typeof given === 'string')
        revealed[name] = pseudonyms.reveal(kind, given) ?? unknownPseudonym;
    }
    return resolve(source, revealed, context, info);
  };
}

function pseudonymOf(pseudonyms: Pseudonyms, kind: StoredKind, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => pseudonymOf(pseudonyms, kind, item));
  if (typeof value !== 'string') return null;
  return (kind === 'stream' ? pseudonyms.ofStream(value) : pseudonyms.of(kind, value)) ?? null;
}

function deidentifiedOutput(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  treatment: Treatment,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const pseudonyms = deidentifying(context);
    if (pseudonyms === null) return resolve(source, args, context, info);
    if ('redact' in treatment) return treatment.redact;
    const value = resolve(source, args, context, info);
    return value instanceof Promise
      ? value.then((settled) => pseudonymOf(pseudonyms, treatment.pseudonym, settled))
      : pseudonymOf(pseudonyms, treatment.pseudonym, value);
  };
}
