import {
  eventCatalogue,
  isPatientEventType,
  type CaretrailEventType,
} from '../../src/domain/events/catalogue.js';
import type { ProjectedEvent, Projection, ReadModelChange, ReadModelView } from '../projection.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { integerCell, optionalTextCell, textCell } from '../shared/row-cells.js';
import { utcInstant } from '../shared/utc-instant.js';
import { categoryOf } from './audit-categories.js';
import {
  correctionRecord,
  inErrorRecord,
  revisionRecord,
  transitionRecord,
  type ChangeRecord,
} from './audit-changes.js';
import { entityChanges } from './audit-entities.js';
import { amendmentRecords } from '../../src/domain/case/correction-policy.js';
import { reasonOf } from './audit-reason.js';
import {
  auditCounters,
  auditEntries,
  auditEvents,
  auditStreams,
  auditTables,
} from './audit-tables.js';
import { ownerOfNewStream } from '../shared/stream-owner.js';

const counter = { name: 'events' } as const;

/** The patient and case an event belongs to: case events find them through their CaseOpened. */
function ownersOf(
  event: ProjectedEvent,
  view: ReadModelView,
): { patientId: string; caseId: string | null; known: boolean } {
  const stream = view.get(auditStreams.name, { stream_id: event.streamId });
  if (stream)
    return {
      patientId: textCell(stream, 'patient_id'),
      caseId: optionalTextCell(stream, 'case_id'),
      known: true,
    };
  return { ...ownerOfNewStream(event), known: false };
}

function changeRecordOf(event: ProjectedEvent, view: ReadModelView): ChangeRecord {
  if (event.type === 'CarePlanRevised') return revisionRecord(event, view);
  if (event.type === 'EntryCorrected') return correctionRecord(event, view);
  if (event.type === 'EntryMarkedInError') return inErrorRecord(event, view);
  if (event.type === 'GoalStatusChanged')
    return transitionRecord(event.data.goalId, event.data.from, event.data.to);
  if (event.type === 'InterventionStatusChanged')
    return transitionRecord(event.data.interventionId, event.data.from, event.data.to);
  // The amendment process (HIPAA 164.526): each step with the request it belongs to.
  if (amendmentRecords.has(event.type))
    return { changesJson: canonicalJson({ amendment: event.data }), writes: [] };
  return { changesJson: null, writes: [] };
}

function apply(event: ProjectedEvent, view: ReadModelView): ReadModelChange[] {
  const owners = ownersOf(event, view);
  const seq = (integerCell(view.get(auditCounters.name, counter), 'value') ?? 0) + 1;
  const reason = reasonOf(event, event.reason);
  const record = changeRecordOf(event, view);
  const changes: ReadModelChange[] = [
    { kind: 'upsert', table: auditCounters.name, row: { ...counter, value: seq } },
    {
      kind: 'upsert',
      table: auditEvents.name,
      row: {
        stream_id: event.streamId,
        revision: event.revision,
        seq,
        event_id: event.id,
        position: event.position,
        patient_id: owners.patientId,
        case_id: owners.caseId,
        event_type: event.type,
        category: categoryOf(event.type),
        occurred_at: utcInstant(event.occurredAt),
        recorded_at: utcInstant(event.recordedAt),
        actor_user_id: event.actor.userId,
        actor_role: event.actor.role,
        actor_on_behalf_of: event.actor.onBehalfOf ?? null,
        reason_text: reason?.text ?? null,
        reason_code: reason?.code ?? null,
        command_id: event.commandId,
        correlation_id: event.correlationId,
        causation_id: event.causationId,
        target_event_id:
          event.type === 'EntryCorrected' || event.type === 'EntryMarkedInError'
            ? event.data.targetEventId
            : null,
        changes_json: record.changesJson,
      },
    },
    ...record.writes,
    ...entityChanges(event),
  ];
  if (!owners.known)
    changes.push({
      kind: 'upsert',
      table: auditStreams.name,
      row: { stream_id: event.streamId, patient_id: owners.patientId, case_id: owners.caseId },
    });
  // Patient-stream data is PHI and never corrected, so only case entries are kept.
  if (!isPatientEventType(event.type)) {
    const data = canonicalJson(event.data);
    changes.push({
      kind: 'upsert',
      table: auditEntries.name,
      row: {
        event_id: event.id,
        event_type: event.type,
        original_json: data,
        current_json: data,
        in_error: 0,
      },
    });
  }
  return changes;
}

/** The decision/audit trail: every event with who, when, why, and what it changed. */
export const auditTrailProjection: Projection = {
  name: 'audit-trail',
  version: 1,
  description:
    'One row per event with actor, times, reason, command/correlation/causation ids, stream ' +
    'revision and position, a decision/record category, and before/after for plan revisions, ' +
    'status changes, corrections and in-error marks.',
  tables: auditTables,
  handles: new Set(Object.keys(eventCatalogue) as CaretrailEventType[]),
  apply,
};
