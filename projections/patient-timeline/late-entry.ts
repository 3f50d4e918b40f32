/** An entry recorded more than an hour after it happened is late: past a shift's routine lag. */
export const lateEntryThresholdMs = 60 * 60 * 1000;

export interface Lateness {
  /** recordedAt is more than the threshold after occurredAt. */
  readonly recordedLate: boolean;
  /** occurredAt is before the latest occurredAt already on the same stream's timeline. */
  readonly outOfOrder: boolean;
}

/** Both arguments are UTC instants from `utcInstant`, so their text order is time order. */
export function latenessOf(
  occurredAt: string,
  recordedAt: string,
  latestOnStream: string | null,
): Lateness {
  return {
    recordedLate: Date.parse(recordedAt) - Date.parse(occurredAt) > lateEntryThresholdMs,
    outOfOrder: latestOnStream !== null && occurredAt < latestOnStream,
  };
}
