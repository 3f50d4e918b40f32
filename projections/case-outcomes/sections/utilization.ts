import { byOccurrence, textOf } from '../fact.js';
import { ofType, type Section } from './section.js';

/** Reviews, payer determinations and avoidable days. */
export const utilization: Section = {
  types: ['UtilizationReviewPerformed', 'PayerDeterminationRecorded', 'AvoidableDayRecorded'],
  columns(facts) {
    const reviews = ofType(facts, 'UtilizationReviewPerformed');
    const determinations = byOccurrence(ofType(facts, 'PayerDeterminationRecorded'));
    const decided = (decision: string) =>
      determinations.filter((f) => textOf(f, 'decision') === decision).length;
    const avoidableDates = new Set(
      ofType(facts, 'AvoidableDayRecorded').map((f) => textOf(f, 'date')),
    );
    return {
      utilization_reviews: reviews.length,
      continued_stay_reviews: reviews.filter((f) => textOf(f, 'kind') === 'continued-stay').length,
      payer_approved: decided('approved'),
      payer_denied: decided('denied'),
      payer_partial: decided('partial'),
      payer_pending: decided('pending'),
      avoidable_days: avoidableDates.size,
      payer: textOf(determinations[0], 'payer'),
    };
  },
};
