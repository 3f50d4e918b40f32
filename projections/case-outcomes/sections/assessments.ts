import type { Cell } from '../../projection.js';
import { byOccurrence, numberOf, textOf } from '../fact.js';
import { ofType, type Section } from './section.js';

/** Standard instruments in a fixed order, so the JSON is the same text for the same totals. */
const instruments = ['Barthel', 'GAD-7', 'LACE', 'Morse', 'PHQ-9'] as const;

const columnPrefix: Readonly<Partial<Record<(typeof instruments)[number], string>>> = {
  'PHQ-9': 'phq9',
  'GAD-7': 'gad7',
  LACE: 'lace',
  Barthel: 'barthel',
};

/** First and last total per instrument by occurredAt: late entries take their clinical place. */
export const assessments: Section = {
  types: ['AssessmentRecorded'],
  columns(facts) {
    const recorded = byOccurrence(ofType(facts, 'AssessmentRecorded'));
    const summary: Record<string, { count: number; first: number | null; last: number | null }> =
      {};
    const columns: Record<string, Cell> = {};
    for (const instrument of instruments) {
      const totals = recorded
        .filter((f) => textOf(f, 'instrument') === instrument)
        .map((f) => numberOf(f, 'total'));
      const first = totals[0] ?? null;
      const last = totals.at(-1) ?? null;
      if (totals.length) summary[instrument] = { count: totals.length, first, last };
      const prefix = columnPrefix[instrument];
      if (prefix !== undefined) {
        columns[`${prefix}_first`] = first;
        columns[`${prefix}_last`] = last;
      }
    }
    return { assessment_totals: JSON.stringify(summary), ...columns };
  },
};
