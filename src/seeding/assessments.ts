import { instruments } from '../domain/assessment/instruments.js';
import type { Random } from './random.js';

/** One answered item as RecordAssessment takes it. */
export interface ItemScore {
  readonly itemId: string;
  readonly score: number;
}

/** Spreads a Likert total (PHQ-9, GAD-7) over its 0–3 items, so that the items sum to the total. */
export function likertItems(random: Random, code: 'PHQ-9' | 'GAD-7', total: number): ItemScore[] {
  const items = instruments[code].items.map((item) => ({ itemId: item.itemId, score: 0 }));
  const target = Math.max(0, Math.min(items.length * 3, Math.round(total)));
  for (let added = 0; added < target;) {
    const item = random.pick(items);
    if (item.score < 3) {
      item.score += 1;
      added += 1;
    }
  }
  return items;
}

/** LACE points for the length of stay in days (van Walraven 2010). */
export function laceLengthPoints(days: number): number {
  if (days < 1) return 0;
  if (days <= 3) return days;
  if (days <= 6) return 4;
  if (days <= 13) return 5;
  return 7;
}

/** The four LACE items: length of stay, acuity of admission, Charlson comorbidity points, ED visits in 6 months. */
export function laceItems(
  lengthOfStayDays: number,
  acute: boolean,
  comorbidityPoints: 0 | 1 | 2 | 3 | 5,
  edVisits: number,
): ItemScore[] {
  return [
    { itemId: 'length-of-stay', score: laceLengthPoints(lengthOfStayDays) },
    { itemId: 'acuity', score: acute ? 3 : 0 },
    { itemId: 'comorbidity', score: comorbidityPoints },
    { itemId: 'ed-visits', score: Math.min(4, Math.max(0, edVisits)) },
  ];
}

/** Morse Fall Scale from what the nurse observes; `mobility` is 0 (bed-bound) to 1 (independent). */
export function morseItems(
  random: Random,
  observed: {
    readonly fellBefore: boolean;
    readonly secondaryDiagnosis: boolean;
    readonly onIv: boolean;
    readonly confused: boolean;
    readonly mobility: number;
  },
): ItemScore[] {
  const { mobility } = observed;
  return [
    { itemId: 'history-of-falling', score: observed.fellBefore ? 25 : 0 },
    { itemId: 'secondary-diagnosis', score: observed.secondaryDiagnosis ? 15 : 0 },
    {
      itemId: 'ambulatory-aid',
      score: mobility < 0.35 ? 30 : mobility < 0.8 ? 15 : random.chance(0.2) ? 15 : 0,
    },
    { itemId: 'iv-or-heparin-lock', score: observed.onIv ? 20 : 0 },
    { itemId: 'gait', score: mobility < 0.4 ? 20 : mobility < 0.85 ? 10 : 0 },
    { itemId: 'mental-status', score: observed.confused ? 15 : 0 },
  ];
}

/** Barthel Index items for a functional level from 0 (fully dependent) to 1 (independent), with item-level noise. */
export function barthelItems(random: Random, level: number): ItemScore[] {
  return instruments.Barthel.items.map((item) => {
    const scores = item.allowedScores;
    const wobble = random.normal(0, 0.12);
    const position = Math.round(Math.min(1, Math.max(0, level + wobble)) * (scores.length - 1));
    return { itemId: item.itemId, score: scores[position]! };
  });
}

export const sumOf = (items: readonly ItemScore[]): number =>
  items.reduce((total, item) => total + item.score, 0);
