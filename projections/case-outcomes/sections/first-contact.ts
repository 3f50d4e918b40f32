import { byOccurrence, flagOf, textOf } from '../fact.js';
import { elapsed, ofType, type Section } from './section.js';

/** The first contact that reached someone, in valid time, measured from admission. */
export const firstContact: Section = {
  types: ['CaseOpened', 'ContactLogged'],
  columns(facts) {
    const admittedAt = textOf(ofType(facts, 'CaseOpened')[0], 'admittedAt');
    const first = byOccurrence(ofType(facts, 'ContactLogged')).find((f) => flagOf(f, 'reached'));
    const reachedAt = first ? first.occurredAt : null;
    return {
      first_reached_contact_at: reachedAt,
      hours_to_first_reached_contact: elapsed(admittedAt, reachedAt, 'hour'),
    };
  },
};
