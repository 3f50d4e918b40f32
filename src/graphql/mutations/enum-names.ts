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
