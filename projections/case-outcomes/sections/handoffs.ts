import { flagOf, type Fact } from '../fact.js';
import { median } from '../../shared/statistics.js';
import { elapsed, ofType, type Section } from './section.js';

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

/** Handoffs initiated and how they settled; a handoff is settled once, so the first settlement counts. */
export const handoffs: Section = {
  types: ['HandoffInitiated', 'HandoffAccepted', 'HandoffDeclined'],
  columns(facts) {
    const settled = (type: Fact['type']) =>
      new Map(
        ofType(facts, type)
          .reverse()
          .map((f) => [f.entityId, f]),
      );
    const accepted = settled('HandoffAccepted');
    const declined = settled('HandoffDeclined');
    const initiated = ofType(facts, 'HandoffInitiated');
    const minutes: number[] = [];
    let complete = 0;
    let declinedCount = 0;
    for (const handoff of initiated) {
      const acceptance = accepted.get(handoff.entityId);
      if (acceptance) {
        minutes.push(elapsed(handoff.occurredAt, acceptance.occurredAt, 'minute') ?? 0);
        if (flagOf(handoff, 'ipassComplete') && flagOf(acceptance, 'synthesisPresent'))
          complete += 1;
      } else if (declined.has(handoff.entityId)) declinedCount += 1;
    }
    return {
      handoffs: initiated.length,
      handoffs_accepted: minutes.length,
      handoffs_declined: declinedCount,
      handoffs_complete: complete,
      handoff_acceptance_minutes_median: median(minutes),
      handoff_acceptance_minutes_mean: mean(minutes),
    };
  },
};
