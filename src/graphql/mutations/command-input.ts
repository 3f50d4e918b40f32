import { z } from 'zod';
import { fromGraphQLEnumName } from './enum-names.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literalCodes(schema: z.ZodType): string[] {
  return schema instanceof z.ZodLiteral
    ? [...schema.values].filter((value): value is string => typeof value === 'string')
    : [];
}

/** The union member whose discriminator literal the GraphQL enum name stands for, if any. */
function unionMember(schema: z.ZodDiscriminatedUnion, value: Record<string, unknown>) {
  const key = schema.def.discriminator;
  const given = value[key];
  if (typeof given !== 'string') return undefined;
  return schema.options.find((option) => {
    if (!(option instanceof z.ZodObject)) return false;
    const discriminator = (option.shape as Record<string, z.ZodType>)[key];
    return discriminator !== undefined && fromGraphQLEnumName(given, literalCodes(discriminator));
  });
}

/**
 * Turns GraphQL input into the command's domain shape, guided by its zod schema: enum names become
 * domain codes and nulls become absent fields (GraphQL's "not given"). Anything it does not
 * recognise passes through unchanged for zod to reject with the field's path.
 */
export function toCommandInput(schema: z.ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (schema instanceof z.ZodOptional) return toCommandInput(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodEnum && typeof value === 'string') {
    return fromGraphQLEnumName(value, schema.options.map(String)) ?? value;
  }
  if (schema instanceof z.ZodLiteral && typeof value === 'string') {
    return fromGraphQLEnumName(value, literalCodes(schema)) ?? value;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => toCommandInput(schema.element as z.ZodType, item));
  }
  if (schema instanceof z.ZodDiscriminatedUnion && isRecord(value)) {
    const member = unionMember(schema, value);
    return member ? toCommandInput(member as z.ZodType, value) : value;
  }
  if (schema instanceof z.ZodObject && isRecord(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const fields: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const known = shape[key];
      const converted = known ? toCommandInput(known, field) : field;
      if (converted !== undefined && converted !== null) fields[key] = converted;
    }
    return fields;
  }
  return value;
}
