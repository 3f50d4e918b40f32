import { caseEventCatalogue, type CaseEventType } from '../../src/domain/events/catalogue.js';
import type {
  ProjectedEvent,
  Projection,
  ReadModelChange,
  ReadModelView,
  TableSpec,
} from '../projection.js';
import { evolveCaseView, initialCaseView, isCaseStreamEvent } from './case-view.js';
import type { CaseView } from './case-view-types.js';
import type { JsonDocument } from '../projection.js';
import { caseIdOf } from '../shared/case-id-of.js';

/** One row per case: the columns frontends filter on, and the whole view as JSON. */
const caseCurrentTable: TableSpec = {
  name: 'case_current',
  columns: [
    { name: 'case_id', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT' },
    { name: 'status', type: 'TEXT' },
    { name: 'program', type: 'TEXT' },
    { name: 'primary_case_manager_id', type: 'TEXT' },
    { name: 'admitted_at', type: 'TEXT' },
    { name: 'discharged_at', type: 'TEXT' },
    { name: 'closed_at', type: 'TEXT' },
    { name: 'revision', type: 'INTEGER', notNull: true },
    { name: 'last_position', type: 'TEXT', notNull: true },
    { name: 'view', type: 'JSON', notNull: true },
  ],
  primaryKey: ['case_id'],
  indexes: [
    { name: 'by_patient', columns: ['patient_id'] },
    { name: 'by_primary_and_status', columns: ['primary_case_manager_id', 'status'] },
  ],
};

const caseEventTypes = Object.keys(caseEventCatalogue) as CaseEventType[];

function storedView(view: ReadModelView, caseId: string): CaseView | null {
  const row = view.get(caseCurrentTable.name, { case_id: caseId });
  return (row?.view as CaseView | undefined) ?? null;
}

/** The current picture of each case (plan, goals, team, handoffs, discharge…) for frontends. */
export const currentCaseProjection: Projection = {
  name: 'current-case',
  // 2: corrections and in-error marks name their author; amendment requests and their links.
  version: 2,
  description:
    'One row per case: status, program, primary case manager and the full current view as JSON.',
  tables: [caseCurrentTable],
  handles: new Set(caseEventTypes),
  apply(event: ProjectedEvent, view: ReadModelView): readonly ReadModelChange[] {
    if (!isCaseStreamEvent(event)) return [];
    const caseId = caseIdOf(event.streamId);
    const before = storedView(view, caseId);
    // An event at or below the stored revision is already in the view: replaying it changes nothing.
    if (before && event.revision <= before.revision) return [];
    const after = evolveCaseView(before ?? initialCaseView(), event);
    return [
      {
        kind: 'upsert',
        table: caseCurrentTable.name,
        row: {
          case_id: caseId,
          patient_id: after.patientId,
          status: after.status,
          program: after.opening?.program ?? null,
          primary_case_manager_id: after.primaryCaseManager?.userId ?? null,
          admitted_at: after.opening?.admittedAt ?? null,
          discharged_at: after.discharge?.dischargedAt ?? null,
          closed_at: after.closure?.occurredAt ?? null,
          revision: after.revision,
          last_position: after.lastPosition ?? event.position,
          view: after as unknown as JsonDocument,
        },
      },
    ];
  },
};
