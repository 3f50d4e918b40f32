import type { Row } from '../../projections/projection.js';
import { textCell } from '../../projections/shared/row-cells.js';

/** A kept entry of a case, as corrected (entries marked in error are left out when loading). */
export interface OutcomeFact {
  readonly eventId: string;
  readonly type: string;
  readonly entityId: string | null;
  readonly revision: number;
  readonly occurredAt: string;
  readonly values: Readonly<Record<string, string | number | boolean | null>>;
}

/** One case as measures see it: the `case_outcomes` row and its live `case_outcomes_facts`. */
export interface OutcomeCase {
  readonly caseId: string;
  readonly patientId: string;
  readonly program: string | null;
  readonly admissionType: string | null;
  readonly admittedAt: string | null;
  readonly dischargedAt: string | null;
  readonly lengthOfStayDays: number | null;
  readonly disposition: string | null;
  readonly closedAt: string | null;
  readonly riskTier: string | null;
  readonly payer: string | null;
  /** The primary case manager at discharge, else the one the case opened with. */
  readonly primaryCaseManager: string | null;
  /** The earliest later case of the patient that is an unplanned 30-day readmission after this discharge. */
  readonly readmissionCaseId: string | null;
  /** The facts in valid-time order (occurredAt, then stream order). */
  readonly facts: readonly OutcomeFact[];
}

type RowLike = Row;

const text = (row: RowLike, column: string): string | null => {
  const value = row[column];
  return typeof value === 'string' ? value : null;
};
const number = (row: RowLike, column: string): number | null => {
  const value = row[column];
  return typeof value === 'number' ? value : null;
};

/** A fact row of `case_outcomes_facts`, or null when marked in error. */
export function outcomeFactOf(row: RowLike): OutcomeFact | null {
  if (row['in_error'] === 1) return null;
  return {
    eventId: textCell(row, 'event_id'),
    type: textCell(row, 'event_type'),
    entityId: text(row, 'entity_id'),
    revision: Number(row['revision']),
    occurredAt: textCell(row, 'occurred_at'),
    values: JSON.parse(textCell(row, 'facts')) as OutcomeFact['values'],
  };
}

const byOccurrence = (a: OutcomeFact, b: OutcomeFact) =>
  a.occurredAt === b.occurredAt ? a.revision - b.revision : a.occurredAt < b.occurredAt ? -1 : 1;

/** Builds a case from its outcome row and its fact rows (any order, in-error ones included). */
export function outcomeCaseOf(row: RowLike, factRows: readonly RowLike[]): OutcomeCase {
  const facts = factRows
    .map(outcomeFactOf)
    .filter((fact): fact is OutcomeFact => fact !== null)
    .sort(byOccurrence);
  const opened = facts.find((fact) => fact.type === 'CaseOpened');
  const openingManager = opened?.values['primaryCaseManagerId'];
  return {
    caseId: textCell(row, 'case_id'),
    patientId: textCell(row, 'patient_id'),
    program: text(row, 'program'),
    admissionType: text(row, 'admission_type'),
    admittedAt: text(row, 'admitted_at'),
    dischargedAt: text(row, 'discharged_at'),
    lengthOfStayDays: number(row, 'length_of_stay_days'),
    disposition: text(row, 'discharge_disposition'),
    closedAt: text(row, 'closed_at'),
    riskTier: text(row, 'risk_tier'),
    payer: text(row, 'payer'),
    primaryCaseManager:
      text(row, 'primary_case_manager_at_discharge') ??
      (typeof openingManager === 'string' ? openingManager : null),
    readmissionCaseId: text(row, 'readmission_case_id'),
    facts,
  };
}
