import { describe, expect, it } from 'vitest';
import { caseAsOf } from '../../projections/current-case/case-as-of.js';
import type { CaseView } from '../../projections/current-case/case-view.js';
import { currentCaseProjection } from '../../projections/current-case/current-case-projection.js';
import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import { ValidationError } from '../../src/domain/errors.js';
import { EventLog, projectionSpec, type EnvelopeOverrides } from './projection-spec.js';

// All data here is synthetic: no real patients, names or identifiers.

const reason = { text: 'synthetic reason' };
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const caseId = id(1);
const stream = `case-${caseId}`;
const goalId = id(30);

/**
 * A case whose events are recorded a minute apart from 09:01; the third progress entry is a late
 * entry: recorded at 09:05 but it happened at 08:30, before the other progress.
 */
function aCaseWithLateEntry() {
  const log = new EventLog();
  const record = (event: CaretrailEvent, overrides: EnvelopeOverrides = {}) =>
    log.record(stream, event, overrides);
  const progress = (
    achievementStatus: 'improving' | 'worsening',
    text: string,
  ): CaretrailEvent => ({
    type: 'GoalProgressRecorded',
    data: { goalId, achievementStatus, evidence: { text } },
  });
  const events = [
    record(
      {
        type: 'CaseOpened',
        data: {
          caseId,
          patientId: id(2),
          program: 'transitional-care',
          referralSource: { kind: 'self' },
          admittedAt: '2025-03-01T08:00:00.000Z',
          admissionType: 'planned',
          primaryCaseManager: { userId: 'cm-ana' },
        },
      },
      { occurredAt: '2025-03-01T08:00:00.000Z' },
    ),
    record(
      {
        type: 'GoalSet',
        data: {
          goalId,
          description: 'Sleeps through the night',
          target: { measure: 'nights a week', detail: '5' },
          priority: 'medium',
          addresses: [],
          lifecycleStatus: 'active',
        },
      },
      { occurredAt: '2025-03-01T08:10:00.000Z' },
    ),
    record(progress('improving', 'three nights'), { occurredAt: '2025-03-01T09:03:00.000Z' }),
    record({ type: 'GoalStatusChanged', data: { goalId, from: 'active', to: 'on-hold' } }),
    record(progress('worsening', 'late: one night'), { occurredAt: '2025-03-01T08:30:00.000Z' }),
  ];
  return { events, record };
}

const progressTexts = (view: CaseView | null) =>
  view?.goals[0]?.progress.map((entry) => entry.evidence.text);

describe('a case as of a point in time', () => {
  it('is the stream up to and including a revision', () => {
    const { events } = aCaseWithLateEntry();
    const view = caseAsOf(events, { revision: 2 });
    expect(view?.revision).toBe(2);
    expect(view?.goals[0]).toMatchObject({
      lifecycleStatus: 'active',
      achievementStatus: 'improving',
    });
    expect(progressTexts(view)).toEqual(['three nights']);
  });

  it('does not show a late entry as known before it was recorded', () => {
    const { events } = aCaseWithLateEntry();
    const view = caseAsOf(events, { recordedAt: '2025-03-01T09:04:30.000Z' });
    expect(progressTexts(view)).toEqual(['three nights']);
    expect(view?.goals[0]?.lifecycleStatus).toBe('on-hold');
  });

  it('shows a late entry as true after it occurred, though it was recorded later', () => {
    const { events } = aCaseWithLateEntry();
    const view = caseAsOf(events, { occurredAt: '2025-03-01T08:45:00.000Z' });
    expect(progressTexts(view)).toEqual(['late: one night']);
    expect(view?.goals[0]).toMatchObject({
      lifecycleStatus: 'active',
      achievementStatus: 'worsening',
    });
  });

  it('answers what was true at one time as known at another', () => {
    const { events } = aCaseWithLateEntry();
    const trueAt = '2025-03-01T08:45:00.000Z';
    expect(
      progressTexts(
        caseAsOf(events, { occurredAt: trueAt, recordedAt: '2025-03-01T09:04:00.000Z' }),
      ),
    ).toEqual([]);
    expect(
      progressTexts(
        caseAsOf(events, { occurredAt: trueAt, recordedAt: '2025-03-01T09:05:00.000Z' }),
      ),
    ).toEqual(['late: one night']);
  });

  it('applies a later correction under valid time, but not before it was recorded', () => {
    const { events, record } = aCaseWithLateEntry();
    const correction = record({
      type: 'EntryCorrected',
      data: {
        targetEventId: events[1]!.id,
        correctedData: { description: 'Sleeps six hours a night' },
        reason,
      },
    });
    const all = [...events, correction];
    const trueAt = '2025-03-01T08:15:00.000Z';
    expect(caseAsOf(all, { occurredAt: trueAt })?.goals[0]?.description).toBe(
      'Sleeps six hours a night',
    );
    expect(
      caseAsOf(all, { occurredAt: trueAt, recordedAt: events[4]!.recordedAt })?.goals[0]
        ?.description,
    ).toBe('Sleeps through the night');
  });

  it('drops an entry marked in error later from what was true, but not from what was known', () => {
    const { events, record } = aCaseWithLateEntry();
    const mark = record({
      type: 'EntryMarkedInError',
      data: { targetEventId: events[2]!.id, reason },
    });
    const all = [...events, mark];
    expect(caseAsOf(all, { occurredAt: '2025-03-01T09:03:00.000Z' })?.goals[0]).toMatchObject({
      achievementStatus: 'worsening',
    });
    expect(caseAsOf(all, { recordedAt: events[4]!.recordedAt })?.goals[0]).toMatchObject({
      achievementStatus: 'improving',
    });
  });

  it('is null when no event qualifies', () => {
    const { events, record } = aCaseWithLateEntry();
    const mark = record({
      type: 'EntryMarkedInError',
      data: { targetEventId: events[2]!.id, reason },
    });
    expect(caseAsOf([], { revision: 10 })).toBeNull();
    expect(caseAsOf(events, { recordedAt: '2025-03-01T09:00:00.000Z' })).toBeNull();
    expect(caseAsOf([...events, mark], { occurredAt: '2025-03-01T07:00:00.000Z' })).toBeNull();
  });

  it('equals the current-case read model when every event qualifies', () => {
    const { events, record } = aCaseWithLateEntry();
    const all = [
      ...events,
      record({
        type: 'EntryCorrected',
        data: { targetEventId: events[1]!.id, correctedData: { priority: 'high' }, reason },
      }),
    ];
    const [row] = projectionSpec(currentCaseProjection).given(all).rows('case_current');
    expect(JSON.stringify(caseAsOf(all, { recordedAt: '2025-03-02T00:00:00.000Z' }))).toBe(
      JSON.stringify(row?.view),
    );
  });

  it('refuses a malformed time or events of two case streams', () => {
    const { events } = aCaseWithLateEntry();
    expect(() => caseAsOf(events, { occurredAt: 'yesterday' })).toThrow(ValidationError);
    const other = new EventLog().record(`case-${id(9)}`, {
      type: 'CaseClosed',
      data: { reason, outcome: 'other' },
    });
    expect(() => caseAsOf([...events, other], { revision: 10 })).toThrow(ValidationError);
  });
});
