/** `a-b-c` as `a_b_c`, in the type system as at run time. */
type DashesAsUnderscores<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}_${DashesAsUnderscores<Tail>}`
  : S;

/**
 * The GraphQL enum value of a domain code, as a type: `'on-hold'` → `'ON_HOLD'`. Resolvers return
 * it, so a domain code the schema's enum does not list fails `tsc` against the generated types.
 */
export type GraphQLEnumName<Code extends string> = Uppercase<DashesAsUnderscores<Code>>;

/**
 * A domain code as a GraphQL enum value: upper-cased, `-` as `_` (GraphQL names cannot hold `-`),
 * e.g. `in-progress` → `IN_PROGRESS`, `PHQ-9` → `PHQ_9`.
 */
export function toGraphQLEnumName<Code extends string>(code: Code): GraphQLEnumName<Code> {
  return code.toUpperCase().replaceAll('-', '_') as GraphQLEnumName<Code>;
}

/** The domain code among `codes` whose enum name is `name`, or undefined (zod then names the field). */
export function fromGraphQLEnumName<Code extends string>(
  name: string,
  codes: readonly Code[],
): Code | undefined {
  return codes.find((code) => toGraphQLEnumName(code) === name);
}

/** A read-model code as the output enum shows it; null and undefined stay null. */
export function toGraphQLEnumValue<Code extends string>(
  code: Code | null | undefined,
): GraphQLEnumName<Code> | null {
  return code == null ? null : toGraphQLEnumName(code);
}

/** The enum value a coded field shows as: null only where the field itself may be absent. */
type EnumValueOf<Value> =
  | GraphQLEnumName<Extract<NonNullable<Value>, string>>
  | (null extends Value ? null : undefined extends Value ? null : never);

type CodedField<Parent> = {
  [K in keyof Parent & string]: NonNullable<Parent[K]> extends string ? K : never;
}[keyof Parent & string];

/**
 * Field resolvers showing these coded fields of a read-model object as enum names, so output types
 * speak the same enums as the inputs without a hand mapping per field:
 * `enumFieldResolvers<GoalView>()('priority', 'lifecycleStatus')`.
 */
export function enumFieldResolvers<Parent>() {
  return <const F extends CodedField<Parent>>(
    ...fields: readonly F[]
  ): { [K in F]: (parent: Parent) => EnumValueOf<Parent[K]> } =>
    Object.fromEntries(
      fields.map((field) => [
        field,
        (parent: Parent) => toGraphQLEnumValue(parent[field] as string | null | undefined),
      ]),
    ) as { [K in F]: (parent: Parent) => EnumValueOf<Parent[K]> };
}
