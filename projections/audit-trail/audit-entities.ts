import type { ProjectedEvent, ReadModelChange } from '../projection.js';
import { auditEntities } from './audit-tables.js';

const table = auditEntities.name;

/** Keeps goals' and interventions' current status, which plan revisions report as "before". */
export function entityChanges(event: ProjectedEvent): ReadModelChange[] {
  if (event.type === 'GoalSet')
    return [
      {
        kind: 'upsert',
        table,
        row: {
          entity_id: event.data.goalId,
          entity_kind: 'goal',
          created_by_event_id: event.id,
          status: event.data.lifecycleStatus,
          achievement_status: null,
        },
      },
    ];
  if (event.type === 'GoalProgressRecorded')
    return [
      {
        kind: 'update',
        table,
        where: { entity_id: event.data.goalId },
        set: { achievement_status: event.data.achievementStatus },
      },
    ];
  if (event.type === 'GoalStatusChanged')
    return [
      {
        kind: 'update',
        table,
        where: { entity_id: event.data.goalId },
        set: { status: event.data.to },
      },
    ];
  if (event.type === 'InterventionPlanned')
    return [
      {
        kind: 'upsert',
        table,
        row: {
          entity_id: event.data.interventionId,
          entity_kind: 'intervention',
          created_by_event_id: event.id,
          status: 'scheduled',
          achievement_status: null,
        },
      },
    ];
  if (event.type === 'InterventionStatusChanged')
    return [
      {
        kind: 'update',
        table,
        where: { entity_id: event.data.interventionId },
        set: { status: event.data.to },
      },
    ];
  return [];
}

/** The goal or intervention an entry created, so marking that entry in error can retire it. */
export function entityCreatedBy(
  eventType: string,
  data: Readonly<Record<string, unknown>>,
): string | undefined {
  const id =
    eventType === 'GoalSet'
      ? data['goalId']
      : eventType === 'InterventionPlanned'
        ? data['interventionId']
        : undefined;
  return typeof id === 'string' ? id : undefined;
}
