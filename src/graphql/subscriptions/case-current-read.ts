import { integerCell, optionalTextCell } from '../../../projections/shared/row-cells.js';
import type { ProjectionService } from '../../read-models/projection-service.js';

const currentCase = 'current-case';
const caseCurrentTable = 'case_current';

/** What a case update reports of the case from the current-case read model. */
export interface CaseSummary {
  readonly revision: number;
  readonly status: string | null;
  readonly patientId: string | null;
}

/** The ids of a patient's cases in the current-case read model (by its `by_patient` index). */
export function caseIdsOfPatient(projections: ProjectionService, patientId: string): string[] {
  const tables = projections.servingTables(currentCase);
  if (!tables) return [];
  return tables
    .find(caseCurrentTable, { patient_id: patientId })
    .map((row) => optionalTextCell(row, 'case_id'))
    .filter((caseId): caseId is string => caseId !== null);
}

/** A case's revision and status in the current-case read model, or null when it has no row. */
export function caseSummary(projections: ProjectionService, caseId: string): CaseSummary | null {
  const row = projections.servingTables(currentCase)?.get(caseCurrentTable, { case_id: caseId });
  const revision = integerCell(row, 'revision');
  if (revision === null) return null;
  return {
    revision,
    status: optionalTextCell(row, 'status'),
    patientId: optionalTextCell(row, 'patient_id'),
  };
}
