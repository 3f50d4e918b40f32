import type { ProjectedEvent } from '../projection.js';
import type {
  ActorView,
  CaseView,
  CorrectionNote,
  EntryMeta,
  FieldChange,
  Json,
} from './case-view-types.js';

type EventOf<T extends ProjectedEvent['type']> = Extract<ProjectedEvent, { type: T }>;
type Entry = EntryMeta & Record<string, unknown>;

/** Envelope fields kept on every entry; a correction patches data fields only. */
const metaFields: ReadonlySet<string> = new Set([
  'eventId',
  'occurredAt',
  'recordedAt',
  'enteredInError',
  'markedInError',
  'corrections',
  'amendmentIds',
]);

/** Who recorded an event, from its envelope. */
export function actorOf(event: ProjectedEvent): ActorView {
  return {
    userId: event.actor.userId,
    role: event.actor.role,
    onBehalfOf: event.actor.onBehalfOf ?? null,
  };
}

/** The envelope part of an entry that this event records. */
export function entryMeta(event: ProjectedEvent): EntryMeta {
  return {
    eventId: event.id,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    enteredInError: false,
    markedInError: null,
    corrections: [],
    amendmentIds: [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: Record<string, unknown>): value is Entry {
  return typeof value.eventId === 'string' && Array.isArray(value.corrections);
}

/** Rebuilds a JSON value, passing each entry that `matches` through `change`; key order is kept. */
function mapEntries(
  value: unknown,
  matches: (entry: Entry) => boolean,
  change: (entry: Entry) => Entry,
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapEntries(item, matches, change));
  if (!isRecord(value)) return value;
  if (isEntry(value) && matches(value)) return change(value);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, mapEntries(item, matches, change)]),
  );
}

function mapView(
  view: CaseView,
  matches: (entry: Entry) => boolean,
  change: (entry: Entry) => Entry,
): CaseView {
  return mapEntries(view, matches, change) as CaseView;
}

/** JSON has no undefined: an optional field corrected to nothing reads as null. */
function toJson(value: unknown): Json {
  return value === undefined ? null : (value as Json);
}

/** Patches the fields of the entry the corrected event recorded, noting before and after. */
export function applyCorrection(view: CaseView, event: EventOf<'EntryCorrected'>): CaseView {
  const { targetEventId, correctedData, reason } = event.data;
  return mapView(
    view,
    (entry) => entry.eventId === targetEventId,
    (entry) => {
      const patched: Record<string, unknown> = { ...entry };
      const changes: FieldChange[] = [];
      for (const [field, value] of Object.entries(correctedData)) {
        // Fields the view does not mirror (e.g. assessment items) change nothing shown.
        if (metaFields.has(field) || !Object.hasOwn(entry, field)) continue;
        changes.push({ field, before: toJson(entry[field]), after: toJson(value) });
        patched[field] = toJson(value);
      }
      const note: CorrectionNote = {
        eventId: event.id,
        actor: actorOf(event),
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        reason,
        changes,
        enteredInError: false,
      };
      patched.corrections = [...entry.corrections, note];
      return patched as Entry;
    },
  );
}

/** Undoes one correction: each field it touched is replayed from its original through the others. */
function withdrawCorrection(entry: Entry, correctionId: string): Entry {
  const notes = entry.corrections.map((note) =>
    note.eventId === correctionId ? { ...note, enteredInError: true } : note,
  );
  const withdrawn = notes.find((note) => note.eventId === correctionId);
  const restored: Record<string, unknown> = { ...entry, corrections: notes };
  for (const { field } of withdrawn?.changes ?? []) {
    const touching = notes.flatMap((note) =>
      note.changes.filter((change) => change.field === field).map((change) => ({ note, change })),
    );
    let value: Json = touching[0]?.change.before ?? null;
    for (const { note, change } of touching) if (!note.enteredInError) value = change.after;
    restored[field] = value;
  }
  return restored as Entry;
}

/**
 * Withdraws what an EntryMarkedInError targets: a correction is undone on its entry; any other
 * entry is flagged `enteredInError` and stays visible with the mark.
 */
export function applyInErrorMark(view: CaseView, event: EventOf<'EntryMarkedInError'>): CaseView {
  const { targetEventId, reason } = event.data;
  const mark = {
    eventId: event.id,
    actor: actorOf(event),
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    reason,
  };
  const uncorrected = mapView(
    view,
    (entry) => entry.corrections.some((note) => note.eventId === targetEventId),
    (entry) => withdrawCorrection(entry, targetEventId),
  );
  return mapView(
    uncorrected,
    (entry) => entry.eventId === targetEventId,
    (entry) => ({ ...entry, enteredInError: true, markedInError: mark }),
  );
}

/** Links each entry an amendment request names to the request. */
export function linkAmendment(view: CaseView, event: EventOf<'AmendmentRequested'>): CaseView {
  const { targetEventIds, amendmentId } = event.data;
  return mapView(
    view,
    (entry) => targetEventIds.includes(entry.eventId),
    (entry) => ({
      ...entry,
      amendmentIds: [...entry.amendmentIds, amendmentId],
    }),
  );
}
