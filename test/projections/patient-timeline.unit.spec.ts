import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { entriesAsKnownAt } from '../../projections/patient-timeline/entry-as-known.js';
import { patientTimelineProjection } from '../../projections/patient-timeline/patient-timeline.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import { eventCatalogue } from '../../src/domain/events/catalogue.js';
import { ReadModelTables } from '../../src/read-models/read-model-tables.js';
import { amendmentSteps } from './amendment-steps.js';
import { EventLog, projectionSpec } from './projection-spec.js';

// All data here is synthetic: no real patients, names or identifiers.

const entries = 'patient_timeline_entries';
const spec = projectionSpec(patientTimelineProjection);

let nextId = 0;
/** A fresh synthetic uuid (v4 layout), so no test shares ids with another. */
const uuid = () => `00000000-0000-4000-8000-${(++nextId).toString(16).padStart(12, '0')}`;
const reason = { text: 'synthetic reason for the test' };

function patient(log: EventLog, patientId = uuid()) {
  return {
    patientId,
    stream: `patient-${patientId}`,
    registered: log.record(`patient-${patientId}`, {
      type: 'PatientRegistered',
      data: {
        patientId,
        mrn: 'SYN-TL-0001',
        name: { given: 'Testa', family: 'Syntheticson' },
        birthDate: '1950-01-01',
        sex: 'unknown',
      },
    }),
  };
}

function openCase(log: EventLog, patientId: string, caseId = uuid()) {
  const stream = `case-${caseId}`;
  return {
    caseId,
    stream,
    opened: log.record(stream, {
      type: 'CaseOpened',
      data: {
        caseId,
        patientId,
        program: 'transitional-care',
        referralSource: { kind: 'physician' },
        admittedAt: '2025-02-28T08:00:00.000Z',
        admissionType: 'unplanned',
        primaryCaseManager: { userId: 'cm-ana' },
      },
    }),
  };
}

function contact(log: EventLog, stream: string, summary = 'Discussed rehab options with daughter') {
  return log.record(stream, {
    type: 'ContactLogged',
    data: {
      contactId: uuid(),
      party: 'family',
      channel: 'phone',
      direction: 'outbound',
      reached: true,
      purpose: 'advice-on-options',
      summary,
    },
  });
}

/** Every event type of the catalogue once, on one patient and one case, with the summary each gets. */
function everyEventType(log: EventLog) {
  const { patientId, stream: patientStream, registered } = patient(log);
  const { caseId, stream, opened } = openCase(log, patientId);
  const [goalId, interventionId, problemId, carePlanId, handoffId, consentId] = [
    uuid(),
    uuid(),
    uuid(),
    uuid(),
    uuid(),
    uuid(),
  ] as const;
  const contactLogged = contact(log, stream);
  const timeline: [ProjectedEvent, string][] = [
    [registered, 'Patient registered'],
    [
      log.record(patientStream, {
        type: 'PatientDetailsUpdated',
        data: { name: { given: 'Testa', family: 'Syntheticova' }, contact: { phone: '555-0100' } },
      }),
      'Patient details updated: name, contact',
    ],
    [
      log.record(patientStream, {
        type: 'ConsentRecorded',
        data: { consentId, scope: 'case-management', period: { start: '2025-03-01' } },
      }),
      'Consent recorded: case-management from 2025-03-01',
    ],
    [opened, 'Case opened: transitional-care (unplanned admission, referred by physician)'],
    [
      log.record(stream, {
        type: 'CareTeamMemberAssigned',
        data: { memberId: 'cm-ana', role: 'case-manager', from: '2025-03-01T09:00:00.000Z' },
      }),
      'cm-ana joined the care team as case-manager',
    ],
    [
      log.record(stream, {
        type: 'AssessmentRecorded',
        data: {
          assessmentId: uuid(),
          instrument: { code: 'PHQ-9' },
          items: [],
          total: 14,
          band: 'moderate',
        },
      }),
      'PHQ-9 recorded: 14 (moderate)',
    ],
    [
      log.record(stream, {
        type: 'RiskStratified',
        data: { stratificationId: uuid(), tier: 'high', basis: 'LACE 12', assessmentIds: [] },
      }),
      'Risk stratified: high',
    ],
    [
      log.record(stream, {
        type: 'ProblemIdentified',
        data: { problemId, description: 'Lives alone', category: 'psychosocial' },
      }),
      'Problem identified (psychosocial): Lives alone',
    ],
    [
      log.record(stream, {
        type: 'CarePlanDrafted',
        data: { carePlanId, title: 'Transitional care plan' },
      }),
      'Care plan drafted: Transitional care plan',
    ],
    [
      log.record(stream, { type: 'CarePlanActivated', data: { carePlanId } }),
      'Care plan activated: Transitional care plan',
    ],
    [
      log.record(stream, {
        type: 'GoalSet',
        data: {
          goalId,
          description: 'Walks to the mailbox unaided',
          target: { measure: 'distance walked' },
          priority: 'high',
          addresses: [problemId],
          lifecycleStatus: 'active',
        },
      }),
      'Goal set (high priority): Walks to the mailbox unaided',
    ],
    [
      log.record(stream, {
        type: 'GoalProgressRecorded',
        data: { goalId, achievementStatus: 'improving', evidence: { text: 'Walked 20 m' } },
      }),
      'Goal progress: improving: Walks to the mailbox unaided',
    ],
    [
      log.record(stream, {
        type: 'InterventionPlanned',
        data: {
          interventionId,
          kind: 'referral',
          description: 'Home physiotherapy referral',
          performer: { role: 'therapist' },
          goalIds: [goalId],
        },
      }),
      'Intervention planned (referral): Home physiotherapy referral',
    ],
    [
      log.record(stream, {
        type: 'InterventionStatusChanged',
        data: { interventionId, from: 'scheduled', to: 'completed' },
      }),
      'Intervention scheduled → completed: Home physiotherapy referral',
    ],
    [
      log.record(stream, {
        type: 'CarePlanRevised',
        data: {
          carePlanId,
          summary: 'Added home physiotherapy',
          changes: [{ path: 'interventions', after: 'Home physiotherapy referral' }],
          evidence: [],
          reason,
        },
      }),
      'Care plan revised (1 change): Added home physiotherapy',
    ],
    [
      log.record(stream, { type: 'CarePlanSuspended', data: { carePlanId, reason } }),
      'Care plan suspended: Transitional care plan',
    ],
    [
      log.record(stream, { type: 'CarePlanResumed', data: { carePlanId } }),
      'Care plan resumed: Transitional care plan',
    ],
    [
      contactLogged,
      'Phone contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter',
    ],
    [
      log.record(stream, {
        type: 'EducationProvided',
        data: {
          educationId: uuid(),
          topic: 'inhaler technique',
          recipient: 'patient',
          method: 'demonstration',
          teachBack: 'understood',
        },
      }),
      'Education on inhaler technique for patient (demonstration): teach-back understood',
    ],
    [
      log.record(stream, {
        type: 'UtilizationReviewPerformed',
        data: {
          reviewId: uuid(),
          kind: 'continued-stay',
          criteriaSet: { name: 'InterQual', version: '2024' },
          criteriaMet: true,
          levelOfCare: 'inpatient',
          evidence: [],
        },
      }),
      'Continued-stay review (InterQual 2024): criteria met, inpatient',
    ],
    [
      log.record(stream, {
        type: 'PayerDeterminationRecorded',
        data: {
          determinationId: uuid(),
          payer: 'Synthetic Health',
          decision: 'approved',
          authorizedDays: 3,
          evidence: [],
        },
      }),
      'Payer determination from Synthetic Health: approved, 3 days authorized',
    ],
    [
      log.record(stream, {
        type: 'AvoidableDayRecorded',
        data: {
          avoidableDayId: uuid(),
          date: '2025-03-02',
          reason: { text: 'Waiting for a rehab bed' },
          responsibleParty: 'post-acute-provider',
        },
      }),
      'Avoidable day 2025-03-02 (post-acute-provider): Waiting for a rehab bed',
    ],
    [
      log.record(stream, {
        type: 'PayerReportSubmitted',
        data: {
          reportId: uuid(),
          payer: 'Synthetic Health',
          reportType: 'clinical update',
          period: { from: '2025-03-01', to: '2025-03-02' },
          contentHash: 'a'.repeat(64),
          purpose: 'payment',
        },
      }),
      'Report sent to Synthetic Health: clinical update, 2025-03-01 to 2025-03-02 (payment)',
    ],
    [
      log.record(stream, {
        type: 'HandoffInitiated',
        data: {
          handoffId,
          kind: 'case-manager',
          from: { userId: 'cm-ana' },
          to: { userId: 'cm-bo', name: 'Bo Synthetic' },
          transfersPrimary: true,
          ipass: {
            illnessSeverity: 'watcher',
            patientSummary: 'Synthetic summary',
            actionList: [],
            situationAwareness: 'Awaiting a rehab bed',
            contingency: 'Escalate to the physician',
          },
        },
      }),
      'Handoff to cm-bo initiated (watcher)',
    ],
    [
      log.record(stream, {
        type: 'HandoffAccepted',
        data: { handoffId, synthesis: 'Understood: rehab bed pending' },
      }),
      'Handoff to cm-bo accepted',
    ],
    [
      log.record(stream, {
        type: 'HandoffDeclined',
        data: { handoffId, reason: { text: 'Caseload full this week' } },
      }),
      'Handoff to cm-bo declined: Caseload full this week',
    ],
    [
      log.record(stream, {
        type: 'CareTeamMemberReleased',
        data: { memberId: 'cm-ana', until: '2025-03-01T12:00:00.000Z' },
      }),
      'cm-ana left the care team',
    ],
    [
      log.record(stream, {
        type: 'DischargePlanUpdated',
        data: {
          expectedDate: '2025-03-10',
          plannedDisposition: 'home',
          servicesArranged: [],
          followUps: [],
          barriers: ['stairs at home'],
        },
      }),
      'Discharge plan updated: planned home, expected 2025-03-10, 1 barrier',
    ],
    [
      log.record(stream, {
        type: 'DischargeDecisionMade',
        data: {
          decisionId: uuid(),
          decision: 'ready',
          disposition: 'home',
          rationale: reason,
          evidence: [],
        },
      }),
      'Discharge decision: ready (home)',
    ],
    [
      log.record(stream, {
        type: 'PatientDischarged',
        data: { dischargedAt: '2025-03-01T15:00:00.000Z', disposition: 'home' },
      }),
      'Discharged home',
    ],
    [
      log.record(stream, {
        type: 'GoalStatusChanged',
        data: { goalId, from: 'active', to: 'completed' },
      }),
      'Goal active → completed: Walks to the mailbox unaided',
    ],
    [
      log.record(stream, {
        type: 'ProblemResolved',
        data: { problemId },
      }),
      'Problem resolved: Lives alone',
    ],
    [
      log.record(stream, {
        type: 'CarePlanClosed',
        data: { carePlanId, outcome: 'completed', reason },
      }),
      'Care plan closed (completed): Transitional care plan',
    ],
    [
      log.record(stream, { type: 'CaseClosed', data: { reason, outcome: 'goals-met' } }),
      'Case closed: goals-met',
    ],
    [
      log.record(stream, {
        type: 'EntryCorrected',
        data: {
          targetEventId: contactLogged.id,
          correctedData: { summary: 'Discussed rehab options with son' },
          reason,
        },
      }),
      'Corrected contact logged: summary',
    ],
    [
      log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: contactLogged.id, reason: { text: 'Wrong patient' } },
      }),
      'Marked in error: contact logged (Wrong patient)',
    ],
    [log.record(patientStream, { type: 'ConsentRevoked', data: { consentId } }), 'Consent revoked'],
  ];
  const [correction] = timeline.find(([event]) => event.type === 'EntryCorrected')!;
  timeline.push(...amendmentSteps(log, stream, contactLogged.id, correction.id));
  return { patientId, caseId, stream, contactLogged, timeline };
}

/** The same value with every object's keys in reverse order: equal data, different key order. */
function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, keysReversed(item)]),
  );
}

describe('the patient timeline', () => {
  it('puts every event type on the timeline with a stable kind and a one-line summary', () => {
    const { patientId, timeline } = everyEventType(new EventLog());
    const rows = spec
      .given(timeline.map(([event]) => event))
      .rows(entries, { patient_id: patientId });

    expect(new Set(rows.map((row) => row['event_type']))).toEqual(
      new Set(Object.keys(eventCatalogue)),
    );
    // The corrected contact shows its correction; its summary as recorded is kept beside it.
    const summaryOf = new Map(
      rows.map((row) => [row['event_id'], row['original_summary'] ?? row['summary']]),
    );
    for (const [event, summary] of timeline) expect(summaryOf.get(event.id)).toBe(summary);
    expect(rows.map((row) => [row['event_type'], row['kind']])).toContainEqual([
      'PatientRegistered',
      'patient',
    ]);
    expect(Object.fromEntries(rows.map((row) => [row['event_type'], row['kind']]))).toMatchObject({
      PatientRegistered: 'patient',
      ConsentRecorded: 'consent',
      CaseOpened: 'case',
      AssessmentRecorded: 'assessment',
      ProblemIdentified: 'problem',
      CarePlanRevised: 'care-plan',
      GoalSet: 'goal',
      InterventionPlanned: 'intervention',
      CareTeamMemberAssigned: 'care-team',
      ContactLogged: 'contact',
      EducationProvided: 'education',
      UtilizationReviewPerformed: 'utilization',
      PayerDeterminationRecorded: 'payer',
      HandoffAccepted: 'handoff',
      PatientDischarged: 'discharge',
      EntryCorrected: 'correction',
    });
  });

  it('records who, when, which case and which event each entry is', () => {
    const log = new EventLog();
    const { patientId, registered } = patient(log);
    const { caseId, stream, opened } = openCase(log, patientId);
    const logged = log.record(
      stream,
      {
        type: 'CareTeamMemberAssigned',
        data: { memberId: 'rn-cy', role: 'nurse', from: '2025-03-01T09:00:00.000Z' },
      },
      {
        actor: { userId: 'cm-ana', role: 'case_manager', onBehalfOf: 'md-dee' },
        occurredAt: '2025-03-01T10:30:00+01:00',
        recordedAt: '2025-03-01T09:45:00.000Z',
      },
    );

    spec.given([registered, opened, logged]).then(
      entries,
      [
        {
          patient_id: patientId,
          occurred_at: '2025-03-01T09:30:00.000Z',
          seq: 3,
          event_id: logged.id,
          case_id: caseId,
          stream_id: stream,
          revision: 1,
          position: logged.position,
          kind: 'care-team',
          event_type: 'CareTeamMemberAssigned',
          recorded_at: '2025-03-01T09:45:00.000Z',
          late_entry: 0,
          recorded_late: 0,
          out_of_order: 0,
          actor_user_id: 'cm-ana',
          actor_role: 'case_manager',
          actor_on_behalf_of: 'md-dee',
          summary: 'rn-cy joined the care team as nurse',
          status: 'recorded',
          original_summary: null,
          corrected_by_event_id: null,
          corrected_at: null,
          corrected_by_actor: null,
          in_error_by_event_id: null,
          in_error_at: null,
          in_error_by_actor: null,
          target_event_id: null,
        },
      ],
      { event_id: logged.id },
    );
  });

  it("merges all of a patient's cases and nobody else's into one timeline ordered by occurredAt", () => {
    const log = new EventLog();
    const { patientId, registered } = patient(log);
    const other = patient(log);
    const first = openCase(log, patientId);
    const second = openCase(log, patientId);
    const elsewhere = openCase(log, other.patientId);
    const early = contact(log, second.stream, 'Backdated call');
    const backdated = { ...early, occurredAt: '2025-03-01T08:00:00.000Z' };
    const events = [
      registered,
      other.registered,
      first.opened,
      second.opened,
      elsewhere.opened,
      contact(log, first.stream),
      contact(log, elsewhere.stream),
      backdated,
    ];

    const rows = spec.given(events).rows(entries, { patient_id: patientId });

    expect(rows.map((row) => row['event_id'])).toEqual([
      backdated.id,
      registered.id,
      first.opened.id,
      second.opened.id,
      events[5]?.id,
    ]);
    expect(rows.map((row) => row['case_id'])).toEqual([
      second.caseId,
      null,
      first.caseId,
      second.caseId,
      first.caseId,
    ]);
  });

  it('reads a page newest first as one backward range of the clustered key', () => {
    const log = new EventLog();
    const { patientId, registered } = patient(log);
    const { stream, opened } = openCase(log, patientId);
    const sameMinute = '2025-03-01T11:00:00.000Z';
    const calls = [1, 2, 3].map((n) =>
      log.record(
        stream,
        {
          type: 'ContactLogged',
          data: {
            contactId: uuid(),
            party: 'patient',
            channel: 'phone',
            direction: 'inbound',
            reached: true,
            purpose: 'follow-up',
            summary: `Call ${n}`,
          },
        },
        { occurredAt: sameMinute },
      ),
    );
    const db = new Database(':memory:');
    const tables = new ReadModelTables(db, patientTimelineProjection.tables, 1, 1);
    tables.create();
    for (const event of [registered, opened, ...calls])
      tables.apply(patientTimelineProjection.apply(event, tables));
    tables.flush();
    const page = `SELECT event_id FROM "${tables.nameOf(entries)}" WHERE patient_id = ? ORDER BY occurred_at DESC, seq DESC LIMIT 3`;

    const plan = db.prepare(`EXPLAIN QUERY PLAN ${page}`).all(patientId) as { detail: string }[];
    const ids = db.prepare(page).pluck().all(patientId);

    expect(plan.map((step) => step.detail).join('\n')).toMatch(
      /SEARCH .* USING PRIMARY KEY \(patient_id=\?\)/,
    );
    expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
    expect(ids).toEqual([calls[2]?.id, calls[1]?.id, calls[0]?.id]);
  });

  describe('late entries', () => {
    it('flags an entry recorded more than an hour after it occurred', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { caseId, stream, opened } = openCase(log, patientId);
      const late = log.record(
        stream,
        {
          type: 'RiskStratified',
          data: { stratificationId: uuid(), tier: 'low', basis: 'LACE 3', assessmentIds: [] },
        },
        {
          occurredAt: '2025-03-01T09:10:00.000Z',
          recordedAt: '2025-03-01T10:10:00.001Z',
        },
      );
      const onTime = log.record(
        stream,
        {
          type: 'RiskStratified',
          data: { stratificationId: uuid(), tier: 'low', basis: 'LACE 3', assessmentIds: [] },
        },
        {
          occurredAt: '2025-03-01T09:30:00.000Z',
          recordedAt: '2025-03-01T10:30:00.000Z',
        },
      );

      const rows = spec
        .given([registered, opened, late, onTime])
        .rows(entries, { case_id: caseId });

      expect(
        rows.map((row) => [
          row['event_id'],
          row['late_entry'],
          row['recorded_late'],
          row['out_of_order'],
        ]),
      ).toEqual([
        [opened.id, 0, 0, 0],
        [late.id, 1, 1, 0],
        [onTime.id, 0, 0, 0],
      ]);
    });

    it('flags an entry that occurred before the latest one already on its case, not on other cases', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const first = openCase(log, patientId);
      const second = openCase(log, patientId);
      const latest = contact(log, first.stream);
      const earlierOnSameCase = {
        ...contact(log, first.stream),
        occurredAt: '2025-03-01T09:02:30.000Z',
      };
      const earlierOnOtherCase = {
        ...contact(log, second.stream),
        occurredAt: second.opened.occurredAt,
      };

      const flags = spec
        .given([
          registered,
          first.opened,
          second.opened,
          latest,
          earlierOnSameCase,
          earlierOnOtherCase,
        ])
        .rows(entries, { patient_id: patientId })
        .map((row) => [row['event_id'], row['out_of_order'], row['late_entry']]);

      expect(flags).toContainEqual([earlierOnSameCase.id, 1, 1]);
      expect(flags).toContainEqual([earlierOnOtherCase.id, 0, 0]);
      expect(flags).toContainEqual([latest.id, 0, 0]);
    });
  });

  describe('corrections', () => {
    it('shows the corrected summary, keeps the original and links the correction', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const logged = contact(log, stream);
      const correction = log.record(stream, {
        type: 'EntryCorrected',
        data: {
          targetEventId: logged.id,
          correctedData: { summary: 'Discussed rehab options with son', reached: false },
          reason,
        },
      });

      const given = spec.given([registered, opened, logged, correction]);

      expect(given.rows(entries, { event_id: logged.id })).toMatchObject([
        {
          summary:
            'Phone contact with family (outbound, not reached), advice-on-options: Discussed rehab options with son',
          status: 'corrected',
          original_summary:
            'Phone contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter',
          corrected_by_event_id: correction.id,
          in_error_by_event_id: null,
        },
      ]);
      expect(given.rows(entries, { event_id: correction.id })).toMatchObject([
        {
          kind: 'correction',
          summary: 'Corrected contact logged: reached, summary',
          target_event_id: logged.id,
          status: 'recorded',
        },
      ]);
    });

    it('applies corrections in order, so the latest one shows', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const drafted = log.record(stream, {
        type: 'CarePlanDrafted',
        data: { carePlanId: uuid(), title: 'Draft title' },
      });
      const correct = (title: string) =>
        log.record(stream, {
          type: 'EntryCorrected',
          data: { targetEventId: drafted.id, correctedData: { title }, reason },
        });
      const first = correct('Second title');
      const second = correct('Third title');

      expect(
        spec
          .given([registered, opened, drafted, first, second])
          .rows(entries, { event_id: drafted.id }),
      ).toMatchObject([
        {
          summary: 'Care plan drafted: Third title',
          original_summary: 'Care plan drafted: Draft title',
          corrected_by_event_id: second.id,
          status: 'corrected',
        },
      ]);
    });

    it('flags an entry marked in error and keeps its summary', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const logged = contact(log, stream);
      const mark = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: logged.id, reason: { text: 'Logged on the wrong case' } },
      });

      const given = spec.given([registered, opened, logged, mark]);

      expect(given.rows(entries, { event_id: logged.id })).toMatchObject([
        {
          summary:
            'Phone contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter',
          status: 'in-error',
          in_error_by_event_id: mark.id,
        },
      ]);
      expect(given.rows(entries, { event_id: mark.id })).toMatchObject([
        {
          kind: 'correction',
          summary: 'Marked in error: contact logged (Logged on the wrong case)',
          target_event_id: logged.id,
        },
      ]);
    });

    it('keeps a corrected entry that is then marked in error flagged, with the corrected summary', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const logged = contact(log, stream);
      const correction = log.record(stream, {
        type: 'EntryCorrected',
        data: { targetEventId: logged.id, correctedData: { purpose: 'advocacy' }, reason },
      });
      const mark = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: logged.id, reason },
      });

      expect(
        spec
          .given([registered, opened, logged, correction, mark])
          .rows(entries, { event_id: logged.id }),
      ).toMatchObject([
        {
          summary:
            'Phone contact with family (outbound, reached), advocacy: Discussed rehab options with daughter',
          status: 'in-error',
          corrected_by_event_id: correction.id,
          in_error_by_event_id: mark.id,
        },
      ]);
    });

    it('takes a correction marked in error back out of its target', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const logged = contact(log, stream);
      const kept = log.record(stream, {
        type: 'EntryCorrected',
        data: { targetEventId: logged.id, correctedData: { channel: 'video' }, reason },
      });
      const wrong = log.record(stream, {
        type: 'EntryCorrected',
        data: { targetEventId: logged.id, correctedData: { party: 'physician' }, reason },
      });
      const mark = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: wrong.id, reason },
      });
      const onlyOne = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: kept.id, reason },
      });

      const afterFirst = spec.given([registered, opened, logged, kept, wrong, mark]);
      const afterBoth = spec.given([registered, opened, logged, kept, wrong, mark, onlyOne]);

      expect(afterFirst.rows(entries, { event_id: logged.id })).toMatchObject([
        {
          summary:
            'Video contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter',
          status: 'corrected',
          corrected_by_event_id: kept.id,
        },
      ]);
      expect(afterFirst.rows(entries, { event_id: wrong.id })).toMatchObject([
        { status: 'in-error', in_error_by_event_id: mark.id },
      ]);
      expect(afterBoth.rows(entries, { event_id: logged.id })).toMatchObject([
        {
          summary:
            'Phone contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter',
          status: 'recorded',
          original_summary: null,
          corrected_by_event_id: null,
        },
      ]);
    });

    it('names a corrected goal by its corrected description in later entries', () => {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const goalId = uuid();
      const set = log.record(stream, {
        type: 'GoalSet',
        data: {
          goalId,
          description: 'Walks unaided',
          target: { measure: 'distance' },
          priority: 'low',
          addresses: [],
          lifecycleStatus: 'active',
        },
      });
      const corrected = log.record(stream, {
        type: 'EntryCorrected',
        data: {
          targetEventId: set.id,
          correctedData: { description: 'Climbs stairs unaided' },
          reason,
        },
      });
      const progress = log.record(stream, {
        type: 'GoalProgressRecorded',
        data: { goalId, achievementStatus: 'achieved', evidence: {} },
      });

      expect(
        spec
          .given([registered, opened, set, corrected, progress])
          .rows(entries, { event_id: progress.id }),
      ).toMatchObject([{ summary: 'Goal progress: achieved: Climbs stairs unaided' }]);
    });
  });

  describe('as known at an earlier time', () => {
    /** The millisecond before an instant: the last moment something recorded then was not yet known. */
    const justBefore = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();
    const corrector = { userId: 'synthetic-rn-2', role: 'clinician' } as const;

    /** A contact corrected twice, the second correction then marked in error, and a late entry. */
    function amendedTimeline() {
      const log = new EventLog();
      const { patientId, registered } = patient(log);
      const { stream, opened } = openCase(log, patientId);
      const logged = contact(log, stream);
      const correct = (correctedData: Record<string, unknown>) =>
        log.record(
          stream,
          {
            type: 'EntryCorrected',
            data: { targetEventId: logged.id, correctedData, reason },
          },
          { actor: corrector },
        );
      const first = correct({ channel: 'video' });
      const second = correct({ party: 'physician' });
      const mark = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: second.id, reason },
      });
      const late = log.record(
        stream,
        {
          type: 'RiskStratified',
          data: { stratificationId: uuid(), tier: 'high', basis: 'LACE 14', assessmentIds: [] },
        },
        // Two hours before the contact, recorded after everything else.
        { occurredAt: new Date(Date.parse(logged.occurredAt) - 7_200_000).toISOString() },
      );
      const given = spec.given([registered, opened, logged, first, second, mark, late]);
      const asKnownAt = (knownAt: string) => {
        const rows = given.rows(entries, { patient_id: patientId });
        const versions = given.rows('patient_timeline_entry_versions');
        const shown = entriesAsKnownAt(rows, versions, knownAt);
        return {
          rows: shown,
          ids: shown.map((row) => row['event_id']),
          entry: (id: string) => shown.find((row) => row['event_id'] === id),
        };
      };
      const now = () => given.rows(entries, { patient_id: patientId });
      return { logged, first, second, mark, late, asKnownAt, now };
    }

    const original =
      'Phone contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter';
    const byVideo =
      'Video contact with family (outbound, reached), advice-on-options: Discussed rehab options with daughter';
    const byVideoWithPhysician =
      'Video contact with physician (outbound, reached), advice-on-options: Discussed rehab options with daughter';

    it('shows an entry as first recorded before its first correction was recorded', () => {
      const { logged, first, asKnownAt } = amendedTimeline();

      expect(asKnownAt(justBefore(first.recordedAt)).entry(logged.id)).toMatchObject({
        summary: original,
        status: 'recorded',
        original_summary: null,
        corrected_by_event_id: null,
        corrected_at: null,
        corrected_by_actor: null,
      });
    });

    it('applies exactly the corrections recorded by then, in order, with their time and author', () => {
      const { logged, first, second, asKnownAt } = amendedTimeline();

      expect(asKnownAt(first.recordedAt).entry(logged.id)).toMatchObject({
        summary: byVideo,
        status: 'corrected',
        original_summary: original,
        corrected_by_event_id: first.id,
        corrected_at: first.recordedAt,
        corrected_by_actor: JSON.stringify({ role: 'clinician', userId: corrector.userId }),
      });
      expect(asKnownAt(second.recordedAt).entry(logged.id)).toMatchObject({
        summary: byVideoWithPhysician,
        status: 'corrected',
        original_summary: original,
        corrected_by_event_id: second.id,
        corrected_at: second.recordedAt,
      });
    });

    it('takes a correction back out only from when its in-error mark was recorded', () => {
      const { logged, second, mark, asKnownAt } = amendedTimeline();

      const beforeMark = asKnownAt(justBefore(mark.recordedAt));
      const afterMark = asKnownAt(mark.recordedAt);

      expect(beforeMark.entry(logged.id)).toMatchObject({ summary: byVideoWithPhysician });
      expect(beforeMark.entry(second.id)).toMatchObject({
        status: 'recorded',
        in_error_by_event_id: null,
        in_error_at: null,
      });
      expect(afterMark.entry(logged.id)).toMatchObject({
        summary: byVideo,
        status: 'corrected',
      });
      expect(afterMark.entry(second.id)).toMatchObject({
        status: 'in-error',
        in_error_by_event_id: mark.id,
        in_error_at: mark.recordedAt,
        in_error_by_actor: JSON.stringify({ role: 'case_manager', userId: 'synthetic-cm-1' }),
      });
    });

    it('leaves out entries recorded later, a late entry included, and shows it once recorded', () => {
      const { logged, late, asKnownAt } = amendedTimeline();

      expect(asKnownAt(justBefore(logged.recordedAt)).ids).not.toContain(logged.id);
      expect(asKnownAt(justBefore(late.recordedAt)).ids).not.toContain(late.id);
      expect(asKnownAt(late.recordedAt).entry(late.id)).toMatchObject({
        occurred_at: late.occurredAt,
        recorded_at: late.recordedAt,
        late_entry: 1,
        recorded_late: 1,
        status: 'recorded',
      });
    });

    it('shows, as known after every amendment, exactly what the timeline shows now', () => {
      const { late, asKnownAt, now } = amendedTimeline();

      expect(asKnownAt(late.recordedAt).rows).toEqual(now());
    });
  });

  it('cuts free text to a short excerpt', () => {
    const log = new EventLog();
    const { patientId, registered } = patient(log);
    const { stream, opened } = openCase(log, patientId);
    const long = contact(
      log,
      stream,
      `Talked   through\nthe options ${'and more detail '.repeat(20)}`,
    );

    const [row] = spec.given([registered, opened, long]).rows(entries, { event_id: long.id });

    expect(row?.['summary']).toBe(
      'Phone contact with family (outbound, reached), advice-on-options: Talked through the options and more detail and more detail…',
    );
  });

  it("never writes the patient's name, MRN, birth date or phone", () => {
    const { timeline } = everyEventType(new EventLog());
    const given = spec.given(timeline.map(([event]) => event));
    const everything = JSON.stringify([...given.tables.dump()]);

    for (const phi of [
      'Testa',
      'Syntheticson',
      'Syntheticova',
      'SYN-TL-0001',
      '1950-01-01',
      '555-0100',
    ])
      expect(everything).not.toContain(phi);
  });

  it('refuses a case event whose case was never opened, rather than dropping it', () => {
    const log = new EventLog();
    const orphan = contact(log, `case-${uuid()}`);

    expect(() => spec.given([orphan])).toThrow(/has no CaseOpened/);
  });

  it('builds byte-identical rows from the same events, whatever their key order', () => {
    const { timeline } = everyEventType(new EventLog());
    const events = timeline.map(([event]) => event);
    const reordered = events.map((event) => keysReversed(event) as ProjectedEvent);

    const dump = (given: ReturnType<typeof spec.given>) => JSON.stringify([...given.tables.dump()]);

    expect(dump(spec.given(reordered))).toBe(dump(spec.given(events)));
  });
});
