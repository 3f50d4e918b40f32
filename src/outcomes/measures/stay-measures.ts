import {
  evidenceOf,
  factsOf,
  textValue,
  unit,
  type Contribution,
  type MeasureDefinition,
} from '../measure.js';
import type { OutcomeCase } from '../outcome-case.js';

/** Deaths and transfers to another facility end the episode elsewhere, so no readmission can follow it here. */
const deathOrTransfer: Readonly<Record<string, string>> = {
  exp: 'death',
  hosp: 'transfer',
  'other-hcf': 'transfer',
};

/** The discharge unit of a discharged case: anchored on the discharge time, as corrected. */
function discharge(
  c: OutcomeCase,
  excluded: Readonly<Record<string, string>>,
  fields: (base: Contribution) => Partial<Contribution> = () => ({}),
): Contribution[] {
  if (c.dischargedAt === null) return [];
  const discharged = factsOf(c, 'PatientDischarged').at(-1);
  const opened = factsOf(c, 'CaseOpened')[0];
  const excludedBy = (c.disposition !== null && excluded[c.disposition]) || null;
  const base = unit({
    caseId: c.caseId,
    unitId: null,
    anchorAt: c.dischargedAt,
    excludedBy,
    evidence: excludedBy
      ? evidenceOf(c.caseId, discharged, 'exclusion')
      : [
          ...evidenceOf(c.caseId, opened, 'denominator'),
          ...evidenceOf(c.caseId, discharged, 'denominator'),
        ],
  });
  return [excludedBy ? base : { ...base, ...fields(base) }];
}

function readmission(version: number, excluded: Readonly<Record<string, string>>) {
  const definition: MeasureDefinition = {
    id: 'readmission-30d',
    version,
    title: '30-day readmission rate',
    unit: 'discharge',
    anchor: 'discharge time of the index case',
    scale: 100,
    rateUnit: '%',
    valueUnit: null,
    contributions: (c, context) =>
      discharge(c, excluded, (base) => {
        const readmitted = c.readmissionCaseId ? context.caseById(c.readmissionCaseId) : undefined;
        if (!readmitted) return {};
        const opened = factsOf(readmitted, 'CaseOpened')[0];
        return {
          numerator: 1,
          evidence: [...base.evidence, ...evidenceOf(readmitted.caseId, opened, 'numerator')],
        };
      }),
  };
  return definition;
}

/** Version 1: deaths and transfers excluded. */
export const readmissionV1 = readmission(1, deathOrTransfer);
/** Version 2: discharges against medical advice are excluded too. */
export const readmissionV2 = readmission(2, {
  ...deathOrTransfer,
  aadvice: 'against medical advice',
});

export const lengthOfStay: MeasureDefinition = {
  id: 'length-of-stay',
  version: 1,
  title: 'Length of stay',
  unit: 'discharge',
  anchor: 'discharge time',
  scale: null,
  rateUnit: null,
  valueUnit: 'days',
  contributions: (c) => discharge(c, {}, () => ({ value: c.lengthOfStayDays })),
};

/** Avoidable days per 100 patient days; the numerator is split by responsible party and reason code. */
export const avoidableDays: MeasureDefinition = {
  id: 'avoidable-days',
  version: 1,
  title: 'Avoidable days per 100 patient days',
  unit: 'discharge',
  anchor: 'discharge time',
  scale: 100,
  rateUnit: 'per 100 patient days',
  valueUnit: null,
  contributions: (c) =>
    discharge(c, {}, (base) => {
      const byDate = new Map<string, (typeof c.facts)[number]>();
      for (const day of factsOf(c, 'AvoidableDayRecorded')) {
        const date = textValue(day, 'date');
        if (date !== null && !byDate.has(date)) byDate.set(date, day);
      }
      const breakdown: Record<string, number> = {};
      const add = (key: string) => (breakdown[key] = (breakdown[key] ?? 0) + 1);
      for (const day of byDate.values()) {
        add(`party:${textValue(day, 'responsibleParty') ?? 'unknown'}`);
        add(`reason:${textValue(day, 'reasonCode') ?? 'uncoded'}`);
      }
      return {
        numerator: byDate.size,
        denominator: c.lengthOfStayDays ?? 0,
        breakdown,
        evidence: [
          ...base.evidence,
          ...[...byDate.values()].flatMap((day) => evidenceOf(c.caseId, day, 'numerator')),
        ],
      };
    }),
};

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The local hour of an instant in a time zone (formats are costly to build, so kept per zone). */
function localHour(instant: string, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    hourFormats.set(timeZone, format);
  }
  const hour = format.formatToParts(new Date(instant)).find((part) => part.type === 'hour');
  return Number(hour?.value);
}

/** Share of discharges before local noon; each unit's value is its length of stay, the balancing measure. */
export const dischargeBeforeNoon: MeasureDefinition = {
  id: 'discharge-before-noon',
  version: 1,
  title: 'Discharge before noon',
  unit: 'discharge',
  anchor: 'discharge time',
  scale: 100,
  rateUnit: '%',
  valueUnit: 'days',
  contributions: (c, context) =>
    discharge(c, { exp: 'death' }, (base) => {
      const beforeNoon = localHour(base.anchorAt, context.timeZone) < 12;
      return {
        numerator: beforeNoon ? 1 : 0,
        value: c.lengthOfStayDays,
        evidence: base.evidence.map((e) =>
          beforeNoon && e.type === 'PatientDischarged' ? { ...e, role: 'numerator' as const } : e,
        ),
      };
    }),
};

/** Care-plan revisions per discharged case. */
export const carePlanRevisions: MeasureDefinition = {
  id: 'care-plan-revisions',
  version: 1,
  title: 'Care-plan revisions per case',
  unit: 'discharge',
  anchor: 'discharge time',
  scale: 1,
  rateUnit: 'revisions per case',
  valueUnit: null,
  contributions: (c) =>
    discharge(c, {}, (base) => {
      const revisions = factsOf(c, 'CarePlanRevised');
      return {
        numerator: revisions.length,
        evidence: [
          ...base.evidence,
          ...revisions.flatMap((r) => evidenceOf(c.caseId, r, 'numerator')),
        ],
      };
    }),
};
