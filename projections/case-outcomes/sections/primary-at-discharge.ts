import { flagOf, textOf } from '../fact.js';
import { ofType, type Section } from './section.js';

/** The primary changes only by an accepted handoff of the role, in stream order, so replay those before the discharge. */
export const primaryAtDischarge: Section = {
  types: ['CaseOpened', 'HandoffInitiated', 'HandoffAccepted', 'PatientDischarged'],
  columns(facts) {
    const discharged = ofType(facts, 'PatientDischarged')[0];
    if (!discharged) return { primary_case_manager_at_discharge: null };
    const initiated = new Map(ofType(facts, 'HandoffInitiated').map((f) => [f.entityId, f]));
    let primary = textOf(ofType(facts, 'CaseOpened')[0], 'primaryCaseManagerId');
    for (const accepted of ofType(facts, 'HandoffAccepted')) {
      const handoff = initiated.get(accepted.entityId);
      if (accepted.revision < discharged.revision && flagOf(handoff, 'transfersPrimary'))
        primary = textOf(handoff, 'toUserId');
    }
    return { primary_case_manager_at_discharge: primary };
  },
};
