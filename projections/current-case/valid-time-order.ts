/** Milliseconds of an ISO 8601 instant or date; offsets make string order unreliable. */
function instant(iso: string): number {
  return Date.parse(iso);
}

/** Inserts after every entry that occurred at or before it: valid-time order, ties in stream order. */
export function insertByOccurredAt<T extends { readonly occurredAt: string }>(
  list: readonly T[],
  entry: T,
): T[] {
  const at = instant(entry.occurredAt);
  let index = list.length;
  while (index > 0 && instant(list[index - 1]!.occurredAt) > at) index -= 1;
  // One copy of the list (entries arrive mostly in order, so mostly at its end).
  const inserted = list.slice();
  if (index === list.length) inserted.push(entry);
  else inserted.splice(index, 0, entry);
  return inserted;
}

/** The last entry not entered in error of a list kept in valid-time order. */
export function latestInForce<T extends { readonly enteredInError: boolean }>(
  list: readonly T[],
): T | null {
  for (let index = list.length - 1; index >= 0; index -= 1) {
    const entry = list[index]!;
    if (!entry.enteredInError) return entry;
  }
  return null;
}

/** Whether an ISO instant is at or before another. */
export function atOrBefore(iso: string, limit: string): boolean {
  return instant(iso) <= instant(limit);
}
