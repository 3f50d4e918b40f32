import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import { evidenceIds } from '../../src/domain/events/evidence.js';
import type { ProjectedEvent, ReadModelChange, ReadModelView, Row } from '../projection.js';
import { canonicalJson, parseObject } from '../shared/canonical-json.js';
import { optionalTextCell, textCell } from '../shared/row-cells.js';
import { entityCreatedBy } from './audit-entities.js';
import { auditEntities, auditEntries, auditEvents } from './audit-tables.js';

type Of<T extends CaretrailEvent['type']> = Extract<ProjectedEvent, { type: T }>;
type Data = Readonly<Record<string, unknown>>;

/** What an event changed, as canonical JSON, and the trail's own bookkeeping it causes. */
export interface ChangeRecord {
  readonly changesJson: string | null;
  readonly writes: readonly ReadModelChange[];
}

/** A revision's paths name goals and interventions as `goals/<id>/…` and `interventions/<id>/…`. */
const entityPath = /^(goals|interventions)\/([^/]+)/;

function entryOf(view: ReadModelView, eventId: string): Row {
  const entry = view.get(auditEntries.name, { event_id: eventId });
  if (!entry) throw new Error(`entry ${eventId} is not in the audit trail`);
  return entry;
}

function fieldDiff(fields: readonly string[], before: Data, after: Data) {
  return [...fields]
    .sort()
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** A revision's own changes, and the goals and interventions it touches as they stood before. */
export function revisionRecord(event: Of<'CarePlanRevised'>, view: ReadModelView): ChangeRecord {
  const referenced = new Map<string, string>();
  for (const change of event.data.changes) {
    const match = entityPath.exec(change.path);
    if (match?.[1] && match[2] && !referenced.has(match[2]))
      referenced.set(match[2], match[1] === 'goals' ? 'goal' : 'intervention');
  }
  const referencedBefore = [...referenced].map(([entityId, entity]) => {
    const row = view.get(auditEntities.name, { entity_id: entityId });
    if (!row) return { entity, entityId, before: null };
    const creator = view.get(auditEntries.name, {
      event_id: textCell(row, 'created_by_event_id'),
    });
    return {
      entity: textCell(row, 'entity_kind'),
      entityId,
      before: {
        status: textCell(row, 'status'),
        achievementStatus: optionalTextCell(row, 'achievement_status'),
        data: creator ? parseObject(textCell(creator, 'current_json')) : null,
      },
    };
  });
  return {
    changesJson: canonicalJson({
      changes: event.data.changes.map((change) => ({
        path: change.path,
        before: change.before ?? null,
        after: change.after ?? null,
      })),
      referencedBefore,
      triggeringEventIds: evidenceIds(event.data.evidence),
    }),
    writes: [],
  };
}

/** A status transition's before and after, in the same shape as every other change. */
export function transitionRecord(entityId: string, from: string, to: string): ChangeRecord {
  return {
    changesJson: canonicalJson({ entityId, before: { status: from }, after: { status: to } }),
    writes: [],
  };
}

/** A correction: each corrected field as it read before (with earlier corrections) and after. */
export function correctionRecord(event: Of<'EntryCorrected'>, view: ReadModelView): ChangeRecord {
  const targetId = event.data.targetEventId;
  const target = entryOf(view, targetId);
  const before = parseObject(textCell(target, 'current_json'));
  const after = { ...before, ...event.data.correctedData };
  return {
    changesJson: canonicalJson({
      target: { eventId: targetId, eventType: textCell(target, 'event_type') },
      fields: fieldDiff(Object.keys(event.data.correctedData), before, after),
    }),
    writes: [
      {
        kind: 'update',
        table: auditEntries.name,
        where: { event_id: targetId },
        set: { current_json: canonicalJson(after) },
      },
    ],
  };
}

/** The patches in force on a target, oldest first, leaving one correction out. */
function patchesInForce(view: ReadModelView, targetId: string, excluding: string): Data[] {
  return view
    .find(
      auditEvents.name,
      { target_event_id: targetId, event_type: 'EntryCorrected' },
      { orderBy: ['seq'] },
    )
    .map((row) => textCell(row, 'event_id'))
    .filter((id) => id !== excluding)
    .map((id) => entryOf(view, id))
    .filter((entry) => entry['in_error'] === 0)
    .map((entry) => {
      const corrected = parseObject(textCell(entry, 'original_json'))['correctedData'];
      return corrected !== null && typeof corrected === 'object' ? (corrected as Data) : {};
    });
}

/** An in-error mark: the target and its data; a correction in error is taken back out of its target. */
export function inErrorRecord(event: Of<'EntryMarkedInError'>, view: ReadModelView): ChangeRecord {
  const targetId = event.data.targetEventId;
  const target = entryOf(view, targetId);
  const targetType = textCell(target, 'event_type');
  const data = parseObject(textCell(target, 'current_json'));
  const changes: ReadModelChange[] = [
    {
      kind: 'update',
      table: auditEntries.name,
      where: { event_id: targetId },
      set: { in_error: 1 },
    },
  ];
  const entityId = entityCreatedBy(targetType, data);
  if (entityId !== undefined)
    changes.push({
      kind: 'update',
      table: auditEntities.name,
      where: { entity_id: entityId },
      set: { status: 'entered-in-error' },
    });
  const record: Record<string, unknown> = {
    target: { eventId: targetId, eventType: targetType, data },
  };
  const correctedId = targetType === 'EntryCorrected' ? data['targetEventId'] : undefined;
  if (typeof correctedId === 'string') {
    const corrected = entryOf(view, correctedId);
    const before = parseObject(textCell(corrected, 'current_json'));
    const after = patchesInForce(view, correctedId, targetId).reduce<Data>(
      (current, patch) => ({ ...current, ...patch }),
      parseObject(textCell(corrected, 'original_json')),
    );
    const fields = data['correctedData'];
    record['reverted'] = {
      eventId: correctedId,
      eventType: textCell(corrected, 'event_type'),
      fields: fieldDiff(
        fields !== null && typeof fields === 'object' ? Object.keys(fields) : [],
        before,
        after,
      ),
    };
    changes.push({
      kind: 'update',
      table: auditEntries.name,
      where: { event_id: correctedId },
      set: { current_json: canonicalJson(after) },
    });
  }
  return { changesJson: canonicalJson(record), writes: changes };
}
