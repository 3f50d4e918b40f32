import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseOutcomes } from '../../projections/case-outcomes/case-outcomes.js';
import type { ProjectedEvent, Row } from '../../projections/projection.js';
import type { EventData } from '../../src/domain/events/catalogue.js';
import { syntheticCase } from '../outcomes/outcome-cohort.js';
import { EventLog, projectionSpec } from './projection-spec.js';

// All data here is synthetic: ids are random, users are made-up handles, texts say "synthetic".

const outcomes = 'case_outcomes';
const reason = { text: 'synthetic reason for the test' };
const spec = projectionSpec(caseOutcomes);
const day = (n: number, time = '08:00:00.000Z') => `2025-03-${String(n).padStart(2, '0')}T${time}`;

interface CaseOptions {
  readonly patientId?: string;
  readonly admittedAt?: string;
  readonly admissionType?: EventData<'CaseOpened'>['admissionType'];
}

/** A fresh case with a care team and discharge decisions: `record` appends to its stream in the shared log (so cases interleave). */
function newCase(log: EventLog, options: CaseOptions = {}) {
  const admittedAt = options.admittedAt ?? day(1);
  const c = syntheticCase(log, { ...options, admittedAt });
  const opened = () => [
    c.opened(),
    c.record('CareTeamMemberAssigned', {
      memberId: 'cm-ana',
      name: 'Ana Synthetic',
      role: 'case-manager',
      from: admittedAt,
    }),
  ];
  const discharged = (
    at: string,
    disposition: EventData<'PatientDischarged'>['disposition'] = 'home',
  ) => [
    c.record('DischargeDecisionMade', {
      decisionId: randomUUID(),
      decision: 'ready',
      disposition,
      rationale: reason,
      evidence: [],
    }),
    c.discharged(at, disposition),
  ];
  return { caseId: c.caseId, patientId: c.patientId, record: c.record, opened, discharged };
}

function outcomeOf(events: readonly ProjectedEvent[], caseId: string): Row {
  const row = spec.given(events).rows(outcomes, { case_id: caseId })[0];
  if (!row) throw new Error('no outcome row');
  return row;
}

const ipass = (actions: number): EventData<'HandoffInitiated'>['ipass'] => ({
  illnessSeverity: 'watcher',
  patientSummary: 'Synthetic summary',
  actionList: Array.from({ length: actions }, (_, i) => ({
    action: `Synthetic action ${i}`,
    owner: 'cm-ben',
  })),
  situationAwareness: 'Synthetic awareness',
  contingency: 'Synthetic contingency',
});

describe('the case outcomes', () => {
  describe('a case opened', () => {
    it('has a row with its admission and zero counts', () => {
      const log = new EventLog();
      const c = newCase(log, { admittedAt: '2025-03-01T09:00:00+01:00' });
      const events = c.opened();

      expect(outcomeOf(events, c.caseId)).toEqual({
        case_id: c.caseId,
        patient_id: c.patientId,
        program: 'transitional-care',
        admission_type: 'unplanned',
        admitted_at: '2025-03-01T08:00:00.000Z',
        discharged_at: null,
        length_of_stay_days: null,
        discharge_disposition: null,
        closed_at: null,
        case_outcome: null,
        is_readmission_30d: 0,
        readmission_of_case_id: null,
        days_since_prior_discharge: null,
        followed_by_readmission_30d: 0,
        readmission_case_id: null,
        goals_set: 0,
        goals_due: 0,
        goals_achieved: 0,
        goals_not_attainable: 0,
        goals_cancelled: 0,
        assessment_totals: '{}',
        phq9_first: null,
        phq9_last: null,
        gad7_first: null,
        gad7_last: null,
        lace_first: null,
        lace_last: null,
        barthel_first: null,
        barthel_last: null,
        care_plan_revisions: 0,
        handoffs: 0,
        handoffs_accepted: 0,
        handoffs_declined: 0,
        handoffs_complete: 0,
        handoff_acceptance_minutes_median: null,
        handoff_acceptance_minutes_mean: null,
        first_reached_contact_at: null,
        hours_to_first_reached_contact: null,
        utilization_reviews: 0,
        continued_stay_reviews: 0,
        payer_approved: 0,
        payer_denied: 0,
        payer_partial: 0,
        payer_pending: 0,
        avoidable_days: 0,
        risk_tier: null,
        primary_case_manager_at_discharge: null,
        payer: null,
        last_position: events[1]?.position,
      });
    });

    it('moves last_position on every event of the case, also those no column rests on', () => {
      const log = new EventLog();
      const c = newCase(log);
      const education = c.record('EducationProvided', {
        educationId: randomUUID(),
        topic: 'Synthetic topic',
        recipient: 'patient',
        method: 'verbal',
        teachBack: 'understood',
      });

      expect(outcomeOf([...c.opened(), education], c.caseId)['last_position']).toBe(
        education.position,
      );
    });

    it('applies a correction of the admission', () => {
      const log = new EventLog();
      const c = newCase(log);
      const [opened, ...rest] = c.opened();
      const fix = c.record('EntryCorrected', {
        targetEventId: opened?.id ?? '',
        correctedData: {
          admissionType: 'emergency',
          admittedAt: day(1, '06:00:00.000Z'),
          program: 'complex-care',
        },
        reason,
      });

      expect(outcomeOf([opened!, ...rest, fix], c.caseId)).toMatchObject({
        admission_type: 'emergency',
        admitted_at: day(1, '06:00:00.000Z'),
        program: 'complex-care',
      });
    });

    it('keeps no names or free text', () => {
      const log = new EventLog();
      const c = newCase(log);
      const events = [
        ...c.opened(),
        c.record('ContactLogged', {
          contactId: randomUUID(),
          party: 'patient',
          channel: 'phone',
          direction: 'outbound',
          reached: true,
          purpose: 'coordination',
          summary: 'Synthetic free text',
        }),
        c.record('AssessmentRecorded', {
          assessmentId: randomUUID(),
          instrument: { code: 'custom', name: 'Synthetic local scale', min: 0, max: 10 },
          items: [],
          total: 4,
          notes: 'Synthetic note',
        }),
      ];
      const stored = JSON.stringify([...spec.given(events).tables.dump()]);

      expect(stored).not.toMatch(/Synthetic/);
    });
  });

  describe('a discharged and closed case', () => {
    it('has its length of stay in fractional days, disposition, closure and outcome', () => {
      const log = new EventLog();
      const c = newCase(log, { admittedAt: day(1) });
      const events = [
        ...c.opened(),
        ...c.discharged(day(4, '20:00:00.000Z'), 'snf'),
        c.record('CaseClosed', { reason, outcome: 'goals-met' }, { occurredAt: day(6) }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        discharged_at: day(4, '20:00:00.000Z'),
        length_of_stay_days: 3.5,
        discharge_disposition: 'snf',
        closed_at: day(6),
        case_outcome: 'goals-met',
        primary_case_manager_at_discharge: 'cm-ana',
      });
    });

    it('reflects a corrected discharge time and outcome', () => {
      const log = new EventLog();
      const c = newCase(log, { admittedAt: day(1) });
      const discharge = c.discharged(day(4, '20:00:00.000Z'));
      const closed = c.record('CaseClosed', { reason, outcome: 'goals-met' });
      const events = [
        ...c.opened(),
        ...discharge,
        closed,
        c.record('EntryCorrected', {
          targetEventId: discharge[1]?.id ?? '',
          correctedData: { dischargedAt: day(3) },
          reason,
        }),
        c.record('EntryCorrected', {
          targetEventId: closed.id,
          correctedData: { outcome: 'goals-not-met' },
          reason,
        }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        discharged_at: day(3),
        length_of_stay_days: 2,
        case_outcome: 'goals-not-met',
      });
    });

    it('names the primary case manager at discharge, after a handoff of the role but not one after discharge', () => {
      const log = new EventLog();
      const c = newCase(log);
      const toBen = randomUUID();
      const toCy = randomUUID();
      const events = [
        ...c.opened(),
        c.record('HandoffInitiated', {
          handoffId: toBen,
          kind: 'case-manager',
          from: { userId: 'cm-ana' },
          to: { userId: 'cm-ben' },
          transfersPrimary: true,
          ipass: ipass(1),
        }),
        c.record('HandoffAccepted', { handoffId: toBen, synthesis: 'Synthetic synthesis' }),
        ...c.discharged(day(5)),
        c.record('HandoffInitiated', {
          handoffId: toCy,
          kind: 'case-manager',
          from: { userId: 'cm-ben' },
          to: { userId: 'cm-cy' },
          transfersPrimary: true,
          ipass: ipass(1),
        }),
        c.record('HandoffAccepted', { handoffId: toCy, synthesis: 'Synthetic synthesis' }),
      ];

      expect(outcomeOf(events, c.caseId)['primary_case_manager_at_discharge']).toBe('cm-ben');
    });
  });

  describe('a readmission', () => {
    it('links an unplanned admission within 30 days of the patient’s earlier discharge, and flags the earlier case', () => {
      const log = new EventLog();
      const first = newCase(log, { admittedAt: day(1) });
      const events = [...first.opened(), ...first.discharged(day(5))];
      const second = newCase(log, {
        patientId: first.patientId,
        admittedAt: day(15, '20:00:00.000Z'),
        admissionType: 'unplanned',
      });
      events.push(...second.opened());

      expect(outcomeOf(events, second.caseId)).toMatchObject({
        is_readmission_30d: 1,
        readmission_of_case_id: first.caseId,
        days_since_prior_discharge: 10.5,
        followed_by_readmission_30d: 0,
      });
      expect(outcomeOf(events, first.caseId)).toMatchObject({
        is_readmission_30d: 0,
        followed_by_readmission_30d: 1,
        readmission_case_id: second.caseId,
      });
    });

    it('counts an emergency admission, with the events of both cases interleaved', () => {
      const log = new EventLog();
      const first = newCase(log, { admittedAt: day(1) });
      const second = newCase(log, {
        patientId: first.patientId,
        admittedAt: day(20),
        admissionType: 'emergency',
      });
      const events = [...first.opened(), ...first.discharged(day(10))];
      events.push(...second.opened());
      events.push(first.record('CaseClosed', { reason, outcome: 'goals-met' }));
      events.push(...second.discharged(day(25)));

      expect(outcomeOf(events, second.caseId)).toMatchObject({
        is_readmission_30d: 1,
        readmission_of_case_id: first.caseId,
        days_since_prior_discharge: 10,
      });
      expect(outcomeOf(events, first.caseId)).toMatchObject({
        followed_by_readmission_30d: 1,
        case_outcome: 'goals-met',
      });
    });

    it('links to the latest earlier discharge', () => {
      const log = new EventLog();
      const a = newCase(log, { admittedAt: day(1) });
      const b = newCase(log, { patientId: a.patientId, admittedAt: day(6) });
      const c = newCase(log, { patientId: a.patientId, admittedAt: day(12) });
      const events = [
        ...a.opened(),
        ...a.discharged(day(3)),
        ...b.opened(),
        ...b.discharged(day(9)),
        ...c.opened(),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        readmission_of_case_id: b.caseId,
        days_since_prior_discharge: 3,
      });
      expect(outcomeOf(events, b.caseId)).toMatchObject({
        readmission_of_case_id: a.caseId,
        followed_by_readmission_30d: 1,
      });
      expect(outcomeOf(events, a.caseId)).toMatchObject({
        followed_by_readmission_30d: 1,
        readmission_case_id: b.caseId,
      });
    });

    it('is not a planned admission, one after 30 days, or another patient’s', () => {
      const log = new EventLog();
      const first = newCase(log, { admittedAt: day(1) });
      const planned = newCase(log, {
        patientId: first.patientId,
        admittedAt: day(8),
        admissionType: 'planned',
      });
      const otherPatient = newCase(log, { admittedAt: day(8) });
      const events = [
        ...first.opened(),
        ...first.discharged(day(2)),
        ...planned.opened(),
        ...otherPatient.opened(),
      ];
      const late = newCase(log, {
        patientId: first.patientId,
        admittedAt: '2025-04-01T08:00:01.000Z',
      });
      events.push(...late.opened());

      for (const c of [planned, otherPatient, late])
        expect(outcomeOf(events, c.caseId)['is_readmission_30d']).toBe(0);
      expect(outcomeOf(events, first.caseId)['followed_by_readmission_30d']).toBe(0);
    });

    it('is found when the earlier discharge is entered late, after the readmission opened', () => {
      const log = new EventLog();
      const first = newCase(log, { admittedAt: day(1) });
      const second = newCase(log, { patientId: first.patientId, admittedAt: day(12) });
      const events = [...first.opened(), ...second.opened(), ...first.discharged(day(10))];

      expect(outcomeOf(events, second.caseId)).toMatchObject({
        is_readmission_30d: 1,
        days_since_prior_discharge: 2,
      });
      expect(outcomeOf(events, first.caseId)['followed_by_readmission_30d']).toBe(1);
    });

    it('is undone when a correction moves the earlier discharge out of the window', () => {
      const log = new EventLog();
      const first = newCase(log, { admittedAt: day(1) });
      const discharge = first.discharged(day(10));
      const second = newCase(log, { patientId: first.patientId, admittedAt: day(12) });
      const events = [
        ...first.opened(),
        ...discharge,
        ...second.opened(),
        first.record('EntryCorrected', {
          targetEventId: discharge[1]?.id ?? '',
          correctedData: { dischargedAt: day(13) },
          reason,
        }),
      ];

      expect(outcomeOf(events, second.caseId)).toMatchObject({
        is_readmission_30d: 0,
        readmission_of_case_id: null,
        days_since_prior_discharge: null,
      });
      expect(outcomeOf(events, first.caseId)).toMatchObject({
        followed_by_readmission_30d: 0,
        readmission_case_id: null,
        length_of_stay_days: 12,
      });
    });
  });

  describe('goals', () => {
    it('counts goals set, due, achieved by their due date, not attainable and cancelled', () => {
      const log = new EventLog();
      const c = newCase(log);
      const goal = (due?: string) => {
        const goalId = randomUUID();
        const set = c.record('GoalSet', {
          goalId,
          description: 'Synthetic goal',
          target: { measure: 'synthetic measure', ...(due ? { dueDate: due } : {}) },
          priority: 'medium',
          addresses: [],
          lifecycleStatus: 'active',
        });
        const progress = (
          status: EventData<'GoalProgressRecorded'>['achievementStatus'],
          at: string,
        ) =>
          c.record(
            'GoalProgressRecorded',
            { goalId, achievementStatus: status, evidence: { text: 'Synthetic evidence' } },
            { occurredAt: at },
          );
        return { goalId, set, progress };
      };
      const onTime = goal('2025-03-10');
      const late = goal('2025-03-10');
      const undated = goal();
      const unattainable = goal('2025-03-20');
      const cancelled = goal();
      const events = [
        ...c.opened(),
        onTime.set,
        onTime.progress('improving', day(5)),
        onTime.progress('achieved', day(10, '22:00:00.000Z')),
        late.set,
        late.progress('achieved', day(11)),
        undated.set,
        undated.progress('sustaining', day(20)),
        unattainable.set,
        unattainable.progress('not-attainable', day(8)),
        cancelled.set,
        c.record('GoalStatusChanged', {
          goalId: cancelled.goalId,
          from: 'active',
          to: 'cancelled',
        }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        goals_set: 5,
        goals_due: 3,
        goals_achieved: 2,
        goals_not_attainable: 1,
        goals_cancelled: 1,
      });
    });

    it('reflects a corrected due date or status and drops goals and progress marked in error', () => {
      const log = new EventLog();
      const c = newCase(log);
      const [a, b, wrong] = [randomUUID(), randomUUID(), randomUUID()];
      const set = (goalId: string) =>
        c.record('GoalSet', {
          goalId,
          description: 'Synthetic goal',
          target: { measure: 'synthetic measure', dueDate: '2025-03-10' },
          priority: 'low',
          addresses: [],
          lifecycleStatus: 'active',
        });
      const setA = set(a);
      const setWrong = set(wrong);
      const progressA = c.record(
        'GoalProgressRecorded',
        { goalId: a, achievementStatus: 'achieved', evidence: {} },
        { occurredAt: day(12) },
      );
      const progressB = c.record(
        'GoalProgressRecorded',
        { goalId: b, achievementStatus: 'not-attainable', evidence: {} },
        { occurredAt: day(5) },
      );
      const events = [
        ...c.opened(),
        setA,
        set(b),
        setWrong,
        progressA,
        progressB,
        c.record('EntryCorrected', {
          targetEventId: setA.id,
          correctedData: { target: { measure: 'synthetic measure', dueDate: '2025-03-15' } },
          reason,
        }),
        c.record('EntryCorrected', {
          targetEventId: progressB.id,
          correctedData: { achievementStatus: 'no-progress' },
          reason,
        }),
        c.record('EntryMarkedInError', { targetEventId: setWrong.id, reason }),
      ];
      expect(outcomeOf(events, c.caseId)).toMatchObject({
        goals_set: 2,
        goals_due: 2,
        goals_achieved: 1,
        goals_not_attainable: 0,
      });

      events.push(c.record('EntryMarkedInError', { targetEventId: progressA.id, reason }));
      expect(outcomeOf(events, c.caseId)['goals_achieved']).toBe(0);
    });
  });

  describe('assessments', () => {
    const recorded = (
      c: ReturnType<typeof newCase>,
      code: 'PHQ-9' | 'GAD-7' | 'LACE' | 'Barthel',
      total: number,
      at: string,
    ) =>
      c.record(
        'AssessmentRecorded',
        { assessmentId: randomUUID(), instrument: { code }, items: [], total },
        { occurredAt: at },
      );

    it('keeps the first and last total per instrument by when they were taken, late entries included', () => {
      const log = new EventLog();
      const c = newCase(log);
      const events = [
        ...c.opened(),
        recorded(c, 'PHQ-9', 15, day(2)),
        recorded(c, 'PHQ-9', 9, day(9)),
        recorded(c, 'GAD-7', 12, day(3)),
        recorded(c, 'LACE', 11, day(4)),
        recorded(c, 'Barthel', 60, day(2)),
        recorded(c, 'Barthel', 85, day(10)),
        // A late entry of an earlier screening becomes the first.
        recorded(c, 'PHQ-9', 20, day(1, '12:00:00.000Z')),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        phq9_first: 20,
        phq9_last: 9,
        gad7_first: 12,
        gad7_last: 12,
        lace_first: 11,
        lace_last: 11,
        barthel_first: 60,
        barthel_last: 85,
        assessment_totals:
          '{"Barthel":{"count":2,"first":60,"last":85},"GAD-7":{"count":1,"first":12,"last":12},"LACE":{"count":1,"first":11,"last":11},"PHQ-9":{"count":3,"first":20,"last":9}}',
      });
    });

    it('no longer counts an assessment marked in error', () => {
      const log = new EventLog();
      const c = newCase(log);
      const wrong = recorded(c, 'PHQ-9', 9, day(9));
      const events = [
        ...c.opened(),
        recorded(c, 'PHQ-9', 15, day(2)),
        wrong,
        c.record('EntryMarkedInError', { targetEventId: wrong.id, reason }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        phq9_first: 15,
        phq9_last: 15,
        assessment_totals: '{"PHQ-9":{"count":1,"first":15,"last":15}}',
      });
    });
  });

  describe('care-plan revisions and risk', () => {
    it('counts revisions not marked in error', () => {
      const log = new EventLog();
      const c = newCase(log);
      const carePlanId = randomUUID();
      const revise = () =>
        c.record('CarePlanRevised', {
          carePlanId,
          summary: 'Synthetic summary',
          changes: [{ path: 'goals' }],
          evidence: [],
          reason,
        });
      const wrong = revise();
      const events = [
        ...c.opened(),
        c.record('CarePlanDrafted', { carePlanId, title: 'Synthetic plan' }),
        c.record('CarePlanActivated', { carePlanId }),
        revise(),
        wrong,
        revise(),
        c.record('EntryMarkedInError', { targetEventId: wrong.id, reason }),
      ];

      expect(outcomeOf(events, c.caseId)['care_plan_revisions']).toBe(2);
    });

    it('keeps the latest tier by when it was stratified, as corrected, without those in error', () => {
      const log = new EventLog();
      const c = newCase(log);
      const stratified = (tier: EventData<'RiskStratified'>['tier'], at: string) =>
        c.record(
          'RiskStratified',
          { stratificationId: randomUUID(), tier, basis: 'Synthetic basis', assessmentIds: [] },
          { occurredAt: at },
        );
      const latest = stratified('high', day(5));
      const events = [
        ...c.opened(),
        stratified('low', day(2)),
        latest,
        stratified('moderate', day(3)),
      ];
      expect(outcomeOf(events, c.caseId)['risk_tier']).toBe('high');

      events.push(
        c.record('EntryCorrected', {
          targetEventId: latest.id,
          correctedData: { tier: 'very-high' },
          reason,
        }),
      );
      expect(outcomeOf(events, c.caseId)['risk_tier']).toBe('very-high');

      events.push(c.record('EntryMarkedInError', { targetEventId: latest.id, reason }));
      expect(outcomeOf(events, c.caseId)['risk_tier']).toBe('moderate');
    });
  });

  describe('handoffs', () => {
    it('counts handoffs, acceptances, declines and complete ones, with the time to acceptance', () => {
      const log = new EventLog();
      const c = newCase(log);
      const handoff = (actions: number, at: string) => {
        const handoffId = randomUUID();
        const initiated = c.record(
          'HandoffInitiated',
          {
            handoffId,
            kind: 'team',
            from: { userId: 'cm-ana' },
            to: { userId: 'cm-ben' },
            transfersPrimary: false,
            ipass: ipass(actions),
          },
          { occurredAt: at },
        );
        return { handoffId, initiated };
      };
      const complete = handoff(2, day(2, '08:00:00.000Z'));
      const noActions = handoff(0, day(3, '08:00:00.000Z'));
      const declined = handoff(1, day(4, '08:00:00.000Z'));
      const open = handoff(1, day(5, '08:00:00.000Z'));
      const events = [
        ...c.opened(),
        complete.initiated,
        c.record(
          'HandoffAccepted',
          { handoffId: complete.handoffId, synthesis: 'Synthetic synthesis' },
          { occurredAt: day(2, '08:30:00.000Z') },
        ),
        noActions.initiated,
        c.record(
          'HandoffAccepted',
          { handoffId: noActions.handoffId, synthesis: 'Synthetic synthesis' },
          { occurredAt: day(3, '09:30:00.000Z') },
        ),
        declined.initiated,
        c.record('HandoffDeclined', { handoffId: declined.handoffId, reason }),
        open.initiated,
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        handoffs: 4,
        handoffs_accepted: 2,
        handoffs_declined: 1,
        handoffs_complete: 1,
        handoff_acceptance_minutes_median: 60,
        handoff_acceptance_minutes_mean: 60,
      });
    });

    it('reflects a corrected I-PASS and drops an open handoff marked in error', () => {
      const log = new EventLog();
      const c = newCase(log);
      const handoffId = randomUUID();
      const wrongId = randomUUID();
      const initiated = c.record(
        'HandoffInitiated',
        {
          handoffId,
          kind: 'team',
          from: { userId: 'cm-ana' },
          to: { userId: 'cm-ben' },
          transfersPrimary: false,
          ipass: ipass(0),
        },
        { occurredAt: day(2) },
      );
      const wrong = c.record('HandoffInitiated', {
        handoffId: wrongId,
        kind: 'team',
        from: { userId: 'cm-ana' },
        to: { userId: 'cm-cy' },
        transfersPrimary: false,
        ipass: ipass(1),
      });
      const events = [
        ...c.opened(),
        initiated,
        c.record(
          'HandoffAccepted',
          { handoffId, synthesis: 'Synthetic synthesis' },
          { occurredAt: day(2, '08:45:00.000Z') },
        ),
        wrong,
        c.record('EntryCorrected', {
          targetEventId: initiated.id,
          correctedData: { ipass: ipass(1) },
          reason,
        }),
        c.record('EntryMarkedInError', { targetEventId: wrong.id, reason }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        handoffs: 1,
        handoffs_accepted: 1,
        handoffs_complete: 1,
        handoff_acceptance_minutes_median: 45,
      });
    });
  });

  describe('the first successful contact', () => {
    it('is the earliest reached contact in valid time, in hours from admission, as corrected', () => {
      const log = new EventLog();
      const c = newCase(log, { admittedAt: day(1) });
      const contact = (reached: boolean, at: string) =>
        c.record(
          'ContactLogged',
          {
            contactId: randomUUID(),
            party: 'patient',
            channel: 'phone',
            direction: 'outbound',
            reached,
            purpose: 'coordination',
            summary: 'Synthetic call',
          },
          { occurredAt: at },
        );
      const early = contact(true, day(1, '14:00:00.000Z'));
      const events = [
        ...c.opened(),
        contact(false, day(1, '10:00:00.000Z')),
        contact(true, day(2)),
        early,
      ];
      expect(outcomeOf(events, c.caseId)).toMatchObject({
        first_reached_contact_at: day(1, '14:00:00.000Z'),
        hours_to_first_reached_contact: 6,
      });

      events.push(
        c.record('EntryCorrected', {
          targetEventId: early.id,
          correctedData: { reached: false },
          reason,
        }),
      );
      expect(outcomeOf(events, c.caseId)).toMatchObject({
        first_reached_contact_at: day(2),
        hours_to_first_reached_contact: 24,
      });
    });

    it('is gone when its only contact is marked in error', () => {
      const log = new EventLog();
      const c = newCase(log);
      const only = c.record('ContactLogged', {
        contactId: randomUUID(),
        party: 'family',
        channel: 'video',
        direction: 'inbound',
        reached: true,
        purpose: 'emotional-support',
        summary: 'Synthetic call',
      });
      const events = [
        ...c.opened(),
        only,
        c.record('EntryMarkedInError', { targetEventId: only.id, reason }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        first_reached_contact_at: null,
        hours_to_first_reached_contact: null,
      });
    });
  });

  describe('utilization', () => {
    it('counts reviews, continued-stay reviews, determinations by decision and distinct avoidable days, with the first payer', () => {
      const log = new EventLog();
      const c = newCase(log);
      const review = (kind: EventData<'UtilizationReviewPerformed'>['kind']) =>
        c.record('UtilizationReviewPerformed', {
          reviewId: randomUUID(),
          kind,
          criteriaSet: { name: 'Synthetic criteria', version: '1' },
          criteriaMet: true,
          levelOfCare: 'inpatient',
          evidence: [],
        });
      const determination = (
        payer: string,
        decision: EventData<'PayerDeterminationRecorded'>['decision'],
        at: string,
      ) =>
        c.record(
          'PayerDeterminationRecorded',
          { determinationId: randomUUID(), payer, decision, evidence: [] },
          { occurredAt: at },
        );
      const avoidable = (date: string) =>
        c.record('AvoidableDayRecorded', {
          avoidableDayId: randomUUID(),
          date,
          reason,
          responsibleParty: 'payer',
        });
      const wrongReview = review('continued-stay');
      const denied = determination('synthetic-payer-b', 'denied', day(4));
      const wrongDay = avoidable('2025-03-07');
      const events = [
        ...c.opened(),
        review('admission'),
        review('continued-stay'),
        wrongReview,
        determination('synthetic-payer-b', 'approved', day(3)),
        denied,
        determination('synthetic-payer-b', 'pending', day(5)),
        // A late entry of the first determination names the payer.
        determination('synthetic-payer-a', 'approved', day(2)),
        avoidable('2025-03-05'),
        avoidable('2025-03-05'),
        avoidable('2025-03-06'),
        wrongDay,
        c.record('EntryMarkedInError', { targetEventId: wrongReview.id, reason }),
        c.record('EntryCorrected', {
          targetEventId: denied.id,
          correctedData: { decision: 'partial' },
          reason,
        }),
        c.record('EntryMarkedInError', { targetEventId: wrongDay.id, reason }),
      ];

      expect(outcomeOf(events, c.caseId)).toMatchObject({
        utilization_reviews: 2,
        continued_stay_reviews: 1,
        payer_approved: 2,
        payer_denied: 0,
        payer_partial: 1,
        payer_pending: 1,
        avoidable_days: 2,
        payer: 'synthetic-payer-a',
      });
    });
  });

  describe('a rebuild', () => {
    it('gives byte-identical rows from the same events', () => {
      const log = new EventLog();
      const first = newCase(log, { admittedAt: day(1) });
      const second = newCase(log, { patientId: first.patientId, admittedAt: day(9) });
      const stratified = first.record('RiskStratified', {
        stratificationId: randomUUID(),
        tier: 'high',
        basis: 'Synthetic basis',
        assessmentIds: [],
      });
      const events = [
        ...first.opened(),
        first.record('AssessmentRecorded', {
          assessmentId: randomUUID(),
          instrument: { code: 'LACE' },
          items: [],
          total: 12,
        }),
        stratified,
        ...first.discharged(day(4)),
        ...second.opened(),
        first.record('EntryCorrected', {
          targetEventId: stratified.id,
          correctedData: { tier: 'moderate' },
          reason,
        }),
        second.record('PayerDeterminationRecorded', {
          determinationId: randomUUID(),
          payer: 'synthetic-payer',
          decision: 'approved',
          evidence: [],
        }),
      ];
      const dump = () => JSON.stringify([...spec.given(events).tables.dump()]);

      expect(dump()).toEqual(dump());
    });
  });
});
