/** Plain data with its object keys sorted at every level: stable before it is stringified. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sorted(item)]));
}

/** JSON whose text depends only on the value, never on the order its keys were set in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

/** Parses JSON this projection stored as an object. */
export function parseObject(json: string): Record<string, unknown> {
  const value: unknown = JSON.parse(json);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error('stored read-model JSON is not an object');
  return value as Record<string, unknown>;
}
