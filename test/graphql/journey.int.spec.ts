import type { Actor } from '../../src/domain/values.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness.js';

// One synthetic patient's whole journey, written through mutations only and read back through
// queries only. Every clinical time is explicit, one minute apart, within the last hour: only
// the entry written out of its clinical order is a late entry.

interface RecordedEvent {
  id: string;
  type: string;
  revision: number;
  occurredAt: string;
  recordedAt: string;
  data: Record<string, unknown>;
  [field: string]: unknown;
}
interface CommandResult {
  revision: number;
  position: string;
  events: RecordedEvent[];
}

const envelope = `id type schemaVersion streamId revision position occurredAt recordedAt
  actor { userId role onBehalfOf } reason { text code } commandId correlationId causationId data`;

const ann: Actor = { userId: 'synthetic-cm-ann', role: 'case_manager' };
const ben: Actor = { userId: 'synthetic-cm-ben', role: 'case_manager' };

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

/** Runs one mutation as a case manager; it must succeed. */
async function record(
  mutation: string,
  input: Record<string, unknown>,
  as: Actor = ann,
): Promise<CommandResult> {
  const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
  const response = await api.graphql<{ result: CommandResult }>(
    `mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) {
      revision position events { ${envelope} } } }`,
    { input },
    as,
  );
  expect(response.errors, mutation).toBeUndefined();
  return response.data!.result;
}

/** Runs one query as a case manager; it must succeed. */
async function read<Data>(query: string, variables: Record<string, unknown>, as = ben) {
  const response = await api.graphql<Data>(query, variables, as);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const familyCall = { party: 'FAMILY', channel: 'PHONE', reached: true, purpose: 'COORDINATION' };
const ipass = {
  illnessSeverity: 'WATCHER',
  patientSummary: 'Worsening mood.',
  actionList: [{ action: 'Call twice weekly', owner: 'synthetic-cm-ben' }],
  situationAwareness: 'PHQ-9 of 18.',
  contingency: 'Escalate to psychiatry.',
};

const only = (result: CommandResult) => result.events[0]!;
const idOf = (result: CommandResult, key: string) => only(result).data[key] as string;

describe('a patient’s journey through two admissions', () => {
  it('is shown exactly as it happened by the timeline, the decision trail and asOf', async () => {
    // Given a clinical clock: minute m of the journey, all within the last hour.
    const start = Math.floor(Date.now() / 60_000) * 60_000 - 50 * 60_000;
    const at = (minute: number) => new Date(start + minute * 60_000).toISOString();
    const patientId = randomUUID();
    const caseId = randomUUID();
    const readmissionId = randomUUID();
    /** Minute m of the journey: a mutation on the first case unless the input names another. */
    const step = (minute: number, mutation: string, input: Record<string, unknown>, as = ann) =>
      record(mutation, { caseId, occurredAt: at(minute), ...input }, as);
    const phq9 = (score: number) => ({
      instrument: { code: 'PHQ_9' },
      items: Array.from({ length: 9 }, (_, i) => ({ itemId: `item-${i + 1}`, score })),
    });

    // When Ann registers the patient and opens a case for an unplanned admission
    const registered = await record('registerPatient', {
      patientId,
      occurredAt: at(0),
      mrn: `SYN-${patientId.slice(0, 8)}`,
      name: { given: 'Synthetic', family: 'Journeypatient' },
      birthDate: '1951-03-14',
      sex: 'FEMALE',
    });
    const admission = {
      patientId,
      program: 'transitions-of-care',
      referralSource: { kind: 'EMERGENCY_DEPARTMENT' },
      admissionType: 'UNPLANNED',
    };
    const opened = await step(1, 'openCase', {
      ...admission,
      admittedAt: at(0),
      primaryCaseManager: { userId: ann.userId },
    });
    // and calls the family, assesses, drafts and activates a plan, sets a goal, plans a follow-up
    const call = await step(2, 'logContact', {
      ...familyCall,
      summary: 'Daughter reports poor sleep',
    });
    const firstPhq = await step(3, 'recordAssessment', phq9(1));
    const drafted = await step(4, 'draftCarePlan', { title: 'Mood and transition plan' });
    const carePlanId = idOf(drafted, 'carePlanId');
    const activated = await step(5, 'activateCarePlan', { carePlanId });
    const goal = await step(6, 'setGoal', {
      description: 'PHQ-9 under 10',
      target: { measure: 'PHQ-9 total' },
      priority: 'HIGH',
      lifecycleStatus: 'ACTIVE',
    });
    const intervention = await step(7, 'planIntervention', {
      kind: 'FOLLOW_UP',
      description: 'Weekly mood call',
      performer: { role: 'CASE_MANAGER' },
      goalIds: [idOf(goal, 'goalId')],
    });
    // and, when a second PHQ-9 is worse, revises the plan with a reason citing it
    const worsePhq = await step(8, 'recordAssessment', phq9(2));
    const revisionReason = { text: 'PHQ-9 rose from 9 to 18', code: 'phq9-worse' };
    const change = {
      path: `interventions/${idOf(intervention, 'interventionId')}/cadence`,
      before: 'weekly',
      after: 'twice weekly',
    };
    const revised = await step(9, 'reviseCarePlan', {
      carePlanId,
      summary: 'Mood calls twice weekly',
      changes: [change],
      reason: revisionReason,
      triggeringEventIds: [only(worsePhq).id],
    });
    // and hands the case to Ben, who accepts it and becomes primary
    const handoff = await step(10, 'initiateHandoff', {
      kind: 'CASE_MANAGER',
      to: { userId: ben.userId },
      transfersPrimary: true,
      ipass,
    });
    const handoffId = idOf(handoff, 'handoffId');
    const synthesis = 'Twice-weekly calls; escalate if worse.';
    const accepted = await step(11, 'acceptHandoff', { handoffId, synthesis }, ben);
    // Then Ben reviews utilization, records the payer's answer and decides on discharge
    const review = await step(
      12,
      'performUtilizationReview',
      {
        kind: 'CONTINUED_STAY',
        criteriaSet: { name: 'Synthetic criteria', version: '2026' },
        criteriaMet: true,
        levelOfCare: 'INPATIENT',
      },
      ben,
    );
    const determination = { payer: 'Synthetic payer', decision: 'APPROVED', authorizedDays: 3 };
    const payer = await step(
      13,
      'recordPayerDetermination',
      { ...determination, reviewId: idOf(review, 'reviewId') },
      ben,
    );
    const notReadyReason = { text: 'Mood not yet stable', code: null };
    const notReady = await step(
      14,
      'recordDischargeDecision',
      {
        decision: 'NOT_READY',
        reason: notReadyReason,
        evidenceEventIds: [only(worsePhq).id, only(review).id],
      },
      ben,
    );
    const education = await step(
      15,
      'recordEducation',
      { topic: 'Sleep hygiene', recipient: 'PATIENT', method: 'VERBAL', teachBack: 'UNDERSTOOD' },
      ben,
    );
    const readyReason = { text: 'Stable on follow-up; daughter at home', code: null };
    const ready = await step(
      16,
      'recordDischargeDecision',
      {
        decision: 'READY',
        disposition: 'HOME',
        reason: readyReason,
        evidenceEventIds: [only(review).id],
      },
      ben,
    );
    // and discharges the patient home and closes the case
    const home = { disposition: 'HOME', dischargedAt: at(17) };
    const discharged = await step(17, 'dischargePatient', home, ben);
    const outcome = { outcome: 'GOALS_PARTIALLY_MET', reason: { text: 'Discharged home' } };
    const closed = await step(18, 'closeCase', outcome, ben);
    // And the patient is readmitted, unplanned, the same day (within 30 days)
    const readmission = { caseId: readmissionId, ...admission, admittedAt: at(30) };
    const reopened = await step(
      30,
      'openCase',
      { ...readmission, primaryCaseManager: { userId: ben.userId } },
      ben,
    );
    const readmissionCall = await step(
      32,
      'logContact',
      { caseId: readmissionId, ...familyCall, summary: 'Daughter told of readmission' },
      ben,
    );
    // and a triage PHQ-9 of minute 31 is recorded only after the call of minute 32: a late entry
    const late = await step(31, 'recordAssessment', { caseId: readmissionId, ...phq9(2) }, ben);
    // and the first case's family call is corrected and its education marked in error
    const correction = await step(
      35,
      'correctEntry',
      {
        targetEventId: only(call).id,
        correctedData: { summary: 'Son reports poor sleep' },
        reason: { text: 'It was the son' },
      },
      ben,
    );
    const inError = await step(
      36,
      'markEntryInError',
      { targetEventId: only(education).id, reason: { text: 'Wrong patient' } },
      ben,
    );
    const position = inError.position;

    // Then the patient's timeline shows every entry of both cases, newest clinical time first
    type Entry = Record<string, unknown> & { eventId: string; eventType: string; summary: string };
    const { patient } = await read<{
      patient: { cases: unknown[]; timeline: { edges: { node: Entry }[] } };
    }>(
      `query ($id: ID!, $at: String) { patient(id: $id, atPosition: $at) {
        cases { id status admissionType }
        timeline(first: 100) { edges { node { eventId eventType summary status lateEntry outOfOrder
          recordedLate originalSummary correctedByEventId inErrorByEventId targetEventId caseId } } }
      } }`,
      { id: patientId, at: position },
    );
    expect(patient.cases).toEqual([
      { id: readmissionId, status: 'OPEN', admissionType: 'UNPLANNED' },
      { id: caseId, status: 'CLOSED', admissionType: 'UNPLANNED' },
    ]);
    const entries = patient.timeline.edges.map((edge) => edge.node);
    // Every result's events, newest clinical time first (ties: the one recorded last first).
    // prettier-ignore
    const newestFirst = [
      inError, correction, readmissionCall, late, reopened,
      closed, discharged, ready, education, notReady, payer, review, accepted, handoff,
      revised, worsePhq, intervention, goal, activated, drafted, firstPhq, call, opened,
      registered,
    ].flatMap((result) => [...result.events].reverse());
    expect(entries.map((entry) => [entry.eventType, entry.eventId])).toEqual(
      newestFirst.map((event) => [event.type, event.id]),
    );
    // with the late entry at its clinical place, flagged, and no other entry flagged
    expect(entries.filter((entry) => entry.lateEntry).map((entry) => entry.eventId)).toEqual([
      only(late).id,
    ]);
    const entry = (result: CommandResult) => entries.find((e) => e.eventId === only(result).id);
    expect(entry(late)).toMatchObject({
      summary: 'PHQ-9 recorded: 18 (moderately-severe)',
      caseId: readmissionId,
      status: 'RECORDED',
      outOfOrder: true,
      recordedLate: false,
    });
    // with the corrected call showing its correction and its original
    expect(entry(call)).toMatchObject({
      status: 'CORRECTED',
      summary:
        'Phone contact with family (outbound, reached), coordination: Son reports poor sleep',
      originalSummary:
        'Phone contact with family (outbound, reached), coordination: Daughter reports poor sleep',
      correctedByEventId: only(correction).id,
    });
    expect(entry(correction)).toMatchObject({ targetEventId: only(call).id });
    // and the education flagged as entered in error
    expect(entry(education)).toMatchObject({
      status: 'IN_ERROR',
      inErrorByEventId: only(inError).id,
    });

    // And the first case's decision trail shows who decided what, why, in order
    type Decision = Record<string, unknown> & { eventType: string; changes: unknown };
    const { case: trail } = await read<{ case: { decisions: { edges: { node: Decision }[] } } }>(
      `query ($id: ID!) { case(id: $id) { decisions(first: 100, kinds: ["decision"]) { edges { node {
        eventId eventType actor { userId } reason { text code } changes targetEventId } } } } }`,
      { id: caseId },
    );
    const decisions = trail.decisions.edges.map((edge) => edge.node);
    expect(decisions.map((d) => [d.eventType, d.actor])).toEqual([
      ['CarePlanActivated', { userId: 'synthetic-cm-ann' }],
      ['CarePlanRevised', { userId: 'synthetic-cm-ann' }],
      ['HandoffAccepted', { userId: 'synthetic-cm-ben' }],
      ['UtilizationReviewPerformed', { userId: 'synthetic-cm-ben' }],
      ['PayerDeterminationRecorded', { userId: 'synthetic-cm-ben' }],
      ['DischargeDecisionMade', { userId: 'synthetic-cm-ben' }],
      ['DischargeDecisionMade', { userId: 'synthetic-cm-ben' }],
      ['CaseClosed', { userId: 'synthetic-cm-ben' }],
      ['EntryCorrected', { userId: 'synthetic-cm-ben' }],
      ['EntryMarkedInError', { userId: 'synthetic-cm-ben' }],
    ]);
    const [, revision, acceptance, , , notReadyRow, readyRow] = decisions;
    expect(revision).toMatchObject({ eventId: only(revised).id, reason: revisionReason });
    // with what changed, the intervention as it stood before, and the assessment that led to it
    expect(revision!.changes).toEqual({
      changes: [change],
      referencedBefore: [
        {
          entity: 'intervention',
          entityId: idOf(intervention, 'interventionId'),
          before: { status: 'scheduled', achievementStatus: null, data: only(intervention).data },
        },
      ],
      triggeringEventIds: [only(worsePhq).id],
    });
    expect(acceptance).toMatchObject({ eventId: only(accepted).id, reason: null });
    // and the two discharge decisions with their rationale
    expect(notReadyRow).toMatchObject({ eventId: only(notReady).id, reason: notReadyReason });
    expect(readyRow).toMatchObject({ eventId: only(ready).id, reason: readyReason });

    // And its history lists every event of the case stream with its full envelope
    const { case: raw } = await read<{ case: { history: { edges: { node: unknown }[] } } }>(
      `query ($id: ID!) { case(id: $id) { history(first: 100) { edges { node { ${envelope} } } } } }`,
      { id: caseId },
    );
    // prettier-ignore
    const caseResults = [
      opened, call, firstPhq, drafted, activated, goal, intervention, worsePhq, revised, handoff,
      accepted, review, payer, notReady, education, ready, discharged, closed, correction, inError,
    ];
    expect(raw.history.edges.map((edge) => edge.node)).toEqual(
      caseResults.flatMap((result) => result.events),
    );

    // And asOf shows Ann as primary before the handoff was accepted, Ben after
    const { case: before } = await read<{ case: Record<string, unknown> }>(
      `query ($id: ID!, $before: Int!, $after: Int!) { case(id: $id) {
        beforeHandoff: asOf(revision: $before) { primaryCaseManager { userId handoffId } }
        afterHandoff: asOf(revision: $after) { primaryCaseManager { userId handoffId } }
      } }`,
      { id: caseId, before: handoff.revision, after: accepted.revision },
    );
    expect(before).toEqual({
      beforeHandoff: { primaryCaseManager: { userId: 'synthetic-cm-ann', handoffId: null } },
      afterHandoff: {
        primaryCaseManager: { userId: 'synthetic-cm-ben', handoffId: idOf(handoff, 'handoffId') },
      },
    });
    // and the readmission as known before the late entry was recorded lacks it, as true after
    // its clinical time has it
    const { case: readmitted } = await read<{ case: Record<string, unknown> }>(
      `query ($id: ID!, $known: DateTime!, $true: DateTime!) { case(id: $id) {
        knownBeforeLate: asOf(recordedAt: $known) { revision assessments { eventId } }
        trueAfterLate: asOf(occurredAt: $true) { revision assessments { eventId total } }
      } }`,
      {
        id: readmissionId,
        known: only(readmissionCall).recordedAt,
        true: new Date(start + 31.5 * 60_000).toISOString(),
      },
    );
    expect(readmitted).toEqual({
      knownBeforeLate: { revision: readmissionCall.revision, assessments: [] },
      trueAfterLate: {
        revision: late.revision,
        assessments: [{ eventId: only(late).id, total: 18 }],
      },
    });

    // And the first case reads back its coded values in the very enums the mutations took
    const { case: coded } = await read<{ case: Record<string, unknown> }>(
      `query ($id: ID!) { case(id: $id) {
        status admissionType carePlan { status }
        goals { priority lifecycleStatus } interventions { kind status }
        careTeam { current { role } }
        handoffs { status kind outcome ipass { illnessSeverity } }
        utilizationReviews { kind levelOfCare } payerDeterminations { decision }
        dischargeDecisions { decision disposition }
      } }`,
      { id: caseId },
    );
    expect(coded).toEqual({
      status: 'CLOSED',
      admissionType: admission.admissionType,
      carePlan: { status: 'ACTIVE' },
      goals: [{ priority: 'HIGH', lifecycleStatus: 'ACTIVE' }],
      interventions: [{ kind: 'FOLLOW_UP', status: 'SCHEDULED' }],
      careTeam: { current: expect.arrayContaining([{ role: 'CASE_MANAGER' }]) as unknown },
      handoffs: [
        {
          status: 'ACCEPTED',
          kind: 'CASE_MANAGER',
          outcome: 'ACCEPTED',
          ipass: { illnessSeverity: ipass.illnessSeverity },
        },
      ],
      utilizationReviews: [{ kind: 'CONTINUED_STAY', levelOfCare: 'INPATIENT' }],
      payerDeterminations: [{ decision: determination.decision }],
      dischargeDecisions: [
        { decision: 'NOT_READY', disposition: null },
        { decision: 'READY', disposition: home.disposition },
      ],
    });

    // And Ben's caseload holds both cases, the first one closed
    const load = await read<{ all: unknown; closedOnly: unknown }>(
      `{ all: caseload(first: 100) { edges { node { id } } }
         closedOnly: caseload(first: 100, status: CLOSED) { edges { node { id } } } }`,
      {},
    );
    expect(load).toEqual({
      all: { edges: [{ node: { id: readmissionId } }, { node: { id: caseId } }] },
      closedOnly: { edges: [{ node: { id: caseId } }] },
    });
  });
});
