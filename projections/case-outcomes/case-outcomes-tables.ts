import type { ColumnSpec, TableSpec } from '../projection.js';

const text = (name: string): ColumnSpec => ({ name, type: 'TEXT' });
const real = (name: string): ColumnSpec => ({ name, type: 'REAL' });
const count = (name: string): ColumnSpec => ({ name, type: 'INTEGER', notNull: true });
const flag = count;

/**
 * One row per case: the raw facts outcome measures are built on, de-identified (ids only, no
 * names, MRNs, birth dates or free text). Instants are UTC ISO strings; entries marked in error
 * never count, and corrections count as corrected.
 */
export const caseOutcomesTable: TableSpec = {
  name: 'case_outcomes',
  columns: [
    // The case's uuid (CaseOpened.caseId; the stream is case-<uuid>).
    { name: 'case_id', type: 'TEXT', notNull: true },
    // The patient's uuid, never their identity.
    { name: 'patient_id', type: 'TEXT', notNull: true },
    // CaseOpened.program, as corrected.
    text('program'),
    // CaseOpened.admissionType: planned, unplanned or emergency.
    text('admission_type'),
    // CaseOpened.admittedAt, as corrected.
    text('admitted_at'),
    // PatientDischarged.dischargedAt, as corrected; null until discharged.
    text('discharged_at'),
    // (discharged_at - admitted_at) in days, fractional; null until discharged.
    real('length_of_stay_days'),
    // PatientDischarged.disposition (FHIR discharge-disposition code), as corrected.
    text('discharge_disposition'),
    // occurredAt of CaseClosed; null while open.
    text('closed_at'),
    // CaseClosed.outcome, as corrected.
    text('case_outcome'),
    // 1 when this is an unplanned or emergency admission within 30 days of an earlier discharge of the same patient.
    flag('is_readmission_30d'),
    // The case whose discharge this one readmits (the latest discharge before admitted_at).
    text('readmission_of_case_id'),
    // Days, fractional, from that earlier discharge to admitted_at.
    real('days_since_prior_discharge'),
    // 1 when a later case of the same patient is a 30-day readmission after this case's discharge.
    flag('followed_by_readmission_30d'),
    // The earliest-admitted case that readmits after this one.
    text('readmission_case_id'),
    // Goals set and not marked in error.
    count('goals_set'),
    // Goals with a target due date.
    count('goals_due'),
    // Goals with an achieved or sustaining progress entry on or before the due date (UTC date; any time without one).
    count('goals_achieved'),
    // Goals whose latest progress entry (by occurredAt) is not-attainable.
    count('goals_not_attainable'),
    // Goals whose lifecycle status is cancelled.
    count('goals_cancelled'),
    // JSON {instrument: {count, first, last}} of totals by occurredAt, standard instruments only (custom ones carry free-text names).
    { name: 'assessment_totals', type: 'TEXT', notNull: true },
    // First PHQ-9 total by occurredAt, null when none.
    real('phq9_first'),
    // Last PHQ-9 total by occurredAt.
    real('phq9_last'),
    // First GAD-7 total by occurredAt.
    real('gad7_first'),
    // Last GAD-7 total by occurredAt.
    real('gad7_last'),
    // First LACE index by occurredAt.
    real('lace_first'),
    // Last LACE index by occurredAt.
    real('lace_last'),
    // First Barthel index by occurredAt.
    real('barthel_first'),
    // Last Barthel index by occurredAt.
    real('barthel_last'),
    // CarePlanRevised entries.
    count('care_plan_revisions'),
    // Handoffs initiated (not marked in error).
    count('handoffs'),
    // Handoffs the receiver accepted.
    count('handoffs_accepted'),
    // Handoffs the receiver declined.
    count('handoffs_declined'),
    // Accepted, with a synthesis, whose I-PASS has every element including a non-empty action list.
    count('handoffs_complete'),
    // Median minutes from HandoffInitiated to HandoffAccepted (occurredAt), null when none accepted.
    real('handoff_acceptance_minutes_median'),
    // Mean of the same, so that measures can pool cases (mean × handoffs_accepted).
    real('handoff_acceptance_minutes_mean'),
    // occurredAt of the first ContactLogged with reached = true.
    text('first_reached_contact_at'),
    // Hours from admitted_at to that contact (negative if it came before admission).
    real('hours_to_first_reached_contact'),
    // UtilizationReviewPerformed entries.
    count('utilization_reviews'),
    // Those of kind continued-stay.
    count('continued_stay_reviews'),
    // PayerDeterminationRecorded entries with decision approved.
    count('payer_approved'),
    // … denied.
    count('payer_denied'),
    // … partial.
    count('payer_partial'),
    // … pending.
    count('payer_pending'),
    // Distinct dates of AvoidableDayRecorded entries.
    count('avoidable_days'),
    // Tier of the latest RiskStratified by occurredAt.
    text('risk_tier'),
    // User id of the primary case manager when PatientDischarged was recorded.
    text('primary_case_manager_at_discharge'),
    // Payer of the first determination by occurredAt.
    text('payer'),
    // Global position of the latest event of this case's stream applied to the row.
    { name: 'last_position', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['case_id'],
  indexes: [
    // A patient's cases, for readmissions.
    { name: 'by_patient', columns: ['patient_id', 'admitted_at'] },
    // Measures select by discharge period.
    { name: 'by_discharge', columns: ['discharged_at'] },
  ],
};

/** The entries outcomes rest on, reduced to the fields they need, so corrections and in-error marks can be re-applied. */
export const caseOutcomeFactsTable: TableSpec = {
  name: 'case_outcomes_facts',
  columns: [
    // The entry's event id: what corrections and in-error marks target.
    { name: 'event_id', type: 'TEXT', notNull: true },
    // The case's uuid.
    { name: 'case_id', type: 'TEXT', notNull: true },
    // The entry's event type.
    { name: 'event_type', type: 'TEXT', notNull: true },
    // Goal or handoff id, so settlements and progress find their entity.
    text('entity_id'),
    // Stream order: transitions are ordered by it.
    { name: 'revision', type: 'INTEGER', notNull: true },
    // UTC occurredAt: measures use valid time, so late entries land where they happened.
    { name: 'occurred_at', type: 'TEXT', notNull: true },
    // 1 once marked in error: it no longer counts, but stays for audit.
    flag('in_error'),
    // Canonical JSON of the fields kept (ids, codes, instants, numbers; never free text).
    { name: 'facts', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['event_id'],
  indexes: [{ name: 'by_case_type', columns: ['case_id', 'event_type', 'revision'] }],
};
