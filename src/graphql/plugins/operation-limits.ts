import { EnvelopArmor, EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type ASTVisitFn,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxPageSize } from '../read/connection.js';

/**
 * Deepest selection accepted, counting the leaf field. The deepest legitimate query is about 9
 * (patient → timeline → edges → node → case → carePlan → latestRevision → reason → text); 10 keeps
 * one level of slack, while the case ↔ timeline cycle adds 4 levels a turn and stops after one.
 */
export const MAX_DEPTH = 10;

/**
 * Aliased fields per operation. The API's own operations use at most 5 (one case compared at
 * several points with `asOf`); every `asOf` folds a whole case stream, so a flood must stop early.
 */
export const MAX_ALIASES = 10;

/**
 * Lexical tokens per document, checked while parsing. The API's own operations stay under 100,
 * GraphiQL's introspection query about 180, and every field of a case three levels deep about
 * 670; past 1,000 a document is a parser-exhaustion attempt, not a question.
 */
export const MAX_TOKENS = 1_000;

/** Directives per operation: none of the API's operations use one; a few `@include`/`@skip` fit. */
export const MAX_DIRECTIVES = 10;

/**
 * graphql-armor's cost (objects 2, scalars 1, ×1.5 a level, ×`first`/`last` for a page). One full
 * page (first: 100) of the deepest legitimate query costs about 28,000; two nested full pages
 * (cases × timeline entries) cost about 435,000.
 */
export const MAX_COST = 50_000;

/** The header a browser cannot send cross-site without a CORS preflight. */
export const CSRF_HEADER = 'x-caretrail-csrf';

/** The stable `extensions.code` of each refusal; each is answered with HTTP 400. */
export const refusalCodes = {
  tooComplex: 'QUERY_TOO_COMPLEX',
  introspectionDisabled: 'INTROSPECTION_DISABLED',
  csrfHeaderRequired: 'CSRF_HEADER_REQUIRED',
} as const;

export type RefusalCode = (typeof refusalCodes)[keyof typeof refusalCodes];

/** Which limit a `QUERY_TOO_COMPLEX` refusal hit, in `extensions.limit`. */
export type OperationLimit = 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost';

export interface OperationLimitsOptions {
  /** In development introspection stays on and validation errors keep their suggestions. */
  readonly development: boolean;
}

type ProcessedResult = Parameters<NonNullable<Plugin['onResultProcess']>>[0]['result'];
type ArmorConfig = NonNullable<ConstructorParameters<typeof EnvelopArmor>[0]>;

const refusalCodeSet: ReadonlySet<string> = new Set(Object.values(refusalCodes));

function refusal(
  message: string,
  code: RefusalCode,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

// armor prefixes every refusal with "Syntax Error: " even when the syntax is fine.
function tooComplex(limit: OperationLimit, error: GraphQLError): GraphQLError {
  return refusal(error.message.replace(/^Syntax Error: /, ''), refusalCodes.tooComplex, { limit });
}

/** Reports a limit's refusal as a validation error with a code, instead of armor's bare throw. */
function reportAs(limit: OperationLimit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError): void => {
        context?.reportError(tooComplex(limit, error));
      },
    ],
  };
}

type OperationVisitor =
  ASTVisitFn<OperationDefinitionNode> | { readonly enter?: ASTVisitFn<OperationDefinitionNode> };

const pageArguments: ReadonlySet<string> = new Set(['first', 'last']);

/** The node with every `first: $x` / `last: $x` replaced by the largest page served. */
function atMaximumPageSize<T extends ASTNode>(node: T): T {
  return visit(node, {
    Argument(argument) {
      if (!pageArguments.has(argument.name.value) || argument.value.kind !== Kind.VARIABLE)
        return undefined;
      return { ...argument, value: { kind: Kind.INT, value: String(maxPageSize) } };
    },
  });
}

/**
 * armor multiplies by a page size only when it is a literal, so `first: $n` would cost as one
 * row; this rule shows armor's cost rule the operation with variable page sizes at the maximum.
 */
function costingVariablePagesAtMaximum(rule: ValidationRule): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode | null | undefined>();
    const view = Object.create(context, {
      getFragment: {
        value: (name: string) => {
          if (!fragments.has(name)) {
            const fragment = context.getFragment(name);
            fragments.set(name, fragment && atMaximumPageSize(fragment));
          }
          return fragments.get(name);
        },
      },
    }) as ValidationContext;
    const inner = rule(view);
    const onOperation = (inner as { OperationDefinition?: OperationVisitor }).OperationDefinition;
    const enter = typeof onOperation === 'function' ? onOperation : onOperation?.enter;
    if (!enter) return inner;
    const visitor: ASTVisitor = {
      OperationDefinition: {
        enter: (operation: OperationDefinitionNode, key, parent, path, ancestors): unknown =>
          enter.call(inner, atMaximumPageSize(operation), key, parent, path, ancestors) as unknown,
      },
    };
    return visitor;
  };
}

/** armor's cost plugin, with its rule wrapped so variable page sizes count at their maximum. */
function costLimitPlugin(): Plugin {
  const onlyCost: ArmorConfig = {
    costLimit: { maxCost: MAX_COST, flattenFragments: true, ...reportAs('cost') },
    blockFieldSuggestion: { enabled: false },
    maxAliases: { enabled: false },
    maxDepth: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
  };
  const [armorCost] = new EnvelopArmor(onlyCost).protect().plugins;
  const onValidate = armorCost?.onValidate;
  if (!onValidate) throw new Error('graphql-armor no longer provides its cost limit as a plugin');
  return {
    onValidate: (payload) =>
      onValidate({
        ...payload,
        addValidationRule: (rule: ValidationRule) =>
          payload.addValidationRule(costingVariablePagesAtMaximum(rule)),
      }),
  };
}

/** Depth, aliases, tokens and directives by armor, each refusal reported with a code. */
function armorPlugin(): Plugin {
  return EnvelopArmorPlugin({
    // Fragments are not levels: a spread's fields sit at the depth of the spread.
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ...reportAs('depth') },
    maxAliases: { n: MAX_ALIASES, ...reportAs('aliases') },
    maxDirectives: { n: MAX_DIRECTIVES, ...reportAs('directives') },
    maxTokens: {
      n: MAX_TOKENS,
      // Tokens are counted while parsing, where there is no validation context to report to.
      onReject: [
        (_context: ValidationContext | null, error: GraphQLError): void => {
          throw tooComplex('tokens', error);
        },
      ],
    },
    costLimit: { enabled: false },
    // Suggestions are hidden by graphql-js itself (see hideSuggestionsPlugin).
    blockFieldSuggestion: { enabled: false },
  });
}

/** The errors of a finished (not streamed) result, as Yoga is about to send them. */
function errorsOf(result: ProcessedResult): GraphQLError[] {
  return (Array.isArray(result) ? result : [result]).flatMap((one) =>
    Symbol.asyncIterator in one ? [] : [...(one.errors ?? [])],
  );
}

// A suggestion lists schema names only, which cannot contain "?".
const suggestion = / ?Did you mean [^?]*\?/g;

/**
 * No "Did you mean …?" outside development: graphql-js's `hideSuggestions` for validation and
 * variable coercion, then a sweep of what is sent for what it misses on graphql 16 (an unknown
 * enum value in variables). armor's own mask only covers validation errors.
 */
function hideSuggestionsPlugin(): Plugin {
  // Envelop types execution arguments loosely (as graphql 15's), without `hideSuggestions`.
  const hidden = { hideSuggestions: true };
  return {
    onValidate({ validateFn, setValidationFn }) {
      // graphql 16's order: validate(schema, document, rules, options, typeInfo).
      setValidationFn(
        (schema, document, rules, options, typeInfo): unknown =>
          validateFn(schema, document, rules, { ...options, ...hidden }, typeInfo) as unknown,
      );
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args): unknown => executeFn({ ...args, ...hidden }) as unknown);
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn((args): unknown => subscribeFn({ ...args, ...hidden }) as unknown);
    },
    onResultProcess({ result }) {
      for (const error of errorsOf(result)) error.message = error.message.replace(suggestion, '');
    },
  };
}

const introspectionRefused = /^GraphQL introspection has been disabled/;

/** Gives the introspection rule's errors (graphql's `NoSchemaIntrospectionCustomRule`) a code. */
function introspectionCodePlugin(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        const errors = result as readonly GraphQLError[];
        if (!errors.some((error) => introspectionRefused.test(error.message))) return;
        setResult(
          errors.map((error) =>
            introspectionRefused.test(error.message)
              ? new GraphQLError(error.message, {
                  nodes: error.nodes ?? null,
                  extensions: { code: refusalCodes.introspectionDisabled },
                })
              : error,
          ),
        );
      },
  };
}

/** Yoga's CSRF check, its refusal (403 without a code) given the house code and status. */
function csrfPlugin(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  if (!onRequestParse) throw new Error('the CSRF plugin no longer checks requests on parse');
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse(payload);
      } catch {
        throw refusal(
          `A form-like request could be a cross-site request forgery: send JSON, or add the ${CSRF_HEADER} header.`,
          refusalCodes.csrfHeaderRequired,
        );
      }
    },
  };
}

/**
 * Every refusal answered with 400 whatever the client accepts. Yoga marks validation and parse
 * errors as "spec" statuses, which it drops to 200 for `Accept: application/json`.
 */
function refusalStatusPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const error of errorsOf(result)) {
        const code = error.extensions?.code;
        if (typeof code === 'string' && refusalCodeSet.has(code))
          (error.extensions as Record<string, unknown>).http = { status: 400 };
      }
    },
  };
}

/**
 * The plugins that refuse abusive operations before they run: depth, aliases, tokens, directives
 * and cost limits, CSRF prevention, and outside development no introspection and no field
 * suggestions. Each refusal is a 400 with a stable `extensions.code` (see `refusalCodes`).
 */
export function operationLimits(options: OperationLimitsOptions): Plugin[] {
  const plugins: Plugin[] = [refusalStatusPlugin(), csrfPlugin(), armorPlugin(), costLimitPlugin()];
  if (!options.development) {
    plugins.push(useDisableIntrospection(), introspectionCodePlugin(), hideSuggestionsPlugin());
  }
  return plugins;
}
