import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/build-yoga.js';
import { toCommandInput } from '../../src/graphql/mutations/command-input.js';
import { commandMutations } from '../../src/graphql/mutations/command-mutations.js';
import { toGraphQLEnumName } from '../../src/graphql/mutations/enum-names.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

function scalarNameFor(field: z.ZodType): string {
  const { format } = field as { format?: string | null };
  const byType: Partial<Record<string, string>> = {
    string: format === 'uuid' ? 'ID' : format === 'datetime' ? 'DateTime' : 'String',
    number: format === 'safeint' ? 'Int' : 'Float',
    boolean: 'Boolean',
    record: 'JSON',
  };
  return byType[field.def.type] ?? `no GraphQL counterpart for zod ${field.def.type}`;
}

function describeDrift(zod: z.ZodType, graphql: GraphQLInputType, path: string): string[] {
  const optional = zod instanceof z.ZodOptional;
  if (optional === isNonNullType(graphql)) {
    return [
      `${path}: ${optional ? 'optional in zod but non-null' : 'required in zod but nullable'}`,
    ];
  }
  const inner = optional ? (zod.unwrap() as z.ZodType) : zod;
  const type = getNullableType(graphql);
  if (inner instanceof z.ZodArray) {
    if (!isListType(type)) return [`${path}: a list in zod`];
    return describeDrift(inner.element as z.ZodType, type.ofType, `${path}[]`);
  }
  if (inner instanceof z.ZodEnum) {
    if (!isEnumType(type)) return [`${path}: an enum in zod`];
    const expected = inner.options.map((code) => toGraphQLEnumName(String(code))).sort();
    const actual = type
      .getValues()
      .map((value) => value.name)
      .sort();
    return JSON.stringify(expected) === JSON.stringify(actual)
      ? []
      : [`${path}: enum ${type.name} has ${actual.join(',')}, zod has ${expected.join(',')}`];
  }
  if (inner instanceof z.ZodDiscriminatedUnion) return unionDrift(inner, type, path);
  if (inner instanceof z.ZodObject) {
    if (!isInputObjectType(type)) return [`${path}: an object in zod`];
    return objectDrift(inner.shape, type.getFields(), path);
  }
  const expected = scalarNameFor(inner);
  return isScalarType(type) && type.name === expected
    ? []
    : [`${path}: expected ${expected}, found ${String(type)}`];
}

function objectDrift(
  shape: Record<string, z.ZodType>,
  fields: Record<string, { type: GraphQLInputType }>,
  path: string,
): string[] {
  const drift = Object.keys(fields)
    .filter((key) => !(key in shape))
    .map((key) => `${path}.${key}: not in zod`);
  for (const [key, field] of Object.entries(shape)) {
    const graphql = fields[key];
    drift.push(
      ...(graphql
        ? describeDrift(field, graphql.type, `${path}.${key}`)
        : [`${path}.${key}: missing`]),
    );
  }
  return drift;
}

/** A discriminated union is one input: the discriminator an enum of its literals, the rest optional. */
function unionDrift(
  union: z.ZodDiscriminatedUnion,
  type: GraphQLInputType,
  path: string,
): string[] {
  if (!isInputObjectType(type)) return [`${path}: a union of objects in zod`];
  const key = union.def.discriminator;
  const shape: Record<string, z.ZodType> = {};
  const codes: string[] = [];
  for (const option of union.options) {
    const fields: Record<string, z.ZodType> = (option as z.ZodObject).shape;
    for (const [name, field] of Object.entries(fields)) {
      if (name === key && field instanceof z.ZodLiteral)
        codes.push(...[...field.values].map(String));
      else shape[name] = field instanceof z.ZodOptional ? field : field.optional();
    }
  }
  shape[key] = z.enum(codes as [string, ...string[]]);
  return objectDrift(shape, type.getFields(), path);
}

describe('the mutations’ input types', () => {
  it('offer one mutation per command of the domain, each returning CommandResult!', () => {
    // Besides the commands, one mutation records no clinical event: emergency access.
    const { breakGlass, ...fields } = schema.getMutationType()?.getFields() ?? {};
    expect(String(breakGlass?.type)).toBe('EmergencyAccess!');
    expect(Object.keys(fields).sort()).toEqual(commandMutations.map((m) => m.mutation).sort());
    expect(commandMutations).toHaveLength(43);
    for (const field of Object.values(fields)) expect(String(field.type)).toBe('CommandResult!');
  });

  it.each(commandMutations.map((m) => [m.mutation, m] as const))(
    '%s takes exactly the command’s fields, with the same required-ness, types and enum values',
    (name, mutation) => {
      const argument = schema.getMutationType()?.getFields()[name]?.args[0];
      const type = argument && getNullableType(argument.type);
      expect(argument?.name).toBe('input');
      expect(isInputObjectType(type)).toBe(true);
      if (!isInputObjectType(type)) return;
      const { type: _type, ...shape } = mutation.schema.shape as Record<string, z.ZodType>;
      const idempotency = {
        commandId: z.uuid().optional(),
        expectedRevision: z.number().int().optional(),
      };
      const fields = type.getFields();
      expect(String(fields.commandId?.type)).toBe('ID');
      expect(String(fields.expectedRevision?.type)).toBe('Int');
      expect(objectDrift({ ...shape, ...idempotency }, fields, name)).toEqual([]);
    },
  );
});

describe('turning GraphQL input into a command', () => {
  it('turns enum names into domain codes at any depth and drops nulls', () => {
    const mutation = commandMutations.find((m) => m.commandType === 'RecordAssessment');
    expect(
      mutation &&
        toCommandInput(mutation.schema, {
          caseId: 'c',
          instrument: { code: 'PHQ_9', name: null },
          items: [{ itemId: 'q1', score: 2 }],
          notes: null,
        }),
    ).toEqual({ caseId: 'c', instrument: { code: 'PHQ-9' }, items: [{ itemId: 'q1', score: 2 }] });
  });

  it('leaves what it does not recognise for zod to reject', () => {
    const mutation = commandMutations.find((m) => m.commandType === 'ChangeGoalStatus');
    expect(mutation && toCommandInput(mutation.schema, { to: 'NOT_A_STATUS', extra: 1 })).toEqual({
      to: 'NOT_A_STATUS',
      extra: 1,
    });
  });
});
