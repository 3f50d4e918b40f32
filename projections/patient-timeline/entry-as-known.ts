import type { Row } from '../projection.js';
import { amendedColumns } from './timeline-tables.js';

/** An entry as first recorded: before any correction or in-error mark reached it. */
function asFirstRecorded(entry: Row): Row {
  return {
    ...entry,
    ...Object.fromEntries(amendedColumns.map((column) => [column, null])),
    // While a correction is in force the first summary is kept aside; otherwise it is the summary.
    summary: entry['original_summary'] ?? entry['summary'] ?? null,
    status: 'recorded',
  };
}

/**
 * The timeline as it was known at `knownAt` (a UTC instant from `utcInstant`): entries recorded
 * after it are left out, and each other entry shows the last version recorded by then (the state
 * that the corrections and in-error marks recorded by then, in store order, gave it), or its state
 * as first recorded when none was. `entries` are rows of `patient_timeline_entries` (currently
 * amended), `versions` rows of `patient_timeline_entry_versions` for any of them, in any order.
 */
export function entriesAsKnownAt(
  entries: readonly Row[],
  versions: readonly Row[],
  knownAt: string,
): Row[] {
  const latest = new Map<unknown, Row>();
  for (const version of versions) {
    if (typeof version['recorded_at'] !== 'string' || version['recorded_at'] > knownAt) continue;
    const known = latest.get(version['target_event_id']);
    if (known === undefined || Number(known['seq']) < Number(version['seq']))
      latest.set(version['target_event_id'], version);
  }
  return entries
    .filter((entry) => typeof entry['recorded_at'] === 'string' && entry['recorded_at'] <= knownAt)
    .map((entry) => {
      const version = latest.get(entry['event_id']);
      if (version === undefined) return asFirstRecorded(entry);
      return {
        ...entry,
        ...Object.fromEntries(amendedColumns.map((column) => [column, version[column] ?? null])),
      };
    });
}
