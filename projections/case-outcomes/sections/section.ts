import type { Row } from '../../projection.js';
import type { Fact } from '../fact.js';
import type { FactType } from '../fact-pickers.js';

/** A group of outcome columns, recomputed from the case's live facts of its types whenever one of them changes. */
export interface Section {
  readonly types: readonly FactType[];
  columns(facts: readonly Fact[]): Row;
}

export function ofType(facts: readonly Fact[], type: FactType): Fact[] {
  return facts.filter((fact) => fact.type === type);
}

const millisPer = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** The time from one UTC instant to another, in fractional units; null when either is missing. */
export function elapsed(
  from: string | null,
  to: string | null,
  unit: keyof typeof millisPer,
): number | null {
  if (from === null || to === null) return null;
  return (Date.parse(to) - Date.parse(from)) / millisPer[unit];
}
