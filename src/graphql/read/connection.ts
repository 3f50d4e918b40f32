import { ValidationError } from '../../domain/errors.js';

/** The largest page a connection serves: more is refused, never silently cut. */
export const maxPageSize = 100;
const defaultPageSize = 20;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** A validated page request over keys of type K (the keyset columns of the order). */
export interface PageRequest<K> {
  readonly direction: 'forward' | 'backward';
  readonly size: number;
  readonly after: K | null;
  readonly before: K | null;
}

export interface Connection<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

/** Opaque cursors: base64url of the row's key as JSON. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeCursor<K>(
  cursor: string,
  field: string,
  parse: (value: unknown) => K | undefined,
): K {
  let key: K | undefined;
  try {
    key = parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    key = undefined;
  }
  if (key === undefined)
    throw new ValidationError('not a cursor of this list', [
      { path: [field], message: 'not a cursor of this list' },
    ]);
  return key;
}

function checkedSize(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > maxPageSize)
    throw new ValidationError(`${field} must be between 0 and ${maxPageSize}`, [
      { path: [field], message: `must be between 0 and ${maxPageSize}` },
    ]);
  return value;
}

/** Checks Relay arguments: one direction at a time, sizes capped, cursors of this list. */
export function pageRequest<K>(
  args: PageArgs,
  parseKey: (value: unknown) => K | undefined,
): PageRequest<K> {
  const { first, last } = args;
  if (first != null && last != null)
    throw new ValidationError('give first or last, not both', [
      { path: ['last'], message: 'give first or last, not both' },
    ]);
  const after = args.after == null ? null : decodeCursor(args.after, 'after', parseKey);
  const before = args.before == null ? null : decodeCursor(args.before, 'before', parseKey);
  if (last != null)
    return { direction: 'backward', size: checkedSize(last, 'last'), after, before };
  return {
    direction: 'forward',
    size: first == null ? defaultPageSize : checkedSize(first, 'first'),
    after,
    before,
  };
}

/**
 * A connection from rows fetched in the page's direction with one extra row (which says whether
 * more follow); backward pages are turned back into the list's order.
 */
export function connectionFrom<T>(
  fetched: readonly T[],
  page: PageRequest<unknown>,
  keyOf: (node: T) => unknown,
): Connection<T> {
  const more = fetched.length > page.size;
  const inPage = fetched.slice(0, page.size);
  const nodes = page.direction === 'forward' ? inPage : [...inPage].reverse();
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.direction === 'forward' ? more : page.before !== null,
      hasPreviousPage: page.direction === 'backward' ? more : page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A key of one text and one integer column, e.g. (occurred_at, seq). */
export function textIntegerKey(value: unknown): readonly [string, number] | undefined {
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    Number.isInteger(value[1])
  )
    return [value[0], value[1] as number];
  return undefined;
}

/** A key of one integer, e.g. a stream revision. */
export function integerKey(value: unknown): number | undefined {
  return Number.isInteger(value) ? (value as number) : undefined;
}

/** A key of two texts, e.g. (admitted_at, case_id). */
export function textTextKey(value: unknown): readonly [string, string] | undefined {
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  )
    return [value[0], value[1]];
  return undefined;
}

/**
 * Adds a newest-first page's keyset conditions over a two-column key (entries "after" a cursor
 * are older, "before" it newer) and gives the SQL order that reads the page.
 */
export function newestFirstKeyset(
  page: PageRequest<readonly [string | number, string | number]>,
  key: string,
  conditions: string[],
  params: (string | number | null)[],
): 'ASC' | 'DESC' {
  if (page.after !== null) {
    conditions.push(`${key} < (?, ?)`);
    params.push(...page.after);
  }
  if (page.before !== null) {
    conditions.push(`${key} > (?, ?)`);
    params.push(...page.before);
  }
  return page.direction === 'forward' ? 'DESC' : 'ASC';
}
