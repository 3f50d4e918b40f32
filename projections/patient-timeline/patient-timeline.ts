import { isPatientEventType, type CaretrailEventType } from '../../src/domain/events/catalogue.js';
import type { ProjectedEvent, Projection, ReadModelChange, ReadModelView } from '../projection.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { createdEntityId } from './created-entity.js';
import { latenessOf } from './late-entry.js';
import { integerCell, optionalTextCell, textCell } from '../shared/row-cells.js';
import { summarize } from './summarize.js';
import { applyCorrection, applyInError } from './timeline-corrections.js';
import { timelineKinds } from './timeline-kinds.js';
import { timelineLookup } from './timeline-lookup.js';
import {
  timelineEntities,
  timelineEntries,
  timelinePatients,
  timelineSources,
  timelineStreams,
  timelineTables,
} from './timeline-tables.js';
import { utcInstant } from '../shared/utc-instant.js';
import { ownerOfNewStream } from '../shared/stream-owner.js';

interface Placement {
  readonly patientId: string;
  readonly caseId: string | null;
  readonly latestOccurredAt: string | null;
}

/** Which patient's timeline an event goes on: case events find it through their CaseOpened. */
function placementOf(event: ProjectedEvent, view: ReadModelView): Placement {
  const stream = view.get(timelineStreams.name, { stream_id: event.streamId });
  if (stream)
    return {
      patientId: textCell(stream, 'patient_id'),
      caseId: optionalTextCell(stream, 'case_id'),
      latestOccurredAt: textCell(stream, 'latest_occurred_at'),
    };
  return { ...ownerOfNewStream(event), latestOccurredAt: null };
}

/** Case entries keep their data so a correction can re-summarise them; patient PHI is not kept. */
function sourceChanges(event: ProjectedEvent): ReadModelChange[] {
  if (
    isPatientEventType(event.type) ||
    event.type === 'EntryCorrected' ||
    event.type === 'EntryMarkedInError'
  )
    return [];
  const data = canonicalJson(event.data);
  const entityId = createdEntityId(event);
  return [
    {
      kind: 'upsert',
      table: timelineSources.name,
      row: { event_id: event.id, event_type: event.type, original_json: data, current_json: data },
    },
    ...(entityId === undefined
      ? []
      : [
          {
            kind: 'upsert',
            table: timelineEntities.name,
            row: { entity_id: entityId, created_by_event_id: event.id },
          } as const,
        ]),
  ];
}

function apply(event: ProjectedEvent, view: ReadModelView): ReadModelChange[] {
  const placement = placementOf(event, view);
  const occurredAt = utcInstant(event.occurredAt);
  const recordedAt = utcInstant(event.recordedAt);
  const lateness = latenessOf(occurredAt, recordedAt, placement.latestOccurredAt);
  const counter = view.get(timelinePatients.name, { patient_id: placement.patientId });
  const seq = (integerCell(counter, 'entry_count') ?? 0) + 1;
  const lookup = timelineLookup(view);
  const latest =
    placement.latestOccurredAt !== null && placement.latestOccurredAt > occurredAt
      ? placement.latestOccurredAt
      : occurredAt;
  const changes: ReadModelChange[] = [
    {
      kind: 'upsert',
      table: timelinePatients.name,
      row: { patient_id: placement.patientId, entry_count: seq },
    },
    {
      kind: 'upsert',
      table: timelineStreams.name,
      row: {
        stream_id: event.streamId,
        patient_id: placement.patientId,
        case_id: placement.caseId,
        latest_occurred_at: latest,
      },
    },
    {
      kind: 'upsert',
      table: timelineEntries.name,
      row: {
        patient_id: placement.patientId,
        occurred_at: occurredAt,
        seq,
        event_id: event.id,
        case_id: placement.caseId,
        stream_id: event.streamId,
        revision: event.revision,
        position: event.position,
        kind: timelineKinds[event.type],
        event_type: event.type,
        recorded_at: recordedAt,
        late_entry: lateness.recordedLate || lateness.outOfOrder ? 1 : 0,
        recorded_late: lateness.recordedLate ? 1 : 0,
        out_of_order: lateness.outOfOrder ? 1 : 0,
        actor_user_id: event.actor.userId,
        actor_role: event.actor.role,
        actor_on_behalf_of: event.actor.onBehalfOf ?? null,
        summary: summarize(event, lookup),
        status: 'recorded',
        original_summary: null,
        corrected_by_event_id: null,
        corrected_at: null,
        corrected_by_actor: null,
        in_error_by_event_id: null,
        in_error_at: null,
        in_error_by_actor: null,
        target_event_id:
          event.type === 'EntryCorrected' || event.type === 'EntryMarkedInError'
            ? event.data.targetEventId
            : null,
      },
    },
    ...sourceChanges(event),
  ];
  if (event.type === 'EntryCorrected') changes.push(...applyCorrection(event, seq, view, lookup));
  if (event.type === 'EntryMarkedInError') changes.push(...applyInError(event, seq, view, lookup));
  return changes;
}

/** A patient's timeline across all their cases, newest first by occurredAt, for frontends and auditors. */
export const patientTimelineProjection: Projection = {
  name: 'patient-timeline',
  // 2: correction and in-error times and authors, and each entry's versions as known over time.
  version: 2,
  description:
    "One entry per event across a patient's cases and patient stream, clustered by patient: kind, " +
    'times, late-entry flags, actor, a one-line summary and correction state.',
  tables: timelineTables,
  handles: new Set(Object.keys(timelineKinds) as CaretrailEventType[]),
  apply,
};
