import { ofType, type Section } from './section.js';

export const carePlanRevisions: Section = {
  types: ['CarePlanRevised'],
  columns(facts) {
    return { care_plan_revisions: ofType(facts, 'CarePlanRevised').length };
  },
};
