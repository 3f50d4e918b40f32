import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../projections/current-case/case-view.js';
import { currentCaseProjection } from '../../projections/current-case/current-case-projection.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import { EventLog, projectionSpec, type EnvelopeOverrides } from './projection-spec.js';

// All data here is synthetic: no real patients, names or identifiers.

const spec = projectionSpec(currentCaseProjection);
const table = 'case_current';
const reason = { text: 'synthetic reason' };
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ipass = {
  illnessSeverity: 'watcher' as const,
  patientSummary: 'Synthetic summary',
  actionList: [{ action: 'Call the synthetic pharmacy', owner: 'cm-bo' }],
  situationAwareness: 'Synthetic awareness',
  contingency: 'Synthetic contingency',
};

/** One synthetic case: each test gets its own log, ids and stream. */
function aCase(caseNo = 1) {
  const log = new EventLog();
  const caseId = id(caseNo);
  const stream = `case-${caseId}`;
  const record = (event: CaretrailEvent, overrides: EnvelopeOverrides = {}) =>
    log.record(stream, event, overrides);
  const opened = [
    record({
      type: 'CaseOpened',
      data: {
        caseId,
        patientId: id(caseNo + 1000),
        program: 'transitional-care',
        referralSource: { kind: 'physician', detail: 'synthetic clinic' },
        admittedAt: '2025-02-28T08:00:00.000Z',
        admissionType: 'unplanned',
        primaryCaseManager: { userId: 'cm-ana', name: 'Ana Synthetic' },
      },
    }),
    record({
      type: 'CareTeamMemberAssigned',
      data: {
        memberId: 'cm-ana',
        name: 'Ana Synthetic',
        role: 'case-manager',
        from: '2025-02-28T08:00:00.000Z',
      },
    }),
  ];
  return { log, caseId, stream, record, opened };
}

function viewOf(events: readonly ProjectedEvent[], caseId: string): CaseView {
  const rows = spec.given(events).rows(table, { case_id: caseId });
  expect(rows).toHaveLength(1);
  return rows[0]!.view as unknown as CaseView;
}

const goalSet = (goalId: string): CaretrailEvent => ({
  type: 'GoalSet',
  data: {
    goalId,
    description: 'Walks to the mailbox unaided',
    target: { measure: 'distance walked', detail: '50 m', dueDate: '2025-04-01' },
    priority: 'high',
    addresses: [],
    lifecycleStatus: 'active',
  },
});

const contact = (contactId: string, summary: string): CaretrailEvent => ({
  type: 'ContactLogged',
  data: {
    contactId,
    party: 'family',
    channel: 'phone',
    direction: 'outbound',
    reached: true,
    purpose: 'coordination',
    summary,
  },
});

const decision = (decisionId: string, ready: boolean): CaretrailEvent => ({
  type: 'DischargeDecisionMade',
  data: ready
    ? {
        decisionId,
        decision: 'ready',
        disposition: 'home',
        rationale: reason,
        evidence: [],
      }
    : { decisionId, decision: 'not-ready', rationale: reason, evidence: [] },
});

describe('the current case', () => {
  it('opens one row with the patient, program, admission and primary case manager', () => {
    const { caseId, opened } = aCase();
    const rows = spec.given(opened).rows(table);
    expect(rows).toEqual([
      expect.objectContaining({
        case_id: caseId,
        patient_id: id(1001),
        status: 'open',
        program: 'transitional-care',
        primary_case_manager_id: 'cm-ana',
        admitted_at: '2025-02-28T08:00:00.000Z',
        discharged_at: null,
        closed_at: null,
        revision: 1,
        last_position: opened[1]!.position,
      }),
    ]);
    const view = viewOf(opened, caseId);
    expect(view).toMatchObject({
      caseId,
      status: 'open',
      opening: {
        program: 'transitional-care',
        referralSource: { kind: 'physician', detail: 'synthetic clinic' },
        admittedAt: '2025-02-28T08:00:00.000Z',
        admissionType: 'unplanned',
        eventId: opened[0]!.id,
      },
      primaryCaseManager: { userId: 'cm-ana', name: 'Ana Synthetic', handoffId: null },
      careTeam: {
        current: [{ memberId: 'cm-ana', role: 'case-manager', release: null }],
        past: [],
      },
      lastEventAt: opened[1]!.recordedAt,
    });
  });

  it('follows the care plan from draft through revisions, suspension and closing', () => {
    const { caseId, record, opened } = aCase();
    const plan = id(10);
    const events = [
      ...opened,
      record({
        type: 'CarePlanDrafted',
        data: { carePlanId: plan, title: 'Synthetic plan', description: 'Go home safely' },
      }),
      record({ type: 'CarePlanActivated', data: { carePlanId: plan } }),
      record({
        type: 'CarePlanRevised',
        data: {
          carePlanId: plan,
          summary: 'Adds physiotherapy',
          changes: [{ path: 'interventions', after: 'physiotherapy' }],
          evidence: [],
          reason: { text: 'synthetic fall risk' },
        },
      }),
      record({ type: 'CarePlanSuspended', data: { carePlanId: plan, reason } }),
      record({ type: 'CarePlanResumed', data: { carePlanId: plan } }),
      record({ type: 'CarePlanClosed', data: { carePlanId: plan, outcome: 'completed', reason } }),
    ];
    const { carePlan } = viewOf(events, caseId);
    expect(carePlan).toMatchObject({
      carePlanId: plan,
      status: 'completed',
      title: 'Synthetic plan',
      description: 'Go home safely',
      revisionCount: 1,
      latestRevision: {
        summary: 'Adds physiotherapy',
        reason: { text: 'synthetic fall risk' },
        occurredAt: events[4]!.occurredAt,
        eventId: events[4]!.id,
      },
    });
    expect(carePlan?.statusHistory.map((change) => change.status)).toEqual([
      'active',
      'on-hold',
      'active',
      'completed',
    ]);
  });

  it('keeps a completed plan among previous plans when the next one is drafted', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({ type: 'CarePlanDrafted', data: { carePlanId: id(10), title: 'First plan' } }),
      record({
        type: 'CarePlanClosed',
        data: { carePlanId: id(10), outcome: 'revoked', reason },
      }),
      record({ type: 'CarePlanDrafted', data: { carePlanId: id(11), title: 'Second plan' } }),
    ];
    const view = viewOf(events, caseId);
    expect(view.carePlan).toMatchObject({ carePlanId: id(11), status: 'draft' });
    expect(view.previousCarePlans).toMatchObject([{ carePlanId: id(10), status: 'revoked' }]);
  });

  it('lists problems with their status and resolution', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({
        type: 'ProblemIdentified',
        data: { problemId: id(20), description: 'Lives alone', category: 'psychosocial' },
      }),
      record({
        type: 'ProblemIdentified',
        data: { problemId: id(21), description: 'Fall risk', category: 'functional' },
      }),
      record({ type: 'ProblemResolved', data: { problemId: id(21), resolution: 'Walker fitted' } }),
    ];
    expect(viewOf(events, caseId).problems).toMatchObject([
      { problemId: id(20), status: 'active', resolved: null },
      { problemId: id(21), status: 'resolved', resolved: { resolution: 'Walker fitted' } },
    ]);
  });

  it('shows each goal with its lifecycle, progress history and latest achievement status', () => {
    const { caseId, record, opened } = aCase();
    const goalId = id(30);
    const events = [
      ...opened,
      record(goalSet(goalId)),
      record({
        type: 'GoalProgressRecorded',
        data: { goalId, achievementStatus: 'improving', evidence: { text: '20 m walked' } },
      }),
      // A late entry: recorded now, but it happened before the progress above.
      record(
        {
          type: 'GoalProgressRecorded',
          data: { goalId, achievementStatus: 'no-change', evidence: { text: '5 m walked' } },
        },
        { occurredAt: '2025-03-01T09:00:30.000Z' },
      ),
      record({ type: 'GoalStatusChanged', data: { goalId, from: 'active', to: 'on-hold' } }),
    ];
    const [goal] = viewOf(events, caseId).goals;
    expect(goal).toMatchObject({
      goalId,
      description: 'Walks to the mailbox unaided',
      due: '2025-04-01',
      priority: 'high',
      lifecycleStatus: 'on-hold',
      achievementStatus: 'improving',
    });
    expect(goal?.progress).toEqual([
      expect.objectContaining({
        achievementStatus: 'no-change',
        evidence: { text: '5 m walked' },
        occurredAt: '2025-03-01T09:00:30.000Z',
        recordedAt: events[4]!.recordedAt,
        eventId: events[4]!.id,
      }),
      expect.objectContaining({ achievementStatus: 'improving', eventId: events[3]!.id }),
    ]);
  });

  it('shows each intervention with its status and outcome', () => {
    const { caseId, record, opened } = aCase();
    const interventionId = id(40);
    const events = [
      ...opened,
      record({
        type: 'InterventionPlanned',
        data: {
          interventionId,
          kind: 'service',
          description: 'Meals on wheels',
          performer: { organization: 'Synthetic Meals' },
          due: '2025-03-10',
          goalIds: [],
        },
      }),
      record({
        type: 'InterventionStatusChanged',
        data: { interventionId, from: 'scheduled', to: 'in-progress' },
      }),
      record({
        type: 'InterventionStatusChanged',
        data: { interventionId, from: 'in-progress', to: 'completed', outcome: 'Delivered daily' },
      }),
    ];
    expect(viewOf(events, caseId).interventions).toMatchObject([
      { interventionId, status: 'completed', outcome: 'Delivered daily', due: '2025-03-10' },
    ]);
  });

  it('keeps current and past care-team members with their roles and periods', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({
        type: 'CareTeamMemberAssigned',
        data: { memberId: 'rn-cy', role: 'nurse', from: '2025-03-01T10:00:00.000Z' },
      }),
      record({
        type: 'CareTeamMemberReleased',
        data: { memberId: 'rn-cy', until: '2025-03-02T10:00:00.000Z' },
      }),
    ];
    const { careTeam } = viewOf(events, caseId);
    expect(careTeam.current.map((member) => member.memberId)).toEqual(['cm-ana']);
    expect(careTeam.past).toMatchObject([
      {
        memberId: 'rn-cy',
        role: 'nurse',
        from: '2025-03-01T10:00:00.000Z',
        release: { until: '2025-03-02T10:00:00.000Z', eventId: events[3]!.id },
      },
    ]);
  });

  it('moves the primary case manager through an accepted handoff and keeps the history', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({
        type: 'HandoffInitiated',
        data: {
          handoffId: id(50),
          kind: 'case-manager',
          from: { userId: 'cm-ana' },
          to: { userId: 'cm-bo', name: 'Bo Synthetic' },
          transfersPrimary: true,
          ipass,
        },
      }),
      record({
        type: 'HandoffInitiated',
        data: {
          handoffId: id(51),
          kind: 'team',
          from: { userId: 'cm-ana' },
          to: { userId: 'sw-di' },
          transfersPrimary: false,
          ipass,
        },
      }),
      record({ type: 'HandoffAccepted', data: { handoffId: id(50), synthesis: 'Understood' } }),
      record({ type: 'HandoffDeclined', data: { handoffId: id(51), reason } }),
    ];
    const view = viewOf(events, caseId);
    expect(view.primaryCaseManager).toEqual({
      userId: 'cm-bo',
      name: 'Bo Synthetic',
      since: events[4]!.occurredAt,
      handoffId: id(50),
      sinceEventId: events[4]!.id,
    });
    expect(view.primaryCaseManagerHistory).toMatchObject([
      { userId: 'cm-ana', until: events[4]!.occurredAt, untilEventId: events[4]!.id },
    ]);
    expect(view.handoffs.open).toEqual([]);
    expect(view.handoffs.past).toMatchObject([
      { handoffId: id(50), status: 'accepted', ipass, settlement: { synthesis: 'Understood' } },
      { handoffId: id(51), status: 'declined', settlement: { reason } },
    ]);
    expect(spec.given(events).rows(table)[0]?.primary_case_manager_id).toBe('cm-bo');
  });

  it('groups assessments by instrument in occurredAt order and shows the latest risk tier', () => {
    const { caseId, record, opened } = aCase();
    const assessment = (assessmentId: string, total: number): CaretrailEvent => ({
      type: 'AssessmentRecorded',
      data: { assessmentId, instrument: { code: 'LACE' }, items: [], total, band: 'moderate' },
    });
    const events = [
      ...opened,
      record(assessment(id(60), 9)),
      record({
        type: 'AssessmentRecorded',
        data: {
          assessmentId: id(61),
          instrument: { code: 'custom', name: 'Synthetic scale', min: 0, max: 10 },
          items: [],
          total: 4,
        },
      }),
      record(assessment(id(62), 7), { occurredAt: '2025-03-01T08:30:00.000Z' }),
      record({
        type: 'RiskStratified',
        data: { stratificationId: id(63), tier: 'high', basis: 'LACE 9', assessmentIds: [] },
      }),
    ];
    const view = viewOf(events, caseId);
    expect(view.assessments).toMatchObject([
      {
        instrument: 'LACE',
        entries: [
          { assessmentId: id(62), total: 7, band: 'moderate', eventId: events[4]!.id },
          { assessmentId: id(60), total: 9, eventId: events[2]!.id },
        ],
      },
      { instrument: 'custom:Synthetic scale', entries: [{ total: 4, band: null }] },
    ]);
    expect(view.riskTier).toBe('high');
  });

  it('lists utilization reviews, payer determinations, avoidable days and payer reports', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({
        type: 'UtilizationReviewPerformed',
        data: {
          reviewId: id(70),
          kind: 'admission',
          criteriaSet: { name: 'Synthetic criteria', version: '2025' },
          criteriaMet: true,
          levelOfCare: 'inpatient',
          evidence: [],
          nextReviewDue: '2025-03-03',
        },
      }),
      record({
        type: 'PayerDeterminationRecorded',
        data: {
          determinationId: id(71),
          payer: 'Synthetic Health Plan',
          decision: 'approved',
          authorizedDays: 3,
          reviewId: id(70),
          evidence: [],
        },
      }),
      record({
        type: 'AvoidableDayRecorded',
        data: {
          avoidableDayId: id(72),
          date: '2025-03-02',
          reason,
          responsibleParty: 'post-acute-provider',
        },
      }),
      record({
        type: 'PayerReportSubmitted',
        data: {
          reportId: id(73),
          payer: 'Synthetic Health Plan',
          reportType: 'clinical-update',
          period: { from: '2025-02-28', to: '2025-03-02' },
          contentHash: 'a'.repeat(64),
          purpose: 'payment',
        },
      }),
    ];
    const view = viewOf(events, caseId);
    expect(view.utilizationReviews).toMatchObject([
      {
        reviewId: id(70),
        criteriaMet: true,
        levelOfCare: 'inpatient',
        nextReviewDue: '2025-03-03',
      },
    ]);
    expect(view.payerDeterminations).toMatchObject([
      { determinationId: id(71), decision: 'approved', authorizedDays: 3, denialReason: null },
    ]);
    expect(view.avoidableDays).toMatchObject([
      { date: '2025-03-02', responsibleParty: 'post-acute-provider' },
    ]);
    expect(view.payerReports).toMatchObject([{ reportId: id(73), purpose: 'payment' }]);
  });

  it('shows the latest discharge plan and decision in force, then the discharge and closure', () => {
    const { caseId, record, opened } = aCase();
    const plan = (expectedDate: string): CaretrailEvent => ({
      type: 'DischargePlanUpdated',
      data: { expectedDate, servicesArranged: [], followUps: [], barriers: [] },
    });
    const events = [
      ...opened,
      record(plan('2025-03-05')),
      record(plan('2025-03-07')),
      record(decision(id(80), false)),
      record(decision(id(81), true)),
      record({
        type: 'PatientDischarged',
        data: { dischargedAt: '2025-03-07T12:00:00.000Z', disposition: 'home' },
      }),
      record({ type: 'CaseClosed', data: { reason, outcome: 'goals-met' } }),
    ];
    const view = viewOf(events, caseId);
    expect(view.dischargePlan).toMatchObject({ expectedDate: '2025-03-07' });
    expect(view.dischargePlanHistory).toHaveLength(2);
    expect(view.dischargeDecisions.map((d) => d.decision)).toEqual(['not-ready', 'ready']);
    expect(view.dischargeDecisionInForce).toMatchObject({
      decisionId: id(81),
      disposition: 'home',
    });
    expect(view.discharge).toMatchObject({
      dischargedAt: '2025-03-07T12:00:00.000Z',
      disposition: 'home',
    });
    expect(view.closure).toMatchObject({ reason, outcome: 'goals-met' });
    expect(spec.given(events).rows(table)).toEqual([
      expect.objectContaining({
        status: 'closed',
        discharged_at: '2025-03-07T12:00:00.000Z',
        closed_at: events[7]!.occurredAt,
      }),
    ]);
  });

  it('counts contacts and education and shows the last contact by when it happened', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record(contact(id(90), 'Second call')),
      record(contact(id(91), 'First call, entered late'), {
        occurredAt: '2025-03-01T08:00:00.000Z',
      }),
      record({
        type: 'EducationProvided',
        data: {
          educationId: id(92),
          topic: 'inhaler technique',
          recipient: 'patient',
          method: 'demonstration',
          teachBack: 'understood',
        },
      }),
    ];
    const view = viewOf(events, caseId);
    expect(view.liaison).toMatchObject({
      contactCount: 2,
      reachedContactCount: 2,
      educationCount: 1,
      lastContact: { contactId: id(90), summary: 'Second call' },
      lastEducation: { topic: 'inhaler technique' },
    });
    expect(view.contacts.map((c) => c.contactId)).toEqual([id(91), id(90)]);
  });

  it('finds cases by patient and by primary case manager and status', () => {
    const first = aCase(1);
    const second = aCase(2);
    const then = spec.given([
      ...first.opened,
      ...second.opened,
      second.record({ type: 'CaseClosed', data: { reason, outcome: 'transferred' } }),
    ]);
    expect(then.rows(table, { patient_id: id(1002) }).map((r) => r.case_id)).toEqual([id(2)]);
    expect(
      then.rows(table, { primary_case_manager_id: 'cm-ana', status: 'open' }).map((r) => r.case_id),
    ).toEqual([id(1)]);
  });

  it('ignores events of patient streams', () => {
    const { opened, log } = aCase();
    const patientEvent = log.record(`patient-${id(1001)}`, {
      type: 'ConsentRecorded',
      data: { consentId: id(5), scope: 'case-management', period: { start: '2025-02-28' } },
    });
    expect(currentCaseProjection.apply(patientEvent, spec.given(opened).tables)).toEqual([]);
  });
});

describe('a corrected entry', () => {
  it('shows the corrected fields and who corrected it, when', () => {
    const { caseId, record, opened } = aCase();
    const events = [...opened, record(goalSet(id(30)))];
    const correction = record({
      type: 'EntryCorrected',
      data: {
        targetEventId: events[2]!.id,
        correctedData: { description: 'Walks to the gate unaided', priority: 'medium' },
        reason: { text: 'synthetic typo' },
      },
    });
    const [goal] = viewOf([...events, correction], caseId).goals;
    expect(goal).toMatchObject({
      description: 'Walks to the gate unaided',
      priority: 'medium',
      corrections: [
        {
          eventId: correction.id,
          recordedAt: correction.recordedAt,
          reason: { text: 'synthetic typo' },
          changes: [
            {
              field: 'description',
              before: 'Walks to the mailbox unaided',
              after: 'Walks to the gate unaided',
            },
            { field: 'priority', before: 'high', after: 'medium' },
          ],
          enteredInError: false,
        },
      ],
    });
  });

  it('patches a correction of a transition (an intervention outcome) and of the opening', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({
        type: 'InterventionPlanned',
        data: {
          interventionId: id(40),
          kind: 'referral',
          description: 'Synthetic referral',
          performer: {},
          goalIds: [],
        },
      }),
      record({
        type: 'InterventionStatusChanged',
        data: { interventionId: id(40), from: 'scheduled', to: 'completed', outcome: 'Seen' },
      }),
    ];
    const corrections = [
      record({
        type: 'EntryCorrected',
        data: { targetEventId: events[3]!.id, correctedData: { outcome: 'Seen twice' }, reason },
      }),
      record({
        type: 'EntryCorrected',
        data: { targetEventId: events[0]!.id, correctedData: { program: 'complex-care' }, reason },
      }),
    ];
    const all = [...events, ...corrections];
    expect(viewOf(all, caseId).interventions[0]?.outcome).toBe('Seen twice');
    expect(spec.given(all).rows(table)[0]?.program).toBe('complex-care');
  });

  it('undoes a correction marked in error, keeping the corrections after it', () => {
    const { caseId, record, opened } = aCase();
    const events = [...opened, record(goalSet(id(30)))];
    const first = record({
      type: 'EntryCorrected',
      data: { targetEventId: events[2]!.id, correctedData: { priority: 'low' }, reason },
    });
    const second = record({
      type: 'EntryCorrected',
      data: {
        targetEventId: events[2]!.id,
        correctedData: { description: 'Walks to the gate', priority: 'medium' },
        reason,
      },
    });
    const withdrawn = record({
      type: 'EntryMarkedInError',
      data: { targetEventId: first.id, reason },
    });
    const [goal] = viewOf([...events, first, second, withdrawn], caseId).goals;
    expect(goal).toMatchObject({
      priority: 'medium',
      description: 'Walks to the gate',
      enteredInError: false,
      corrections: [
        { eventId: first.id, enteredInError: true },
        { eventId: second.id, enteredInError: false },
      ],
    });
  });
  it('returns to the original when its only correction is marked in error', () => {
    const { caseId, record, opened } = aCase();
    const events = [...opened, record(goalSet(id(30)))];
    const correction = record({
      type: 'EntryCorrected',
      data: { targetEventId: events[2]!.id, correctedData: { priority: 'low' }, reason },
    });
    const withdrawn = record({
      type: 'EntryMarkedInError',
      data: { targetEventId: correction.id, reason },
    });
    expect(viewOf([...events, correction, withdrawn], caseId).goals[0]?.priority).toBe('high');
  });
});

describe('an entry marked in error', () => {
  it('stays visible, flagged, and no longer counts for the latest achievement status', () => {
    const { caseId, record, opened } = aCase();
    const goalId = id(30);
    const events = [
      ...opened,
      record(goalSet(goalId)),
      record({
        type: 'GoalProgressRecorded',
        data: { goalId, achievementStatus: 'improving', evidence: { text: 'synthetic' } },
      }),
      record({
        type: 'GoalProgressRecorded',
        data: { goalId, achievementStatus: 'achieved', evidence: { text: 'wrong patient' } },
      }),
    ];
    const mark = record({
      type: 'EntryMarkedInError',
      data: { targetEventId: events[4]!.id, reason },
    });
    const [goal] = viewOf([...events, mark], caseId).goals;
    expect(goal?.achievementStatus).toBe('improving');
    expect(goal?.progress[1]).toMatchObject({
      achievementStatus: 'achieved',
      enteredInError: true,
      markedInError: { eventId: mark.id, recordedAt: mark.recordedAt, reason },
    });
  });

  it('withdraws a discharge decision so the earlier one is in force again', () => {
    const { caseId, record, opened } = aCase();
    const events = [...opened, record(decision(id(80), false)), record(decision(id(81), true))];
    const mark = record({
      type: 'EntryMarkedInError',
      data: { targetEventId: events[3]!.id, reason },
    });
    const view = viewOf([...events, mark], caseId);
    expect(view.dischargeDecisionInForce).toMatchObject({
      decisionId: id(80),
      decision: 'not-ready',
    });
    expect(view.dischargeDecisions).toMatchObject([
      { decisionId: id(80), enteredInError: false },
      { decisionId: id(81), enteredInError: true },
    ]);
  });

  it('takes a care plan, an open handoff and a contact out of the current picture', () => {
    const { caseId, record, opened } = aCase();
    const events = [
      ...opened,
      record({ type: 'CarePlanDrafted', data: { carePlanId: id(10), title: 'Wrong case' } }),
      record({
        type: 'HandoffInitiated',
        data: {
          handoffId: id(50),
          kind: 'team',
          from: { userId: 'cm-ana' },
          to: { userId: 'sw-di' },
          transfersPrimary: false,
          ipass,
        },
      }),
      record(contact(id(90), 'First call')),
      record(contact(id(91), 'Wrong patient')),
    ];
    const marks = [2, 3, 5].map((index) =>
      record({ type: 'EntryMarkedInError', data: { targetEventId: events[index]!.id, reason } }),
    );
    const view = viewOf([...events, ...marks], caseId);
    expect(view.carePlan).toBeNull();
    expect(view.previousCarePlans).toMatchObject([{ carePlanId: id(10), enteredInError: true }]);
    expect(view.handoffs).toMatchObject({
      open: [],
      past: [{ handoffId: id(50), enteredInError: true }],
    });
    expect(view.liaison).toMatchObject({ contactCount: 1, lastContact: { contactId: id(90) } });
  });
});

describe('the current-case read model', () => {
  it('is byte-identical when built twice from the same events', () => {
    const { record, opened } = aCase();
    const events = [
      ...opened,
      record(goalSet(id(30))),
      record(contact(id(90), 'A call'), { occurredAt: '2025-03-01T08:00:00.000Z' }),
      record({
        type: 'EntryCorrected',
        data: { targetEventId: opened[0]!.id, correctedData: { admissionType: 'planned' }, reason },
      }),
    ];
    expect(spec.given(events).rows(table)).toEqual(spec.given(events).rows(table));
    expect([...spec.given(events).tables.dump()]).toEqual([...spec.given(events).tables.dump()]);
  });

  it('changes nothing when an event is replayed', () => {
    const { caseId, record, opened } = aCase();
    const events = [...opened, record(goalSet(id(30)))];
    const then = spec.given(events);
    expect(currentCaseProjection.apply(events[1]!, then.tables)).toEqual([]);
    expect(viewOf([...events, events[2]!], caseId).goals).toHaveLength(1);
  });
});

describe('the current case and the right to amend', () => {
  const cara = { userId: 'synthetic-rn-cara', role: 'clinician' } as const;

  it('keeps a corrected entry’s original with the correction’s author and times, and links the request', () => {
    const { caseId, record, opened } = aCase(40);
    const called = record(contact(id(41), 'Synthetic: no answer'));
    const amendmentId = id(42);
    const requested = record({
      type: 'AmendmentRequested',
      data: {
        amendmentId,
        targetEventIds: [called.id],
        requestedChange: 'Synthetic: the call was answered',
        justification: 'Synthetic: the patient answered',
        receivedAt: '2025-03-01T08:00:00.000Z',
        requestedBy: { kind: 'patient' },
        dueDate: '2025-04-30',
      },
    });
    const corrected = record(
      {
        type: 'EntryCorrected',
        data: {
          targetEventId: called.id,
          correctedData: { summary: 'Synthetic: answered' },
          reason: { text: 'Synthetic: amendment' },
        },
      },
      { actor: cara },
    );
    const accepted = record(
      { type: 'AmendmentAccepted', data: { amendmentId, correctionEventIds: [corrected.id] } },
      { occurredAt: '2025-05-01T09:00:00.000Z' },
    );

    const view = viewOf([...opened, called, requested, corrected, accepted], caseId);

    expect(view.contacts).toMatchObject([
      {
        eventId: called.id,
        summary: 'Synthetic: answered',
        amendmentIds: [amendmentId],
        corrections: [
          {
            eventId: corrected.id,
            actor: { userId: cara.userId, role: 'clinician', onBehalfOf: null },
            recordedAt: corrected.recordedAt,
            changes: [
              { field: 'summary', before: 'Synthetic: no answer', after: 'Synthetic: answered' },
            ],
          },
        ],
      },
    ]);
    expect(view.amendments).toMatchObject([
      {
        amendmentId,
        eventId: requested.id,
        status: 'accepted',
        dueDate: '2025-04-30',
        decision: {
          outcome: 'accepted',
          correctionEventIds: [corrected.id],
          eventId: accepted.id,
          decidedLate: true,
        },
        statement: null,
        rebuttal: null,
      },
    ]);
  });
});
