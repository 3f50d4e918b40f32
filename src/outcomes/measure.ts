import type { OutcomeCase, OutcomeFact } from './outcome-case.js';

/** Why an event is behind a figure: it put its unit in the denominator, the numerator, or excluded it. */
export type EvidenceRole = 'denominator' | 'numerator' | 'exclusion';

/** One event behind a unit of a measure (the case is given, as a readmission rests on another case). */
export interface Evidence {
  readonly caseId: string;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly role: EvidenceRole;
}

/**
 * What one unit (a discharge, a goal, a handoff, a review…) adds to a measure. An excluded unit
 * adds nothing but is counted apart by its reason.
 */
export interface Contribution {
  readonly caseId: string;
  /** The goal, handoff, review or event this unit is; null when the unit is the case (or its discharge). */
  readonly unitId: string | null;
  /** The time anchor, a UTC instant: periods and months select on it. */
  readonly anchorAt: string;
  readonly excludedBy: string | null;
  readonly numerator: number;
  readonly denominator: number;
  /** The unit's value for distribution measures (length of stay, hours to contact…), null when none. */
  readonly value: number | null;
  /** Parts of the numerator by key (e.g. avoidable days by responsible party). */
  readonly breakdown: Readonly<Record<string, number>>;
  readonly evidence: readonly Evidence[];
}

/** What a measure may look up beyond its own case. */
export interface MeasureContext {
  readonly caseById: (caseId: string) => OutcomeCase | undefined;
  /** IANA time zone for local clock times (discharge before noon). */
  readonly timeZone: string;
}

/** A measure definition: an id and a version (a changed definition is a new version), pure. */
export interface MeasureDefinition {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  /** What one unit is: "discharge", "goal", "handoff"… */
  readonly unit: string;
  /** What the time anchor is, in words. */
  readonly anchor: string;
  /** Rate = numerator ÷ denominator × scale; null for measures that are only a distribution. */
  readonly scale: number | null;
  readonly rateUnit: string | null;
  /** The unit of `value`, null when the measure has no distribution. */
  readonly valueUnit: string | null;
  contributions(outcomeCase: OutcomeCase, context: MeasureContext): Contribution[];
}

export function evidenceOf(
  caseId: string,
  fact: OutcomeFact | undefined,
  role: EvidenceRole,
): Evidence[] {
  return fact
    ? [{ caseId, eventId: fact.eventId, type: fact.type, occurredAt: fact.occurredAt, role }]
    : [];
}

export function factsOf(outcomeCase: OutcomeCase, type: string): OutcomeFact[] {
  return outcomeCase.facts.filter((fact) => fact.type === type);
}

export function textValue(fact: OutcomeFact | undefined, key: string): string | null {
  const value = fact?.values[key];
  return typeof value === 'string' ? value : null;
}

export function numberValue(fact: OutcomeFact | undefined, key: string): number | null {
  const value = fact?.values[key];
  return typeof value === 'number' ? value : null;
}

export const hoursBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / 3_600_000;

/** A unit with defaults: counted once in the denominator, not in the numerator, no value. */
export function unit(
  fields: Pick<Contribution, 'caseId' | 'unitId' | 'anchorAt' | 'evidence'> & Partial<Contribution>,
): Contribution {
  return {
    excludedBy: null,
    numerator: 0,
    denominator: 1,
    value: null,
    breakdown: {},
    ...fields,
  };
}
