import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import type { ProjectedEvent, ReadModelChange, ReadModelView } from '../projection.js';
import { canonicalJson, parseObject } from '../shared/canonical-json.js';
import { optionalTextCell, textCell } from '../shared/row-cells.js';
import { utcInstant } from '../shared/utc-instant.js';
import { summarize, type SummaryLookup } from './summarize.js';
import {
  amendedColumns,
  timelineCorrections,
  timelineEntries,
  timelineEntryVersions,
  timelineSources,
} from './timeline-tables.js';

type Of<T extends CaretrailEvent['type']> = Extract<ProjectedEvent, { type: T }>;

interface Patch {
  readonly eventId: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly recordedAt: string;
  /** The correcting actor as canonical JSON. */
  readonly actor: string;
}

/** The corrections of a target still in force, oldest first. */
function patchesInForce(view: ReadModelView, targetId: string, excluding?: string): Patch[] {
  return view
    .find(
      timelineCorrections.name,
      { target_event_id: targetId, in_error: 0 },
      { orderBy: ['seq'] },
    )
    .filter((row) => row['event_id'] !== excluding)
    .map((row) => ({
      eventId: textCell(row, 'event_id'),
      fields: parseObject(textCell(row, 'patch_json')),
      recordedAt: textCell(row, 'recorded_at'),
      actor: textCell(row, 'actor_json'),
    }));
}

/** Re-summarises a target from its recorded data and the shallow patches in force, in order. */
function resummarised(
  view: ReadModelView,
  lookup: SummaryLookup,
  targetId: string,
  patches: readonly Patch[],
): ReadModelChange[] {
  const source = view.get(timelineSources.name, { event_id: targetId });
  const entry = view.get(timelineEntries.name, { event_id: targetId });
  if (!source || !entry) throw new Error(`correction target ${targetId} is not on the timeline`);
  const original = parseObject(textCell(source, 'original_json'));
  const current = patches.reduce<Record<string, unknown>>(
    (data, patch) => ({ ...data, ...patch.fields }),
    original,
  );
  const asRecorded = (data: Record<string, unknown>) =>
    // The decider checked each corrected field against the target's schema.
    summarize({ type: textCell(source, 'event_type'), data } as CaretrailEvent, lookup);
  const latest = patches.at(-1);
  const firstSummary = optionalTextCell(entry, 'original_summary') ?? textCell(entry, 'summary');
  const inError = optionalTextCell(entry, 'in_error_by_event_id') !== null;
  return [
    {
      kind: 'update',
      table: timelineSources.name,
      where: { event_id: targetId },
      set: { current_json: canonicalJson(current) },
    },
    {
      kind: 'update',
      table: timelineEntries.name,
      where: { event_id: targetId },
      set: {
        summary: latest ? asRecorded(current) : firstSummary,
        status: inError ? 'in-error' : latest ? 'corrected' : 'recorded',
        original_summary: latest ? firstSummary : null,
        corrected_by_event_id: latest?.eventId ?? null,
        corrected_at: latest?.recordedAt ?? null,
        corrected_by_actor: latest?.actor ?? null,
      },
    },
  ];
}

/** A correction patches its target's summary; the target keeps its place and links the correction. */
export function applyCorrection(
  event: Of<'EntryCorrected'>,
  seq: number,
  view: ReadModelView,
  lookup: SummaryLookup,
): ReadModelChange[] {
  const targetId = event.data.targetEventId;
  const patch: Patch = {
    eventId: event.id,
    fields: event.data.correctedData,
    recordedAt: utcInstant(event.recordedAt),
    actor: canonicalJson(event.actor),
  };
  return [
    {
      kind: 'upsert',
      table: timelineCorrections.name,
      row: {
        event_id: event.id,
        target_event_id: targetId,
        seq,
        patch_json: canonicalJson(event.data.correctedData),
        in_error: 0,
        recorded_at: patch.recordedAt,
        actor_json: patch.actor,
      },
    },
    ...withVersions(
      event,
      seq,
      view,
      resummarised(view, lookup, targetId, [...patchesInForce(view, targetId), patch]),
    ),
  ];
}

/** An entry in error keeps its summary and is flagged; a correction in error is taken back out. */
export function applyInError(
  event: Of<'EntryMarkedInError'>,
  seq: number,
  view: ReadModelView,
  lookup: SummaryLookup,
): ReadModelChange[] {
  return withVersions(event, seq, view, inErrorChanges(event, view, lookup));
}

function inErrorChanges(
  event: Of<'EntryMarkedInError'>,
  view: ReadModelView,
  lookup: SummaryLookup,
): ReadModelChange[] {
  const targetId = event.data.targetEventId;
  if (!view.get(timelineEntries.name, { event_id: targetId }))
    throw new Error(`in-error target ${targetId} is not on the timeline`);
  const flag: ReadModelChange = {
    kind: 'update',
    table: timelineEntries.name,
    where: { event_id: targetId },
    set: {
      status: 'in-error',
      in_error_by_event_id: event.id,
      in_error_at: utcInstant(event.recordedAt),
      in_error_by_actor: canonicalJson(event.actor),
    },
  };
  const correction = view.get(timelineCorrections.name, { event_id: targetId });
  if (!correction) return [flag];
  const correctedId = textCell(correction, 'target_event_id');
  return [
    flag,
    {
      kind: 'update',
      table: timelineCorrections.name,
      where: { event_id: targetId },
      set: { in_error: 1 },
    },
    ...resummarised(view, lookup, correctedId, patchesInForce(view, correctedId, targetId)),
  ];
}

/**
 * Adds, for each entry these changes amend, the state it takes as a new version recorded when the
 * amending event was: what the timeline showed of it from then on.
 */
function withVersions(
  event: ProjectedEvent,
  seq: number,
  view: ReadModelView,
  changes: ReadModelChange[],
): ReadModelChange[] {
  const versions: ReadModelChange[] = [];
  for (const change of changes) {
    if (change.kind !== 'update' || change.table !== timelineEntries.name) continue;
    const before = view.get(timelineEntries.name, change.where);
    if (!before) continue;
    const after = { ...before, ...change.set };
    versions.push({
      kind: 'upsert',
      table: timelineEntryVersions.name,
      row: {
        target_event_id: textCell(after, 'event_id'),
        seq,
        amended_by_event_id: event.id,
        recorded_at: utcInstant(event.recordedAt),
        ...Object.fromEntries(amendedColumns.map((column) => [column, after[column] ?? null])),
      },
    });
  }
  return [...changes, ...versions];
}
