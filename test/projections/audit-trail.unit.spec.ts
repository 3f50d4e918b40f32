import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditTrailProjection } from '../../projections/audit-trail/audit-trail.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import { eventCatalogue } from '../../src/domain/events/catalogue.js';
import { unpinned } from '../../src/domain/events/evidence.js';
import { ReadModelTables } from '../../src/read-models/read-model-tables.js';
import { amendmentSteps } from './amendment-steps.js';
import { EventLog, projectionSpec } from './projection-spec.js';

// All data here is synthetic: no real patients, names or identifiers.

const trail = 'audit_trail_events';
const spec = projectionSpec(auditTrailProjection);

let nextId = 0;
/** A fresh synthetic uuid (v4 layout), so no test shares ids with another. */
const uuid = () => `00000000-0000-4000-8000-${(++nextId).toString(16).padStart(12, 'a')}`;
const reason = { text: 'synthetic reason for the test' };

function patient(log: EventLog, patientId = uuid()) {
  const stream = `patient-${patientId}`;
  return {
    patientId,
    stream,
    registered: log.record(stream, {
      type: 'PatientRegistered',
      data: {
        patientId,
        mrn: 'SYN-AT-0001',
        name: { given: 'Testa', family: 'Auditson' },
        birthDate: '1951-02-03',
        sex: 'unknown',
      },
    }),
  };
}

function openCase(log: EventLog, patientId: string) {
  const caseId = uuid();
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
        referralSource: { kind: 'hospital' },
        admittedAt: '2025-02-28T08:00:00.000Z',
        admissionType: 'emergency',
        primaryCaseManager: { userId: 'cm-ana' },
      },
    }),
  };
}

/** One patient with one open case: the ground most tests stand on. */
function openEpisode(log = new EventLog()) {
  const p = patient(log);
  const c = openCase(log, p.patientId);
  const goalId = uuid();
  const goalSet = log.record(c.stream, {
    type: 'GoalSet',
    data: {
      goalId,
      description: 'Walks to the mailbox unaided',
      target: { measure: 'distance walked', detail: '50 m' },
      priority: 'high',
      addresses: [],
      lifecycleStatus: 'active',
    },
  });
  return { log, ...p, ...c, goalId, goalSet, given: [p.registered, c.opened, goalSet] };
}

/** Every event type of the catalogue once, on one patient and one case. */
function everyEventType() {
  const { log, stream, stream: caseStream, given, goalId, patientId } = openEpisode();
  const patientStream = `patient-${patientId}`;
  const [interventionId, problemId, carePlanId, handoffId, consentId] = [
    uuid(),
    uuid(),
    uuid(),
    uuid(),
    uuid(),
  ] as const;
  const contact = log.record(caseStream, {
    type: 'ContactLogged',
    data: {
      contactId: uuid(),
      party: 'insurer',
      channel: 'phone',
      direction: 'inbound',
      reached: true,
      purpose: 'coordination',
      summary: 'Payer asked for notes',
    },
  });
  const events: ProjectedEvent[] = [
    ...given,
    log.record(patientStream, { type: 'PatientDetailsUpdated', data: { sex: 'other' } }),
    log.record(patientStream, {
      type: 'ConsentRecorded',
      data: { consentId, scope: 'payer-disclosure', period: { start: '2025-03-01' } },
    }),
    log.record(stream, {
      type: 'CareTeamMemberAssigned',
      data: { memberId: 'rn-cy', role: 'nurse', from: '2025-03-01T09:00:00.000Z' },
    }),
    log.record(stream, {
      type: 'AssessmentRecorded',
      data: {
        assessmentId: uuid(),
        instrument: { code: 'custom', name: 'Local frailty', min: 0, max: 9 },
        items: [],
        total: 4,
      },
    }),
    log.record(stream, {
      type: 'RiskStratified',
      data: { stratificationId: uuid(), tier: 'moderate', basis: 'Frailty 4', assessmentIds: [] },
    }),
    log.record(stream, {
      type: 'ProblemIdentified',
      data: { problemId, description: 'Stairs at home', category: 'environmental' },
    }),
    log.record(stream, { type: 'ProblemResolved', data: { problemId } }),
    log.record(stream, { type: 'CarePlanDrafted', data: { carePlanId, title: 'Plan' } }),
    log.record(stream, { type: 'CarePlanActivated', data: { carePlanId } }),
    log.record(stream, {
      type: 'GoalProgressRecorded',
      data: { goalId, achievementStatus: 'no-change', evidence: {} },
    }),
    log.record(stream, {
      type: 'InterventionPlanned',
      data: {
        interventionId,
        kind: 'education',
        description: 'Teach stair technique',
        performer: { role: 'therapist' },
        goalIds: [goalId],
      },
    }),
    log.record(stream, {
      type: 'InterventionStatusChanged',
      data: { interventionId, from: 'scheduled', to: 'in-progress' },
    }),
    log.record(stream, {
      type: 'CarePlanRevised',
      data: {
        carePlanId,
        summary: 'Stair practice added',
        changes: [{ path: 'interventions', after: 'Teach stair technique' }],
        evidence: [],
        reason,
      },
    }),
    log.record(stream, { type: 'CarePlanSuspended', data: { carePlanId, reason } }),
    log.record(stream, { type: 'CarePlanResumed', data: { carePlanId } }),
    contact,
    log.record(stream, {
      type: 'EducationProvided',
      data: {
        educationId: uuid(),
        topic: 'stairs',
        recipient: 'caregiver',
        method: 'verbal',
        teachBack: 'partial',
      },
    }),
    log.record(stream, {
      type: 'UtilizationReviewPerformed',
      data: {
        reviewId: uuid(),
        kind: 'admission',
        criteriaSet: { name: 'MCG', version: '27' },
        criteriaMet: false,
        levelOfCare: 'observation',
        evidence: [],
      },
    }),
    log.record(stream, {
      type: 'PayerDeterminationRecorded',
      data: {
        determinationId: uuid(),
        payer: 'Synthetic Payer',
        decision: 'pending',
        evidence: [],
      },
    }),
    log.record(stream, {
      type: 'AvoidableDayRecorded',
      data: {
        avoidableDayId: uuid(),
        date: '2025-03-02',
        reason: { text: 'Weekend: no therapy', code: 'AD-WKND' },
        responsibleParty: 'hospital',
      },
    }),
    log.record(stream, {
      type: 'PayerReportSubmitted',
      data: {
        reportId: uuid(),
        payer: 'Synthetic Payer',
        reportType: 'initial review',
        period: { from: '2025-03-01', to: '2025-03-01' },
        contentHash: 'b'.repeat(64),
        purpose: 'payment',
      },
    }),
    log.record(stream, {
      type: 'HandoffInitiated',
      data: {
        handoffId,
        kind: 'team',
        from: { userId: 'cm-ana' },
        to: { userId: 'cm-bo' },
        transfersPrimary: false,
        ipass: {
          illnessSeverity: 'stable',
          patientSummary: 'Synthetic',
          actionList: [],
          situationAwareness: 'None',
          contingency: 'None',
        },
      },
    }),
    log.record(stream, { type: 'HandoffAccepted', data: { handoffId, synthesis: 'Got it' } }),
    log.record(stream, { type: 'HandoffDeclined', data: { handoffId, reason } }),
    log.record(stream, {
      type: 'CareTeamMemberReleased',
      data: { memberId: 'rn-cy', until: '2025-03-01T12:00:00.000Z' },
    }),
    log.record(stream, {
      type: 'DischargePlanUpdated',
      data: { servicesArranged: [], followUps: [], barriers: [] },
    }),
    log.record(stream, {
      type: 'DischargeDecisionMade',
      data: {
        decisionId: uuid(),
        decision: 'ready',
        disposition: 'rehab',
        rationale: reason,
        evidence: [],
      },
    }),
    log.record(stream, {
      type: 'PatientDischarged',
      data: { dischargedAt: '2025-03-01T15:00:00.000Z', disposition: 'rehab' },
    }),
    log.record(stream, {
      type: 'GoalStatusChanged',
      data: { goalId, from: 'active', to: 'cancelled' },
    }),
    log.record(stream, {
      type: 'CarePlanClosed',
      data: { carePlanId, outcome: 'revoked', reason },
    }),
    log.record(stream, { type: 'CaseClosed', data: { reason, outcome: 'transferred' } }),
    log.record(stream, {
      type: 'EntryCorrected',
      data: { targetEventId: contact.id, correctedData: { reached: false }, reason },
    }),
    log.record(stream, {
      type: 'EntryMarkedInError',
      data: { targetEventId: contact.id, reason },
    }),
    log.record(patientStream, { type: 'ConsentRevoked', data: { consentId } }),
  ];
  const correction = events.find((event) => event.type === 'EntryCorrected')!;
  events.push(...amendmentSteps(log, stream, contact.id, correction.id).map(([event]) => event));
  return { events, patientId };
}

const changesOf = (rows: readonly Record<string, unknown>[]): unknown[] =>
  rows.map((row) => JSON.parse(String(row['changes_json'])) as unknown);

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

describe('the decision/audit trail', () => {
  it('keeps one row per event of every type, in store order, with its category', () => {
    const { events } = everyEventType();

    const rows = spec.given(events).rows(trail, {}, ['seq']);

    expect(rows.map((row) => row['event_id'])).toEqual(events.map((event) => event.id));
    expect(rows.map((row) => row['seq'])).toEqual(events.map((_, index) => index + 1));
    expect(new Set(rows.map((row) => row['event_type']))).toEqual(
      new Set(Object.keys(eventCatalogue)),
    );
    expect(
      rows.filter((row) => row['category'] === 'decision').map((row) => row['event_type']),
    ).toEqual([
      'CarePlanActivated',
      'CarePlanRevised',
      'CarePlanSuspended',
      'CarePlanResumed',
      'UtilizationReviewPerformed',
      'PayerDeterminationRecorded',
      'HandoffAccepted',
      'HandoffDeclined',
      'DischargeDecisionMade',
      'GoalStatusChanged',
      'CarePlanClosed',
      'CaseClosed',
      'EntryCorrected',
      'EntryMarkedInError',
      'AmendmentDeadlineExtended',
      'AmendmentAccepted',
      'AmendmentDenied',
      'AmendmentRebuttalRecorded',
    ]);
  });

  it('records who, when and why, under which command, request and cause', () => {
    const { log, stream, caseId, patientId, given } = openEpisode();
    const carePlanId = uuid();
    const drafted = log.record(stream, {
      type: 'CarePlanDrafted',
      data: { carePlanId, title: 'P' },
    });
    const suspended = log.record(
      stream,
      { type: 'CarePlanSuspended', data: { carePlanId, reason } },
      {
        actor: { userId: 'cm-ana', role: 'case_manager', onBehalfOf: 'md-dee' },
        occurredAt: '2025-03-01T11:00:00+02:00',
        recordedAt: '2025-03-01T09:30:00.000Z',
        commandId: 'cmd-suspend-1',
        correlationId: 'req-42',
        causationId: drafted.id,
        reason: { text: 'Patient readmitted to ICU', code: 'READMIT' },
      },
    );

    spec.given([...given, drafted, suspended]).then(
      trail,
      [
        {
          stream_id: stream,
          revision: 3,
          seq: 5,
          event_id: suspended.id,
          position: suspended.position,
          patient_id: patientId,
          case_id: caseId,
          event_type: 'CarePlanSuspended',
          category: 'decision',
          occurred_at: '2025-03-01T09:00:00.000Z',
          recorded_at: '2025-03-01T09:30:00.000Z',
          actor_user_id: 'cm-ana',
          actor_role: 'case_manager',
          actor_on_behalf_of: 'md-dee',
          reason_text: 'Patient readmitted to ICU',
          reason_code: 'READMIT',
          command_id: 'cmd-suspend-1',
          correlation_id: 'req-42',
          causation_id: drafted.id,
          target_event_id: null,
          changes_json: null,
        },
      ],
      { event_id: suspended.id },
    );
  });

  it("takes the reason from the event's data when the envelope carries none", () => {
    const { log, stream, given } = openEpisode();
    const avoidable = log.record(stream, {
      type: 'AvoidableDayRecorded',
      data: {
        avoidableDayId: uuid(),
        date: '2025-03-02',
        reason: { text: 'Weekend: no therapy', code: 'AD-WKND' },
        responsibleParty: 'hospital',
      },
    });
    const decision = log.record(stream, {
      type: 'DischargeDecisionMade',
      data: {
        decisionId: uuid(),
        decision: 'delayed',
        rationale: { text: 'Awaiting rehab bed' },
        evidence: [],
      },
    });

    const rows = spec.given([...given, avoidable, decision]).rows(trail, { stream_id: stream });

    expect(rows.slice(-2).map((row) => [row['reason_text'], row['reason_code']])).toEqual([
      ['Weekend: no therapy', 'AD-WKND'],
      ['Awaiting rehab bed', null],
    ]);
    expect(rows[0]?.['reason_text']).toBeNull();
  });

  it('gives every row its patient, also case events that do not carry it', () => {
    const { events, patientId } = everyEventType();

    const rows = spec.given(events).rows(trail);

    expect(new Set(rows.map((row) => row['patient_id']))).toEqual(new Set([patientId]));
  });

  describe('before and after', () => {
    it("keeps a revision's changes and the goals and interventions it touches as they stood", () => {
      const { log, stream, given, goalId, goalSet } = openEpisode();
      const interventionId = uuid();
      const unknownId = uuid();
      const carePlanId = uuid();
      const progress = log.record(stream, {
        type: 'GoalProgressRecorded',
        data: { goalId, achievementStatus: 'worsening', evidence: { text: 'Fell twice' } },
      });
      const corrected = log.record(stream, {
        type: 'EntryCorrected',
        data: { targetEventId: goalSet.id, correctedData: { priority: 'medium' }, reason },
      });
      const planned = log.record(stream, {
        type: 'InterventionPlanned',
        data: {
          interventionId,
          kind: 'service',
          description: 'Home physiotherapy',
          performer: { organization: 'Synthetic Rehab' },
          goalIds: [goalId],
        },
      });
      const revised = log.record(stream, {
        type: 'CarePlanRevised',
        data: {
          carePlanId,
          summary: 'Plan intensified',
          changes: [
            { path: `goals/${goalId}/target/detail`, before: '50 m', after: '20 m' },
            { path: `interventions/${interventionId}/due`, after: '2025-03-05' },
            { path: `goals/${goalId}/priority`, before: 'medium', after: 'high' },
            { path: `goals/${unknownId}`, before: 'x' },
            { path: 'dischargePlan/plannedDisposition', before: 'home', after: 'rehab' },
          ],
          evidence: unpinned([progress.id]),
          reason,
        },
      });
      const afterwards = log.record(stream, {
        type: 'GoalStatusChanged',
        data: { goalId, from: 'active', to: 'on-hold' },
      });

      const rows = spec
        .given([...given, progress, corrected, planned, revised, afterwards])
        .rows(trail, { event_id: revised.id });

      expect(changesOf(rows)).toEqual([
        {
          changes: [
            { path: `goals/${goalId}/target/detail`, before: '50 m', after: '20 m' },
            { path: `interventions/${interventionId}/due`, before: null, after: '2025-03-05' },
            { path: `goals/${goalId}/priority`, before: 'medium', after: 'high' },
            { path: `goals/${unknownId}`, before: 'x', after: null },
            { path: 'dischargePlan/plannedDisposition', before: 'home', after: 'rehab' },
          ],
          referencedBefore: [
            {
              entity: 'goal',
              entityId: goalId,
              before: {
                status: 'active',
                achievementStatus: 'worsening',
                data: {
                  goalId,
                  description: 'Walks to the mailbox unaided',
                  target: { measure: 'distance walked', detail: '50 m' },
                  priority: 'medium',
                  addresses: [],
                  lifecycleStatus: 'active',
                },
              },
            },
            {
              entity: 'intervention',
              entityId: interventionId,
              before: {
                status: 'scheduled',
                achievementStatus: null,
                data: {
                  interventionId,
                  kind: 'service',
                  description: 'Home physiotherapy',
                  performer: { organization: 'Synthetic Rehab' },
                  goalIds: [goalId],
                },
              },
            },
            { entity: 'goal', entityId: unknownId, before: null },
          ],
          triggeringEventIds: [progress.id],
        },
      ]);
    });

    it('keeps a goal status change as before and after', () => {
      const { log, stream, given, goalId } = openEpisode();
      const changed = log.record(stream, {
        type: 'GoalStatusChanged',
        data: { goalId, from: 'active', to: 'completed' },
      });

      const rows = spec.given([...given, changed]).rows(trail, { event_id: changed.id });

      expect(changesOf(rows)).toEqual([
        { entityId: goalId, before: { status: 'active' }, after: { status: 'completed' } },
      ]);
    });

    it("keeps each corrected field's value before (with earlier corrections) and after", () => {
      const { log, stream, given, goalSet } = openEpisode();
      const correct = (correctedData: Record<string, unknown>) =>
        log.record(stream, {
          type: 'EntryCorrected',
          data: { targetEventId: goalSet.id, correctedData, reason },
        });
      const first = correct({ priority: 'low', description: 'Walks to the gate unaided' });
      const second = correct({ priority: 'medium' });

      const rows = spec
        .given([...given, first, second])
        .rows(trail, { target_event_id: goalSet.id });

      expect(rows.map((row) => [row['event_id'], row['category']])).toEqual([
        [first.id, 'decision'],
        [second.id, 'decision'],
      ]);
      expect(changesOf(rows)).toEqual([
        {
          target: { eventId: goalSet.id, eventType: 'GoalSet' },
          fields: [
            {
              field: 'description',
              before: 'Walks to the mailbox unaided',
              after: 'Walks to the gate unaided',
            },
            { field: 'priority', before: 'high', after: 'low' },
          ],
        },
        {
          target: { eventId: goalSet.id, eventType: 'GoalSet' },
          fields: [{ field: 'priority', before: 'low', after: 'medium' }],
        },
      ]);
    });

    it('keeps the target of an in-error mark with its data, and retires what it created', () => {
      const { log, stream, given, goalId, goalSet } = openEpisode();
      const mark = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: goalSet.id, reason: { text: 'Set on the wrong case' } },
      });
      const revised = log.record(stream, {
        type: 'CarePlanRevised',
        data: {
          carePlanId: uuid(),
          summary: 'Goal withdrawn',
          changes: [{ path: `goals/${goalId}`, before: 'active' }],
          evidence: unpinned([mark.id]),
          reason,
        },
      });

      const given2 = spec.given([...given, mark, revised]);
      const [markRow] = given2.rows(trail, { event_id: mark.id });
      const [revisionChanges] = changesOf(given2.rows(trail, { event_id: revised.id }));

      expect(markRow).toMatchObject({
        target_event_id: goalSet.id,
        category: 'decision',
        reason_text: 'Set on the wrong case',
      });
      expect(changesOf(markRow ? [markRow] : [])).toEqual([
        {
          target: {
            eventId: goalSet.id,
            eventType: 'GoalSet',
            data: {
              goalId,
              description: 'Walks to the mailbox unaided',
              target: { measure: 'distance walked', detail: '50 m' },
              priority: 'high',
              addresses: [],
              lifecycleStatus: 'active',
            },
          },
        },
      ]);
      expect(revisionChanges).toMatchObject({
        referencedBefore: [{ entityId: goalId, before: { status: 'entered-in-error' } }],
      });
    });

    it('shows a correction marked in error taken back out of its target', () => {
      const { log, stream, given, goalSet } = openEpisode();
      const kept = log.record(stream, {
        type: 'EntryCorrected',
        data: { targetEventId: goalSet.id, correctedData: { priority: 'low' }, reason },
      });
      const wrong = log.record(stream, {
        type: 'EntryCorrected',
        data: {
          targetEventId: goalSet.id,
          correctedData: { priority: 'medium', description: 'Wrong goal text' },
          reason,
        },
      });
      const mark = log.record(stream, {
        type: 'EntryMarkedInError',
        data: { targetEventId: wrong.id, reason },
      });
      const next = log.record(stream, {
        type: 'EntryCorrected',
        data: { targetEventId: goalSet.id, correctedData: { description: 'Walks daily' }, reason },
      });

      const given2 = spec.given([...given, kept, wrong, mark, next]);

      expect(changesOf(given2.rows(trail, { event_id: mark.id }))).toEqual([
        {
          target: {
            eventId: wrong.id,
            eventType: 'EntryCorrected',
            data: {
              targetEventId: goalSet.id,
              correctedData: { priority: 'medium', description: 'Wrong goal text' },
              reason,
            },
          },
          reverted: {
            eventId: goalSet.id,
            eventType: 'GoalSet',
            fields: [
              {
                field: 'description',
                before: 'Wrong goal text',
                after: 'Walks to the mailbox unaided',
              },
              { field: 'priority', before: 'medium', after: 'low' },
            ],
          },
        },
      ]);
      expect(changesOf(given2.rows(trail, { event_id: next.id }))).toEqual([
        {
          target: { eventId: goalSet.id, eventType: 'GoalSet' },
          fields: [
            { field: 'description', before: 'Walks to the mailbox unaided', after: 'Walks daily' },
          ],
        },
      ]);
    });
  });

  it("answers an auditor's questions by index: by case, by actor and time, by category and time", () => {
    const { events } = everyEventType();
    const db = new Database(':memory:');
    const tables = new ReadModelTables(db, auditTrailProjection.tables, 1, 1);
    tables.create();
    for (const event of events) tables.apply(auditTrailProjection.apply(event, tables));
    tables.flush();
    const table = `"${tables.nameOf(trail)}"`;
    const planOf = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 'y') as { detail: string }[])
        .map((step) => step.detail)
        .join('\n');

    expect(
      planOf(`SELECT * FROM ${table} WHERE stream_id = ? AND revision >= ? ORDER BY revision`),
    ).toMatch(/USING PRIMARY KEY \(stream_id=\? AND revision>\?\)/);
    expect(
      planOf(
        `SELECT * FROM ${table} WHERE actor_user_id = ? AND recorded_at >= ? ORDER BY recorded_at`,
      ),
    ).toMatch(/USING INDEX .*by_actor_at \(actor_user_id=\? AND recorded_at>\?\)/);
    expect(
      planOf(`SELECT * FROM ${table} WHERE category = ? AND recorded_at >= ? ORDER BY recorded_at`),
    ).toMatch(/USING INDEX .*by_category_at \(category=\? AND recorded_at>\?\)/);
    expect(
      planOf(
        `SELECT * FROM ${table} WHERE event_type = ? AND recorded_at >= ? ORDER BY recorded_at`,
      ),
    ).toMatch(/USING INDEX .*by_type_at \(event_type=\? AND recorded_at>\?\)/);
  });

  it("keeps no patient-stream data: the patient's identity stays in the event store", () => {
    const { events } = everyEventType();

    const everything = JSON.stringify([...spec.given(events).tables.dump()]);

    for (const phi of ['Testa', 'Auditson', 'SYN-AT-0001', '1951-02-03'])
      expect(everything).not.toContain(phi);
  });

  it('refuses a case event whose case was never opened, rather than dropping it', () => {
    const orphan = new EventLog().record(`case-${uuid()}`, {
      type: 'CaseClosed',
      data: { reason, outcome: 'other' },
    });

    expect(() => spec.given([orphan])).toThrow(/has no CaseOpened/);
  });

  it('builds byte-identical rows from the same events, whatever their key order', () => {
    const { events } = everyEventType();
    const reordered = events.map((event) => keysReversed(event) as ProjectedEvent);
    const dump = (given: ReturnType<typeof spec.given>) => JSON.stringify([...given.tables.dump()]);

    expect(dump(spec.given(reordered))).toBe(dump(spec.given(events)));
  });
});
