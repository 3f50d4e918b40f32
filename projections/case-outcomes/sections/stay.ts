import { textOf } from '../fact.js';
import { elapsed, ofType, type Section } from './section.js';

/** Admission, discharge and closure, as corrected. */
export const stay: Section = {
  types: ['CaseOpened', 'PatientDischarged', 'CaseClosed'],
  columns(facts) {
    const opened = ofType(facts, 'CaseOpened')[0];
    const discharged = ofType(facts, 'PatientDischarged')[0];
    const closed = ofType(facts, 'CaseClosed')[0];
    const admittedAt = textOf(opened, 'admittedAt');
    const dischargedAt = textOf(discharged, 'dischargedAt');
    return {
      program: textOf(opened, 'program'),
      admission_type: textOf(opened, 'admissionType'),
      admitted_at: admittedAt,
      discharged_at: dischargedAt,
      length_of_stay_days: elapsed(admittedAt, dischargedAt, 'day'),
      discharge_disposition: textOf(discharged, 'disposition'),
      closed_at: closed ? closed.occurredAt : null,
      case_outcome: textOf(closed, 'outcome'),
    };
  },
};
