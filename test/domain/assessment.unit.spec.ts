import { describe, expect, it } from 'vitest';
import { caseDecider } from '../../src/domain/case/case-decider.js';
import { fold } from '../../src/domain/decider.js';
import { NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { bandOf, instruments } from '../../src/domain/assessment/instruments.js';
import type { Instrument } from '../../src/domain/events/assessment.js';
import { deciderSpec, issuePaths, testContext } from './decider-spec.js';
import {
  assessmentId,
  assessmentRecorded,
  caseId,
  entityId,
  openCase,
  openCaseWith,
} from './fixtures.js';

const given = deciderSpec(caseDecider);

const likert = (scores: number[]) =>
  scores.map((score, index) => ({ itemId: `item-${index + 1}`, score }));

function record(
  instrument: Instrument,
  fields: { items?: { itemId: string; score: number }[]; total?: number; band?: string },
) {
  return given(openCase).when({ type: 'RecordAssessment', caseId, instrument, ...fields });
}

function refusedPaths(instrument: Instrument, fields: Parameters<typeof record>[1]) {
  return issuePaths(record(instrument, fields).thenThrows(ValidationError));
}

describe('recording an assessment', () => {
  it('derives the PHQ-9 total and band from the nine items', () => {
    record({ code: 'PHQ-9' }, { items: likert([1, 1, 1, 1, 1, 1, 1, 1, 3]) }).then([
      {
        type: 'AssessmentRecorded',
        data: {
          assessmentId: entityId(9001),
          instrument: { code: 'PHQ-9' },
          items: likert([1, 1, 1, 1, 1, 1, 1, 1, 3]),
          total: 11,
          band: 'moderate',
        },
      },
    ]);
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [10, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('bands a PHQ-9 total of %i as %s', (total, band) => {
    record({ code: 'PHQ-9' }, { total }).thenEvents((events) =>
      expect(events[0]?.data).toMatchObject({ total, band }),
    );
  });

  it.each([
    [4, 'minimal'],
    [9, 'mild'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('bands a GAD-7 total of %i as %s', (total, band) => {
    expect(bandOf(instruments['GAD-7'], total)).toBe(band);
  });

  it.each([
    [4, 'low'],
    [5, 'moderate'],
    [9, 'moderate'],
    [10, 'high'],
    [19, 'high'],
  ])('bands a LACE index of %i as %s', (total, band) => {
    record({ code: 'LACE' }, { total }).thenEvents((events) =>
      expect(events[0]?.data).toMatchObject({ band }),
    );
  });

  it.each([
    [{ code: 'PHQ-9' } as const, 28],
    [{ code: 'GAD-7' } as const, 22],
    [{ code: 'LACE' } as const, 20],
    [{ code: 'Morse' } as const, 130],
    [{ code: 'Barthel' } as const, 105],
    [{ code: 'PHQ-9' } as const, -1],
    [{ code: 'custom', name: 'Local frailty scale', min: 1, max: 9 } as const, 0],
  ])('refuses a %o total of %i outside the range', (instrument, total) => {
    expect(refusedPaths(instrument, { total })).toEqual([['total']]);
  });

  it('accepts the range ends of each instrument', () => {
    for (const [total, instrument] of [
      [27, { code: 'PHQ-9' }],
      [21, { code: 'GAD-7' }],
      [19, { code: 'LACE' }],
      [125, { code: 'Morse' }],
      [100, { code: 'Barthel' }],
      [0, { code: 'Barthel' }],
    ] as const)
      expect(
        caseDecider.decide(
          { type: 'RecordAssessment', caseId, instrument, total },
          fold(caseDecider, openCase),
          testContext(),
        ),
      ).toHaveLength(1);
  });

  it('refuses a total that is not the sum of the items', () => {
    expect(
      refusedPaths({ code: 'GAD-7' }, { items: likert([1, 1, 1, 1, 1, 1, 1]), total: 8 }),
    ).toEqual([['total']]);
  });

  it('refuses a PHQ-9 item scored above 3', () => {
    expect(refusedPaths({ code: 'PHQ-9' }, { items: likert([4, 0, 0, 0, 0, 0, 0, 0, 0]) })).toEqual(
      [['items', 0, 'score']],
    );
  });

  it('refuses a PHQ-9 with only some of its nine items', () => {
    expect(refusedPaths({ code: 'PHQ-9' }, { items: likert([1, 1, 1]) })).toEqual([['items']]);
  });

  it('refuses an item that is not part of the instrument or answered twice', () => {
    const items = [
      ...likert([0, 0, 0, 0, 0, 0]),
      { itemId: 'item-6', score: 0 },
      { itemId: 'item-99', score: 0 },
    ];
    expect(refusedPaths({ code: 'GAD-7' }, { items })).toEqual([
      ['items', 6, 'itemId'],
      ['items', 7, 'itemId'],
      ['items'],
    ]);
  });

  it('refuses a band that the total does not fall in', () => {
    expect(refusedPaths({ code: 'PHQ-9' }, { total: 12, band: 'mild' })).toEqual([['band']]);
  });

  it('refuses an assessment with neither total nor items', () => {
    expect(refusedPaths({ code: 'Morse' }, {})).toEqual([['total']]);
  });

  it('checks Morse items against the scale scores', () => {
    const items = [
      { itemId: 'history-of-falling', score: 25 },
      { itemId: 'secondary-diagnosis', score: 15 },
      { itemId: 'ambulatory-aid', score: 30 },
      { itemId: 'iv-or-heparin-lock', score: 20 },
      { itemId: 'gait', score: 20 },
      { itemId: 'mental-status', score: 15 },
    ];
    record({ code: 'Morse' }, { items, band: 'high' }).thenEvents((events) =>
      expect(events[0]?.data).toMatchObject({ total: 125, band: 'high' }),
    );
    expect(
      refusedPaths(
        { code: 'Morse' },
        { items: [...items.slice(0, 5), { itemId: 'mental-status', score: 7 }] },
      ),
    ).toEqual([['items', 5, 'score']]);
  });

  it('checks a custom instrument against its own range and its items', () => {
    const instrument = {
      code: 'custom',
      name: 'Local caregiver strain scale',
      min: 0,
      max: 10,
    } as const;
    record(instrument, {
      items: [
        { itemId: 'a', score: 3 },
        { itemId: 'b', score: 4 },
      ],
      band: 'medium',
    }).thenEvents((events) => expect(events[0]?.data).toMatchObject({ total: 7, band: 'medium' }));
    expect(refusedPaths({ ...instrument, min: 5, max: 5 }, { total: 5 })).toEqual([
      ['instrument', 'max'],
    ]);
  });
});

describe('risk stratification', () => {
  it('rests on assessments of the case', () => {
    given(openCaseWith(assessmentRecorded))
      .when({
        type: 'StratifyRisk',
        caseId,
        tier: 'high',
        basis: 'PHQ-9 moderate and LACE high',
        assessmentIds: [assessmentId],
      })
      .then([
        {
          type: 'RiskStratified',
          data: {
            stratificationId: entityId(9001),
            tier: 'high',
            basis: 'PHQ-9 moderate and LACE high',
            assessmentIds: [assessmentId],
          },
        },
      ]);
  });

  it('refuses an unknown assessment', () => {
    given(openCase)
      .when({
        type: 'StratifyRisk',
        caseId,
        tier: 'low',
        basis: 'none',
        assessmentIds: [assessmentId],
      })
      .thenThrows(NotFoundError);
  });
});
