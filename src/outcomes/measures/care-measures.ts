import {
  evidenceOf,
  factsOf,
  hoursBetween,
  numberValue,
  textValue,
  unit,
  type MeasureDefinition,
} from '../measure.js';
import type { OutcomeCase, OutcomeFact } from '../outcome-case.js';

/** The first successful contact at or after an instant. */
function firstReachedFrom(c: OutcomeCase, from: string): OutcomeFact | undefined {
  return factsOf(c, 'ContactLogged').find(
    (contact) => contact.values['reached'] === true && contact.occurredAt >= from,
  );
}

function firstContact(
  id: string,
  title: string,
  targetHours: number,
  start: (c: OutcomeCase) => { at: string; fact: OutcomeFact | undefined } | null,
  excluded: Readonly<Record<string, string>>,
): MeasureDefinition {
  return {
    id,
    version: 1,
    title: `${title} (share within ${targetHours} h)`,
    unit: 'case',
    anchor: id.endsWith('discharge') ? 'discharge time' : 'admission time',
    scale: 100,
    rateUnit: `% within ${targetHours} h`,
    valueUnit: 'hours',
    contributions(c) {
      const started = start(c);
      if (!started) return [];
      const excludedBy = (c.disposition !== null && excluded[c.disposition]) || null;
      const base = evidenceOf(c.caseId, started.fact, excludedBy ? 'exclusion' : 'denominator');
      const contact = excludedBy ? undefined : firstReachedFrom(c, started.at);
      const hours = contact ? hoursBetween(started.at, contact.occurredAt) : null;
      const within = hours !== null && hours <= targetHours;
      return [
        unit({
          caseId: c.caseId,
          unitId: null,
          anchorAt: started.at,
          excludedBy,
          numerator: within ? 1 : 0,
          value: hours,
          evidence: [
            ...base,
            ...evidenceOf(c.caseId, contact, within ? 'numerator' : 'denominator'),
          ],
        }),
      ];
    },
  };
}

export const firstContactAfterOpening = firstContact(
  'first-contact-after-opening',
  'Time to first successful contact after admission',
  48,
  (c) => (c.admittedAt === null ? null : { at: c.admittedAt, fact: factsOf(c, 'CaseOpened')[0] }),
  {},
);

export const firstContactAfterDischarge = firstContact(
  'first-contact-after-discharge',
  'Time to first successful contact after discharge',
  72,
  (c) =>
    c.dischargedAt === null
      ? null
      : { at: c.dischargedAt, fact: factsOf(c, 'PatientDischarged').at(-1) },
  { exp: 'death', hosp: 'transfer', 'other-hcf': 'transfer' },
);

const achieved: ReadonlySet<string | null> = new Set(['achieved', 'sustaining']);

/** Goals due in the period achieved or sustaining by their due date; not-attainable, cancelled and undated goals apart. */
export const goalAttainment: MeasureDefinition = {
  id: 'goal-attainment',
  version: 1,
  title: 'Goal attainment by due date',
  unit: 'goal',
  anchor: 'goal due date (00:00 UTC)',
  scale: 100,
  rateUnit: '%',
  valueUnit: null,
  contributions(c) {
    const progress = factsOf(c, 'GoalProgressRecorded');
    const changes = factsOf(c, 'GoalStatusChanged');
    return factsOf(c, 'GoalSet').map((goal) => {
      const dueDate = textValue(goal, 'dueDate');
      const own = progress.filter((p) => p.entityId === goal.entityId);
      const status = changes.filter((s) => s.entityId === goal.entityId).at(-1);
      const excludedBy =
        dueDate === null
          ? 'no due date'
          : textValue(status, 'to') === 'cancelled'
            ? 'cancelled'
            : textValue(own.at(-1), 'achievementStatus') === 'not-attainable'
              ? 'not attainable'
              : null;
      const met = own.find(
        (p) =>
          achieved.has(textValue(p, 'achievementStatus')) &&
          dueDate !== null &&
          p.occurredAt.slice(0, 10) <= dueDate,
      );
      const exclusionEvidence = excludedBy === 'cancelled' ? status : own.at(-1);
      return unit({
        caseId: c.caseId,
        unitId: goal.entityId ?? goal.eventId,
        anchorAt: dueDate === null ? goal.occurredAt : `${dueDate}T00:00:00.000Z`,
        excludedBy,
        numerator: met && !excludedBy ? 1 : 0,
        evidence: excludedBy
          ? [
              ...evidenceOf(c.caseId, goal, 'exclusion'),
              ...(excludedBy === 'no due date'
                ? []
                : evidenceOf(c.caseId, exclusionEvidence, 'exclusion')),
            ]
          : [
              ...evidenceOf(c.caseId, goal, 'denominator'),
              ...evidenceOf(c.caseId, met, 'numerator'),
            ],
      });
    });
  },
};

/** Higher totals are worse for these instruments; Barthel is the other way round. */
const worseWhenHigher: Readonly<Record<string, boolean>> = {
  'PHQ-9': true,
  'GAD-7': true,
  LACE: true,
  Barthel: false,
};

/** Worsening goal progress, or an assessment total worse than the previous one of its instrument. */
function worsenings(c: OutcomeCase): OutcomeFact[] {
  const previous = new Map<string, number>();
  const found: OutcomeFact[] = [];
  for (const fact of c.facts) {
    if (
      fact.type === 'GoalProgressRecorded' &&
      textValue(fact, 'achievementStatus') === 'worsening'
    )
      found.push(fact);
    if (fact.type !== 'AssessmentRecorded') continue;
    const instrument = textValue(fact, 'instrument');
    const total = numberValue(fact, 'total');
    if (instrument === null || total === null || !(instrument in worseWhenHigher)) continue;
    const before = previous.get(instrument);
    if (before !== undefined && (worseWhenHigher[instrument] ? total > before : total < before))
      found.push(fact);
    previous.set(instrument, total);
  }
  return found;
}

/** Hours from a worsening to the next care-plan revision; the rate is the share revised within 7 days. */
export const revisionLatency: MeasureDefinition = {
  id: 'revision-latency',
  version: 1,
  title: 'Care-plan revision after a worsening (share within 7 days)',
  unit: 'worsening',
  anchor: 'time of the worsening assessment or goal progress',
  scale: 100,
  rateUnit: '% within 7 days',
  valueUnit: 'hours',
  contributions(c) {
    const revisions = factsOf(c, 'CarePlanRevised');
    return worsenings(c).map((worsening) => {
      const revision = revisions.find((r) => r.occurredAt > worsening.occurredAt);
      const hours = revision ? hoursBetween(worsening.occurredAt, revision.occurredAt) : null;
      const within = hours !== null && hours <= 7 * 24;
      return unit({
        caseId: c.caseId,
        unitId: worsening.eventId,
        anchorAt: worsening.occurredAt,
        numerator: within ? 1 : 0,
        value: hours,
        evidence: [
          ...evidenceOf(c.caseId, worsening, 'denominator'),
          ...evidenceOf(c.caseId, revision, within ? 'numerator' : 'denominator'),
        ],
      });
    });
  },
};

/** PHQ-9 response and remission: cases with a baseline of 10 or more and a later PHQ-9. */
function phq9(id: string, title: string, met: (first: number, last: number) => boolean) {
  const definition: MeasureDefinition = {
    id,
    version: 1,
    title,
    unit: 'case',
    anchor: 'time of the last PHQ-9',
    scale: 100,
    rateUnit: '%',
    valueUnit: null,
    contributions(c) {
      const scores = factsOf(c, 'AssessmentRecorded').filter(
        (a) => textValue(a, 'instrument') === 'PHQ-9' && numberValue(a, 'total') !== null,
      );
      const first = scores[0];
      const last = scores.at(-1);
      if (!first || !last) return [];
      const firstTotal = numberValue(first, 'total') ?? 0;
      const lastTotal = numberValue(last, 'total') ?? 0;
      const excludedBy =
        firstTotal < 10 ? 'baseline below 10' : scores.length < 2 ? 'no follow-up PHQ-9' : null;
      const ok = excludedBy === null && met(firstTotal, lastTotal);
      const role = excludedBy ? 'exclusion' : 'denominator';
      return [
        unit({
          caseId: c.caseId,
          unitId: null,
          anchorAt: last.occurredAt,
          excludedBy,
          numerator: ok ? 1 : 0,
          evidence: [
            ...evidenceOf(c.caseId, first, role),
            ...(scores.length > 1 ? evidenceOf(c.caseId, last, ok ? 'numerator' : role) : []),
          ],
        }),
      ];
    },
  };
  return definition;
}

export const phq9Response = phq9(
  'phq9-response',
  'PHQ-9 response (last total at most half the baseline)',
  (first, last) => last <= first / 2,
);
export const phq9Remission = phq9(
  'phq9-remission',
  'PHQ-9 remission (last total below 5)',
  (_, last) => last < 5,
);
