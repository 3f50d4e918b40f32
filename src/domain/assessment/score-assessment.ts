import { ValidationError, type FieldIssue } from '../errors.js';
import type { AssessmentItem, Instrument } from '../events/assessment.js';
import { bandOf, instruments } from './instruments.js';

/** A scored assessment as it is recorded: total and band settled. */
export interface ScoredAssessment {
  readonly items: AssessmentItem[];
  readonly total: number;
  readonly band?: string;
}

/** What the command supplied: total and band may be left for derivation. */
export interface AssessmentInput {
  readonly instrument: Instrument;
  readonly items?: readonly AssessmentItem[] | undefined;
  readonly total?: number | undefined;
  readonly band?: string | undefined;
}

const sum = (items: readonly AssessmentItem[]) => items.reduce((acc, item) => acc + item.score, 0);

function itemIssues(input: AssessmentInput, items: readonly AssessmentItem[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.itemId))
      issues.push({ path: ['items', index, 'itemId'], message: 'item answered twice' });
    seen.add(item.itemId);
  });
  if (input.instrument.code === 'custom' || items.length === 0) return issues;
  const definition = instruments[input.instrument.code];
  items.forEach((item, index) => {
    const defined = definition.items.find((candidate) => candidate.itemId === item.itemId);
    if (!defined)
      issues.push({
        path: ['items', index, 'itemId'],
        message: `not an item of ${definition.code}`,
      });
    else if (!defined.allowedScores.includes(item.score))
      issues.push({
        path: ['items', index, 'score'],
        message: `not a valid score for ${definition.code} ${item.itemId}`,
      });
  });
  const missing = definition.items.filter((defined) => !seen.has(defined.itemId));
  if (missing.length > 0)
    issues.push({
      path: ['items'],
      message: `${definition.code} needs all ${definition.items.length} items when items are given`,
    });
  return issues;
}

/**
 * Checks an assessment against its instrument: items valid and complete, the total within range and
 * equal to the items' sum, the band the one the total falls in. Derives total and band when left out.
 */
export function scoreAssessment(input: AssessmentInput): ScoredAssessment {
  const items = [...(input.items ?? [])];
  const range =
    input.instrument.code === 'custom'
      ? { min: input.instrument.min, max: input.instrument.max }
      : instruments[input.instrument.code];
  const issues = itemIssues(input, items);
  if (range.min >= range.max)
    issues.push({ path: ['instrument', 'max'], message: 'max must be above min' });
  const total = input.total ?? (items.length > 0 ? sum(items) : undefined);
  if (total === undefined)
    issues.push({ path: ['total'], message: 'give a total or the item scores' });
  else {
    if (total < range.min || total > range.max)
      issues.push({
        path: ['total'],
        message: `out of the instrument's range ${range.min}–${range.max}`,
      });
    if (items.length > 0 && sum(items) !== total)
      issues.push({ path: ['total'], message: 'not the sum of the item scores' });
  }
  const derivedBand =
    total !== undefined && input.instrument.code !== 'custom'
      ? bandOf(instruments[input.instrument.code], total)
      : undefined;
  if (derivedBand !== undefined && input.band !== undefined && input.band !== derivedBand)
    issues.push({ path: ['band'], message: `the total falls in band ${derivedBand}` });
  if (issues.length > 0 || total === undefined)
    throw new ValidationError('the assessment does not add up', issues);
  const band = derivedBand ?? input.band;
  return band === undefined ? { items, total } : { items, total, band };
}
