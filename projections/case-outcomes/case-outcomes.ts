import { caseEventCatalogue, type CaretrailEvent } from '../../src/domain/events/catalogue.js';
import type {
  Cell,
  ProjectedEvent,
  Projection,
  ReadModelChange,
  ReadModelView,
  Row,
} from '../projection.js';
import { caseIdOf } from '../shared/case-id-of.js';
import { caseOutcomeFactsTable, caseOutcomesTable } from './case-outcomes-tables.js';
import { factRow, liveFacts, type Fact } from './fact.js';
import type { FactType } from './fact-pickers.js';
import { pendingFact } from './pending-fact.js';
import { readmissionColumns, type Stay } from './readmissions.js';
import { assessments } from './sections/assessments.js';
import { carePlanRevisions } from './sections/care-plan-revisions.js';
import { firstContact } from './sections/first-contact.js';
import { goals } from './sections/goals.js';
import { handoffs } from './sections/handoffs.js';
import { primaryAtDischarge } from './sections/primary-at-discharge.js';
import { riskTier } from './sections/risk-tier.js';
import type { Section } from './sections/section.js';
import { stay } from './sections/stay.js';
import { utilization } from './sections/utilization.js';
import { textCell } from '../shared/row-cells.js';

const outcomes = caseOutcomesTable.name;
const sections: readonly Section[] = [
  stay,
  primaryAtDischarge,
  goals,
  assessments,
  carePlanRevisions,
  handoffs,
  firstContact,
  utilization,
  riskTier,
];
/** The entries readmissions rest on: admission and discharge. */
const movesStay: ReadonlySet<FactType> = new Set<FactType>(['CaseOpened', 'PatientDischarged']);
const readmissionColumnNames = [
  'is_readmission_30d',
  'readmission_of_case_id',
  'days_since_prior_discharge',
  'followed_by_readmission_30d',
  'readmission_case_id',
] as const;

function stayOf(row: Row): Stay {
  const text = (column: string) => {
    const value = row[column];
    return typeof value === 'string' ? value : null;
  };
  return {
    caseId: textCell(row, 'case_id'),
    admissionType: text('admission_type'),
    admittedAt: text('admitted_at'),
    dischargedAt: text('discharged_at'),
  };
}

/** This case's readmission columns, and updates for the patient's other cases whose columns moved. */
function readmissions(
  patientId: string,
  own: Row,
  view: ReadModelView,
): { own: Row; others: ReadModelChange[] } {
  const stored = view.find(outcomes, { patient_id: patientId });
  const ownStay = stayOf(own);
  const stays = [...stored.map(stayOf).filter((s) => s.caseId !== ownStay.caseId), ownStay];
  const columns = readmissionColumns(stays);
  const others = stored.flatMap((row): ReadModelChange[] => {
    const caseId = textCell(row, 'case_id');
    const set = columns.get(caseId);
    if (caseId === ownStay.caseId || !set) return [];
    const moved = readmissionColumnNames.some((name) => row[name] !== set[name]);
    return moved ? [{ kind: 'update', table: outcomes, where: { case_id: caseId }, set }] : [];
  });
  return { own: columns.get(ownStay.caseId) ?? {}, others };
}

/** The columns of every section resting on the fact's type (all of them when the case opens). */
function sectionColumns(fact: Fact, opening: boolean, view: ReadModelView): Record<string, Cell> {
  const columns: Record<string, Cell> = {};
  for (const section of sections)
    if (opening || section.types.includes(fact.type))
      Object.assign(columns, section.columns(liveFacts(view, fact.caseId, section.types, fact)));
  return columns;
}

function apply(event: ProjectedEvent, view: ReadModelView): ReadModelChange[] {
  const caseId = caseIdOf(event.streamId);
  const opening = event.type === 'CaseOpened';
  const fact = pendingFact(event, caseId, view);
  const columns: Record<string, Cell> = fact ? sectionColumns(fact, opening, view) : {};
  const changes: ReadModelChange[] = [];
  if (fact) {
    changes.push({ kind: 'upsert', table: caseOutcomeFactsTable.name, row: factRow(fact) });
    if (movesStay.has(fact.type)) {
      const current = view.get(outcomes, { case_id: caseId });
      const patientId = opening ? event.data.patientId : current?.['patient_id'];
      if (typeof patientId === 'string') {
        const own = { ...current, ...columns, case_id: caseId };
        const readmitted = readmissions(patientId, own, view);
        Object.assign(columns, readmitted.own);
        changes.push(...readmitted.others);
      }
    }
  }
  columns['last_position'] = event.position;
  changes.unshift(
    opening
      ? {
          kind: 'upsert',
          table: outcomes,
          row: { case_id: caseId, patient_id: event.data.patientId, ...columns },
        }
      : { kind: 'update', table: outcomes, where: { case_id: caseId }, set: columns },
  );
  return changes;
}

/** Case outcomes: one de-identified row per case with the raw facts quality measures are built on. */
export const caseOutcomes: Projection = {
  name: 'case-outcomes',
  version: 2,
  description:
    'One row per case (ids only, no identities or free text): stay, readmission, goals, assessments, plan revisions, handoffs, first contact, utilization, risk and payer facts.',
  tables: [caseOutcomesTable, caseOutcomeFactsTable],
  // Every case event, so that last_position is the case's latest event.
  handles: new Set(Object.keys(caseEventCatalogue) as CaretrailEvent['type'][]),
  apply,
};
