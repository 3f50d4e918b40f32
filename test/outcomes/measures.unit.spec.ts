import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ProjectedEvent } from '../../projections/projection.js';
import { ValidationError } from '../../src/domain/errors.js';
import type { Figure, MeasureReport } from '../../src/outcomes/compute-measures.js';
import { EventLog, measured, syntheticCase } from './outcome-cohort.js';

// All data is synthetic. Every expected figure is worked out by hand in the comments beside it.

const march = { from: '2025-03-01', to: '2025-04-01' };

function figure(
  report: MeasureReport,
  id: string,
  version = 1,
  group: string | null = null,
): Figure {
  const found = report.figures.find(
    (f) => f.measureId === id && f.version === version && f.group === group,
  );
  if (!found) throw new Error(`no figure for ${id} v${version} ${group ?? ''}`);
  return found;
}

/** The case ids of the counted units that are in the numerator, sorted. */
const numeratorCases = (f: Figure) =>
  f.contributions
    .filter((c) => c.excludedBy === null && c.numerator > 0)
    .map((c) => c.caseId)
    .sort();

describe('the 30-day readmission rate', () => {
  const log = new EventLog();
  const a = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
  const b = syntheticCase(log, { patientId: a.patientId, admittedAt: '2025-04-10T08:00:00.000Z' });
  const c = syntheticCase(log, { admittedAt: '2025-03-02T08:00:00.000Z' });
  const d = syntheticCase(log, {
    patientId: c.patientId,
    admittedAt: '2025-03-20T08:00:00.000Z',
    admissionType: 'planned',
  });
  const e = syntheticCase(log, { admittedAt: '2025-03-03T08:00:00.000Z' });
  const f = syntheticCase(log, { admittedAt: '2025-03-05T08:00:00.000Z' });
  const g = syntheticCase(log, { patientId: f.patientId, admittedAt: '2025-03-20T09:00:00.000Z' });
  const h = syntheticCase(log, { admittedAt: '2025-03-06T08:00:00.000Z' });
  const i = syntheticCase(log, { admittedAt: '2025-03-04T08:00:00.000Z' });
  const j = syntheticCase(log, { admittedAt: '2025-03-05T08:00:00.000Z' });
  const iDischarge = i.discharged('2025-03-14T10:00:00.000Z', 'home');
  const events: ProjectedEvent[] = [
    a.opened(),
    c.opened(),
    e.opened(),
    i.opened(),
    f.opened(),
    j.opened(),
    h.opened(),
    c.discharged('2025-03-10T10:00:00.000Z'),
    e.discharged('2025-03-12T10:00:00.000Z', 'exp'),
    iDischarge,
    f.discharged('2025-03-15T10:00:00.000Z', 'aadvice'),
    d.opened(),
    g.opened(),
    a.discharged('2025-03-25T10:00:00.000Z'),
    d.discharged('2025-03-25T12:00:00.000Z'),
    i.corrected(iDischarge, { disposition: 'hosp' }),
    b.opened(),
    // Entered on 3 April for a discharge at 23:00 UTC on 31 March: it counts in March.
    j.discharged('2025-03-31T23:00:00.000Z', 'home', {
      occurredAt: '2025-03-31T23:00:00.000Z',
      recordedAt: '2025-04-03T09:00:00.000Z',
    }),
  ];

  it('counts a readmission in the month of the index discharge, and excludes deaths, transfers (as corrected) and open cases (v1)', () => {
    const report = measured(events, { period: march, measures: [{ id: 'readmission-30d' }] });
    const v1 = figure(report, 'readmission-30d', 1);

    // Denominator: a, c, d (planned, but an index discharge all the same), f, j (late-entered) = 5.
    // Numerator: a (readmitted by b on 10 April, 16 days later), f (by g, 5 days later) = 2.
    // c's planned readmission d does not count; e died; i's disposition was corrected to a transfer; h is open.
    expect({ units: v1.units, numerator: v1.numerator, denominator: v1.denominator }).toEqual({
      units: 5,
      numerator: 2,
      denominator: 5,
    });
    expect(v1.rate).toBe(40);
    expect(v1.excluded).toEqual([
      { reason: 'death', count: 1 },
      { reason: 'transfer', count: 1 },
    ]);
    expect(numeratorCases(v1)).toEqual([a.caseId, f.caseId].sort());
    expect(v1.smallCell).toBe(true);
  });

  it('also excludes discharges against medical advice in v2, over the same history', () => {
    const report = measured(events, { period: march, measures: [{ id: 'readmission-30d' }] });
    const v2 = figure(report, 'readmission-30d', 2);

    // f left against medical advice: out of v2. Denominator a, c, d, j = 4; numerator a = 1.
    expect([v2.numerator, v2.denominator, v2.rate]).toEqual([1, 4, 25]);
    expect(v2.excluded.map((x) => x.reason)).toEqual([
      'against medical advice',
      'death',
      'transfer',
    ]);
  });

  it('groups by the month of the index discharge, not of the readmission', () => {
    const report = measured(events, {
      period: { from: '2025-03-01', to: '2025-05-01' },
      measures: [{ id: 'readmission-30d', version: 1 }],
      groupBy: 'month',
    });

    expect(report.figures.map((x) => [x.group, x.numerator, x.denominator])).toEqual([
      ['2025-03', 2, 5],
    ]);
  });

  it('drills down from the figure to the events that put a case in the numerator, across cases', () => {
    const report = measured(events, {
      period: march,
      measures: [{ id: 'readmission-30d', version: 1 }],
    });
    const unit = figure(report, 'readmission-30d').contributions.find((x) => x.caseId === a.caseId);

    expect(unit?.evidence.map((x) => [x.caseId, x.type, x.role])).toEqual([
      [a.caseId, 'CaseOpened', 'denominator'],
      [a.caseId, 'PatientDischarged', 'denominator'],
      [b.caseId, 'CaseOpened', 'numerator'],
    ]);
    const bOpened = events.find((x) => x.streamId === `case-${b.caseId}`);
    expect(unit?.evidence[2]?.eventId).toBe(bOpened?.id);
  });
});

describe('length of stay and discharge before noon', () => {
  const log = new EventLog();
  const k = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
  const l = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
  const m = syntheticCase(log, { admittedAt: '2025-03-02T00:00:00.000Z' });
  const n = syntheticCase(log, { admittedAt: '2025-03-02T00:00:00.000Z' });
  const events = [
    k.opened(),
    l.opened(),
    m.opened(),
    n.opened(),
    k.discharged('2025-03-03T08:00:00.000Z'),
    l.discharged('2025-03-05T14:00:00.000Z'),
    m.discharged('2025-03-12T00:00:00.000Z'),
    n.discharged('2025-03-03T00:00:00.000Z', 'exp'),
    k.avoidable('2025-03-02', 'payer', 'awaiting-authorization'),
    k.avoidable('2025-03-02', 'payer', 'awaiting-authorization'),
    l.avoidable('2025-03-04', 'physician'),
  ];

  it('gives the median, mean and nearest-rank p90 of the stays of every discharge, deaths included', () => {
    const los = figure(measured(events, { period: march }), 'length-of-stay');

    // Stays 2, 4.25, 10 and 1 days: sorted 1, 2, 4.25, 10.
    expect(los.distribution).toEqual({ n: 4, median: (2 + 4.25) / 2, mean: 17.25 / 4, p90: 10 });
    expect(los.rate).toBeNull();
  });

  it('counts discharges before local noon, deaths excluded, with the length of stay beside it', () => {
    const utc = figure(measured(events, { period: march }), 'discharge-before-noon');
    // k at 08:00 and m at 00:00 UTC are before noon; l at 14:00 is not; n died.
    expect([utc.numerator, utc.denominator]).toEqual([2, 3]);
    expect(numeratorCases(utc)).toEqual([k.caseId, m.caseId].sort());
    expect(utc.distribution?.median).toBe(4.25);

    const newYork = figure(
      measured(events, { period: march, timeZone: 'America/New_York' }),
      'discharge-before-noon',
    );
    // In New York: k at 03:00, l at 09:00 (before noon), m at 20:00 the evening before (after).
    expect(numeratorCases(newYork)).toEqual([k.caseId, l.caseId].sort());
  });

  it('counts avoidable days once per date per 100 patient days, split by party and reason code', () => {
    const days = figure(measured(events, { period: march }), 'avoidable-days');

    // 2 avoidable dates (k's 2 March recorded twice counts once) over 2 + 4.25 + 10 + 1 = 17.25 patient days.
    expect(days.numerator).toBe(2);
    expect(days.denominator).toBeCloseTo(17.25, 10);
    expect(days.rate).toBeCloseTo((2 / 17.25) * 100, 10);
    expect(days.breakdown).toEqual([
      { key: 'party:payer', count: 1 },
      { key: 'party:physician', count: 1 },
      { key: 'reason:awaiting-authorization', count: 1 },
      { key: 'reason:uncoded', count: 1 },
    ]);
  });
});

describe('time to first successful contact', () => {
  const log = new EventLog();
  const one = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
  const two = syntheticCase(log, { admittedAt: '2025-03-03T00:00:00.000Z' });
  const open = syntheticCase(log, { admittedAt: '2025-03-04T00:00:00.000Z' });
  const events = [
    one.opened(),
    two.opened(),
    open.opened(),
    one.contact('2025-03-01T10:00:00.000Z', false),
    one.contact('2025-03-02T08:00:00.000Z'),
    // Before the admission: does not count as a contact after opening.
    two.contact('2025-03-02T12:00:00.000Z'),
    two.contact('2025-03-06T00:00:00.000Z'),
    one.discharged('2025-03-05T00:00:00.000Z'),
    one.contact('2025-03-06T00:00:00.000Z'),
    two.discharged('2025-03-08T00:00:00.000Z', 'exp'),
  ];

  it('after admission: hours to the first reached contact, and the share within 48 h of every case', () => {
    const opening = figure(measured(events, { period: march }), 'first-contact-after-opening');

    // one: 24 h (the unreached call does not count); two: 72 h; the open case: no contact yet.
    expect([opening.numerator, opening.denominator]).toEqual([1, 3]);
    expect(opening.distribution).toEqual({ n: 2, median: 48, mean: 48, p90: 72 });
  });

  it('after discharge: deaths excluded, open cases not yet counted', () => {
    const discharge = figure(measured(events, { period: march }), 'first-contact-after-discharge');

    expect([discharge.numerator, discharge.denominator, discharge.distribution?.median]).toEqual([
      1, 1, 24,
    ]);
    expect(discharge.excluded).toEqual([{ reason: 'death', count: 1 }]);
  });
});

describe('goal attainment', () => {
  it('counts goals due in the period achieved by their due date; undated, not-attainable and cancelled apart', () => {
    const log = new EventLog();
    const c = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
    const [g1, g2, g3, g4, g5, g6, g7] = Array.from({ length: 7 }, () => randomUUID()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const set = '2025-03-01T09:00:00.000Z';
    const events = [
      c.opened(),
      c.goal(g1, '2025-03-10', set),
      c.goal(g2, '2025-03-10', set),
      c.goal(g3, null, set),
      c.goal(g4, '2025-03-20', set),
      c.goal(g5, '2025-03-20', set),
      c.goal(g6, '2025-04-15', set),
      c.goal(g7, '2025-03-25', set),
      c.progress(g1, 'achieved', '2025-03-09T10:00:00.000Z'),
      c.progress(g2, 'achieved', '2025-03-12T10:00:00.000Z'),
      c.progress(g3, 'achieved', '2025-03-05T10:00:00.000Z'),
      c.progress(g4, 'not-attainable', '2025-03-15T10:00:00.000Z'),
      c.record('GoalStatusChanged', { goalId: g5, from: 'active', to: 'cancelled' }),
      c.progress(g6, 'achieved', '2025-03-20T10:00:00.000Z'),
      c.progress(g7, 'sustaining', '2025-03-25T23:00:00.000Z'),
    ];

    const goals = figure(measured(events, { period: march }), 'goal-attainment');

    // Due in March and counted: g1 (met), g2 (late), g7 (met on its due date) → 2 of 3.
    // g6 is due in April; the case is still open, which does not matter for goals.
    expect([goals.numerator, goals.denominator]).toEqual([2, 3]);
    expect(goals.excluded).toEqual([
      { reason: 'cancelled', count: 1 },
      { reason: 'no due date', count: 1 },
      { reason: 'not attainable', count: 1 },
    ]);
    expect(
      goals.contributions
        .filter((x) => x.numerator === 1)
        .map((x) => x.unitId)
        .sort(),
    ).toEqual([g1, g7].sort());
  });
});

describe('care-plan revisions and revision latency', () => {
  it('measures hours from a worsening assessment or goal to the next revision, and revisions per case', () => {
    const log = new EventLog();
    const c = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
    const quiet = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
    const events = [
      c.opened(),
      quiet.opened(),
      c.assessed('PHQ-9', 12, '2025-03-02T00:00:00.000Z'),
      c.assessed('Barthel', 80, '2025-03-02T00:00:00.000Z'),
      c.assessed('PHQ-9', 15, '2025-03-05T00:00:00.000Z'),
      c.revised('2025-03-06T12:00:00.000Z'),
      c.progress(randomUUID(), 'worsening', '2025-03-10T00:00:00.000Z'),
      c.assessed('PHQ-9', 10, '2025-03-12T00:00:00.000Z'),
      c.assessed('Barthel', 85, '2025-03-13T00:00:00.000Z'),
      c.assessed('Barthel', 70, '2025-03-15T00:00:00.000Z'),
      c.revised('2025-03-20T00:00:00.000Z'),
      c.discharged('2025-03-21T00:00:00.000Z'),
      quiet.discharged('2025-03-21T00:00:00.000Z'),
    ];
    const report = measured(events, { period: march });

    // Worsenings: PHQ-9 12→15 (36 h to the revision of 6 March), goal worsening on 10 March
    // (240 h to 20 March), Barthel 85→70 (120 h). PHQ-9 15→10 and Barthel 80→85 are improvements.
    const latency = figure(report, 'revision-latency');
    expect([latency.numerator, latency.denominator]).toEqual([2, 3]);
    expect(latency.distribution).toEqual({ n: 3, median: 120, mean: 132, p90: 240 });

    // 2 revisions over 2 discharged cases.
    expect(figure(report, 'care-plan-revisions').rate).toBe(1);
  });
});

describe('handoffs', () => {
  it('counts complete handoffs (every I-PASS element and an accepted synthesis) and the time to acceptance', () => {
    const log = new EventLog();
    const c = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
    const [h1, h2, h3] = [randomUUID(), randomUUID(), randomUUID()];
    const events = [
      c.opened(),
      c.handoff(h1, 1, '2025-03-02T10:00:00.000Z'),
      c.accepted(h1, 'Synthetic synthesis', '2025-03-02T10:30:00.000Z'),
      // No action list: the I-PASS is incomplete.
      c.handoff(h2, 0, '2025-03-03T10:00:00.000Z'),
      c.accepted(h2, 'Synthetic synthesis', '2025-03-03T11:30:00.000Z'),
      // Never accepted.
      c.handoff(h3, 2, '2025-03-04T10:00:00.000Z'),
    ];
    const report = measured(events, { period: march });

    const complete = figure(report, 'handoff-completeness');
    expect([complete.numerator, complete.denominator]).toEqual([1, 3]);
    expect(complete.contributions.find((x) => x.numerator === 1)?.unitId).toBe(h1);
    expect(figure(report, 'handoff-acceptance-time').distribution).toEqual({
      n: 2,
      median: 60,
      mean: 60,
      p90: 90,
    });
  });
});

describe('utilization review', () => {
  const log = new EventLog();
  const c = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z' });
  const [r1, r2] = [randomUUID(), randomUUID()];
  const events = [
    c.opened(),
    c.review('admission', '2025-03-02T00:00:00.000Z', '2025-03-05', r1),
    c.determination('synthetic-payer-a', 'denied', '2025-03-03T00:00:00.000Z', r1),
    c.review('continued-stay', '2025-03-05T10:00:00.000Z', '2025-03-08', r2),
    c.determination('synthetic-payer-a', 'approved', '2025-03-06T22:00:00.000Z', r2),
    c.determination('synthetic-payer-b', 'denied', '2025-03-07T00:00:00.000Z'),
    c.determination('synthetic-payer-a', 'approved', '2025-03-08T00:00:00.000Z'),
    c.review('continued-stay', '2025-03-09T10:00:00.000Z'),
    c.determination('synthetic-payer-b', 'pending', '2025-03-10T00:00:00.000Z'),
    c.review('continued-stay', '2025-03-12T10:00:00.000Z'),
  ];
  const report = measured(events, { period: march });

  it('counts continued-stay reviews done by the due date the previous review set', () => {
    const timely = figure(report, 'review-timeliness');
    // 5 March ≤ 5 March: on time; 9 March > 8 March: late; 12 March: the previous review set no due date.
    expect([timely.numerator, timely.denominator]).toEqual([1, 2]);
    expect(timely.excluded).toEqual([{ reason: 'no due date set', count: 1 }]);
  });

  it('gives the denial rate of decided determinations and the share of denials the same payer overturned', () => {
    const denials = figure(report, 'payer-denial-rate');
    // Decided: denied, approved, denied, approved → 2 of 4; the pending one apart.
    expect([denials.numerator, denials.denominator]).toEqual([2, 4]);
    expect(denials.excluded).toEqual([{ reason: 'pending', count: 1 }]);

    const overturns = figure(report, 'payer-overturn-rate');
    // payer a's denial was approved later by payer a; payer b's was not (a's approval is another payer's).
    expect([overturns.numerator, overturns.denominator]).toEqual([1, 2]);
  });

  it('gives the hours from a review to the decision naming it', () => {
    const turnaround = figure(report, 'decision-turnaround');
    // r1 → 24 h, r2 → 36 h; two decisions name no review.
    expect(turnaround.distribution).toEqual({ n: 2, median: 30, mean: 30, p90: 36 });
    expect(turnaround.excluded).toEqual([{ reason: 'no review named', count: 2 }]);
  });
});

describe('PHQ-9 response and remission', () => {
  it('counts cases with a baseline of 10 or more by their first and last totals by when they were taken', () => {
    const log = new EventLog();
    const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    const cases = Array.from({ length: 5 }, () =>
      syntheticCase(log, { admittedAt: '2025-02-20T08:00:00.000Z' }),
    );
    const [a, b, c, d, e] = cases as [
      (typeof cases)[0],
      (typeof cases)[0],
      (typeof cases)[0],
      (typeof cases)[0],
      (typeof cases)[0],
    ];
    const events = [
      ...cases.map((x) => x.opened()),
      a.assessed('PHQ-9', 20, at(2)),
      a.assessed('PHQ-9', 8, at(20)),
      b.assessed('PHQ-9', 12, at(2)),
      b.assessed('PHQ-9', 4, at(20)),
      c.assessed('PHQ-9', 14, at(5)),
      c.assessed('PHQ-9', 10, at(20)),
      // Entered late: taken before the 14, so it is c's baseline.
      c.assessed('PHQ-9', 16, at(1)),
      d.assessed('PHQ-9', 8, at(2)),
      d.assessed('PHQ-9', 2, at(20)),
      e.assessed('PHQ-9', 15, at(2)),
    ];
    const report = measured(events, { period: march });

    // a: 20→8 (8 ≤ 10: response); b: 12→4 (response and remission); c: 16→10 (neither).
    const response = figure(report, 'phq9-response');
    expect([response.numerator, response.denominator]).toEqual([2, 3]);
    expect(numeratorCases(response)).toEqual([a.caseId, b.caseId].sort());
    expect(response.excluded).toEqual([
      { reason: 'baseline below 10', count: 1 },
      { reason: 'no follow-up PHQ-9', count: 1 },
    ]);
    const remission = figure(report, 'phq9-remission');
    expect(numeratorCases(remission)).toEqual([b.caseId]);
  });
});

describe('a cohort', () => {
  const log = new EventLog();
  const events: ProjectedEvent[] = [];
  const discharge = (program: string, manager: string, day: number) => {
    const c = syntheticCase(log, { admittedAt: '2025-03-01T08:00:00.000Z', program, manager });
    events.push(c.opened(), c.discharged(`2025-03-${String(day).padStart(2, '0')}T08:00:00.000Z`));
    return c;
  };
  for (let day = 2; day <= 13; day += 1) discharge('transitional-care', 'cm-ana', day);
  const complex = discharge('complex-care', 'cm-ben', 5);

  it('is grouped by program with counts, flagging cells under 11 units', () => {
    const report = measured(events, {
      period: march,
      measures: [{ id: 'length-of-stay' }],
      groupBy: 'program',
    });

    expect(report.smallCellThreshold).toBe(11);
    expect(report.figures.map((f) => [f.group, f.units, f.smallCell])).toEqual([
      ['complex-care', 1, true],
      ['transitional-care', 12, false],
    ]);
  });

  it('is filtered by primary case manager and by discharge disposition', () => {
    const byManager = measured(events, {
      period: march,
      measures: [{ id: 'length-of-stay' }],
      filters: { primaryCaseManager: ['cm-ben'] },
    });
    expect(byManager.figures[0]?.contributions.map((c) => c.caseId)).toEqual([complex.caseId]);

    const noneHome = measured(events, {
      period: march,
      measures: [{ id: 'length-of-stay' }],
      filters: { disposition: ['snf'] },
    });
    expect(noneHome.figures.map((f) => [f.units, f.distribution])).toEqual([[0, null]]);
  });

  it('refuses a period that is not two ISO dates in order, and an unknown measure', () => {
    expect(() => measured(events, { period: { from: '2025-04-01', to: '2025-03-01' } })).toThrow(
      ValidationError,
    );
    expect(() =>
      measured(events, { period: march, measures: [{ id: 'readmission-30d', version: 9 }] }),
    ).toThrow(ValidationError);
  });
});
