/**
 * A domain code as a GraphQL enum value: upper-cased, `-` as `_` (GraphQL names cannot hold `-`),
 * e.g. `in-progress` → `IN_PROGRESS`, `PHQ-9` → `PHQ_9`.
 */
export function toGraphQLEnumName(code: string): string {
  return code.toUpperCase().replaceAll('-', '_');
}

/** The domain code among `codes` whose enum name is `name`, or undefined (zod then names the field). */
export function fromGraphQLEnumName(name: string, codes: readonly string[]): string | undefined {
  return codes.find((code) => toGraphQLEnumName(code) === name);
}

/** A read-model code as the output enum shows it; null and undefined stay null. */
export function toGraphQLEnumValue(code: string | null | undefined): string | null {
  return code == null ? null : toGraphQLEnumName(code);
}

/**
 * Field resolvers showing these coded fields of a read-model object as enum names, so output types
 * speak the same enums as the inputs without a hand mapping per field.
 */
export function enumFieldResolvers<const F extends string>(
  ...fields: readonly F[]
): Record<F, (parent: Partial<Record<F, string | null>>) => string | null> {
  return Object.fromEntries(
    fields.map((field) => [
      field,
      (parent: Partial<Record<F, string | null>>) => toGraphQLEnumValue(parent[field]),
    ]),
  ) as Record<F, (parent: Partial<Record<F, string | null>>) => string | null>;
}
