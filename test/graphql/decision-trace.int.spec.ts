import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import type { RecordedEvent } from '../../src/event-store/port.js';
import { startApi } from '../support/api-harness.js';
import { caseManagedBy, recordThrough, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic people and records only, made up by each test.

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const record = (as: Actor, mutation: string, input: Record<string, unknown>) =>
  recordThrough(api, as, mutation, input);

const traceQuery = `query Trace($eventId: ID!, $atPosition: String) {
  decisionTrace(eventId: $eventId, atPosition: $atPosition) {
    decisionType actor { userId role } occurredAt recordedAt reason { text code }
    decision { id revision }
    evidence {
      eventId type pinnedRevision pinnedCorrectionRevision pinVerified dataAtDecision
      correctedBeforeDecision correctionsBeforeDecision { id } markedInErrorBeforeDecision
      recorded { revision data }
    }
    learnedLater { kind event { id type occurredAt recordedAt actor { userId } } evidenceEventId }
    caseAtDecision { revision assessments { eventId notes } }
  }
}`;

async function accessRecordsOf(patientId: string): Promise<RecordedEvent[]> {
  const records: RecordedEvent[] = [];
  for await (const event of api.store.readStream(`access-${patientId}`)) records.push(event);
  return records;
}

describe('the decision trace of a discharge', () => {
  it('lists the evidence as it was, and the later corrections separately', async () => {
    // Given Ann's case, on a clinical clock of one minute a step, within the last hour
    const ann = syntheticUser('case_manager', 'cm-ann');
    const { caseId, patientId } = await caseManagedBy(api, ann);
    const start = Math.floor(Date.now() / 60_000) * 60_000 - 50 * 60_000;
    const at = (minute: number) => new Date(start + minute * 60_000).toISOString();
    const step = (minute: number, mutation: string, input: Record<string, unknown>) =>
      record(ann, mutation, { caseId, occurredAt: at(minute), ...input });
    const fix = { text: 'Synthetic transcription fix', code: 'transcription' };

    // and an assessment, corrected once before the decision, and a utilization review citing it
    const [assessment] = (
      await step(1, 'recordAssessment', {
        instrument: { code: 'PHQ_9' },
        items: Array.from({ length: 9 }, (_, i) => ({ itemId: `item-${i + 1}`, score: 1 })),
        notes: 'Walks with a frame',
      })
    ).events;
    const [earlyFix] = (
      await step(2, 'correctEntry', {
        targetEventId: assessment!.id,
        correctedData: { notes: 'Walks with a frame, supervised' },
        reason: fix,
      })
    ).events;
    const [review] = (
      await step(3, 'performUtilizationReview', {
        kind: 'CONTINUED_STAY',
        criteriaSet: { name: 'Synthetic criteria', version: '1' },
        criteriaMet: true,
        levelOfCare: 'INPATIENT',
        evidenceEventIds: [assessment!.id],
      })
    ).events;

    // When Ann decides the patient is not ready, resting on both
    const rationale = { text: 'Not yet safe at home', code: 'not-safe' };
    const [decision] = (
      await step(5, 'recordDischargeDecision', {
        decision: 'NOT_READY',
        evidenceEventIds: [assessment!.id, review!.id],
        reason: rationale,
      })
    ).events;
    // and afterwards the assessment is corrected again, a call from before the decision is
    // entered late, and the review is marked in error
    const [lateFix] = (
      await step(6, 'correctEntry', {
        targetEventId: assessment!.id,
        correctedData: { notes: 'Needs a hoist' },
        reason: fix,
      })
    ).events;
    const [lateCall] = (
      await step(4, 'logContact', {
        party: 'FAMILY',
        channel: 'PHONE',
        reached: true,
        purpose: 'COORDINATION',
        summary: 'Synthetic call: daughter cannot stay overnight',
      })
    ).events;
    const marked = await step(7, 'markEntryInError', {
      targetEventId: review!.id,
      reason: { text: 'Synthetic: reviewed against the wrong criteria' },
    });
    const [mark] = marked.events;

    // Then the trace shows the decision, who made it and why
    const response = await api.graphql<{ decisionTrace: Record<string, unknown> }>(
      traceQuery,
      { eventId: decision!.id, atPosition: marked.position },
      ann,
    );
    expect(response.errors).toBeUndefined();
    const trace = response.data!.decisionTrace;
    expect(trace).toMatchObject({
      decisionType: 'DischargeDecisionMade',
      actor: { userId: ann.userId, role: 'case_manager' },
      occurredAt: at(5),
      reason: rationale,
      decision: { id: decision!.id, revision: decision!.revision },
    });
    // and the evidence as it stood: the early correction applied, the later one not
    expect(trace.evidence).toEqual([
      {
        eventId: assessment!.id,
        type: 'AssessmentRecorded',
        pinnedRevision: assessment!.revision,
        pinnedCorrectionRevision: earlyFix!.revision,
        pinVerified: true,
        dataAtDecision: { ...assessment!.data, notes: 'Walks with a frame, supervised' },
        correctedBeforeDecision: true,
        correctionsBeforeDecision: [{ id: earlyFix!.id }],
        markedInErrorBeforeDecision: false,
        recorded: { revision: assessment!.revision, data: assessment!.data },
      },
      {
        eventId: review!.id,
        type: 'UtilizationReviewPerformed',
        pinnedRevision: review!.revision,
        pinnedCorrectionRevision: null,
        pinVerified: true,
        dataAtDecision: review!.data,
        correctedBeforeDecision: false,
        correctionsBeforeDecision: [],
        markedInErrorBeforeDecision: false,
        recorded: { revision: review!.revision, data: review!.data },
      },
    ]);
    // and, separately, exactly what was learnt later, in the order it was recorded
    expect(trace.learnedLater).toEqual([
      {
        kind: 'EVIDENCE_CORRECTED',
        event: expect.objectContaining({ id: lateFix!.id, type: 'EntryCorrected' }) as unknown,
        evidenceEventId: assessment!.id,
      },
      {
        kind: 'LATE_ENTRY',
        event: expect.objectContaining({ id: lateCall!.id, occurredAt: at(4) }) as unknown,
        evidenceEventId: null,
      },
      {
        kind: 'EVIDENCE_MARKED_IN_ERROR',
        event: expect.objectContaining({ id: mark!.id, type: 'EntryMarkedInError' }) as unknown,
        evidenceEventId: review!.id,
      },
    ]);
    // and the case as it stood just before the decision, from the same fold as asOf
    expect(trace.caseAtDecision).toEqual({
      revision: decision!.revision - 1,
      assessments: [{ eventId: assessment!.id, notes: 'Walks with a frame, supervised' }],
    });
    // and the read is in the patient's access log
    const [granted] = (await accessRecordsOf(patientId)).filter(
      (entry) => entry.actor.userId === ann.userId,
    );
    expect(granted?.data).toMatchObject({
      operation: { type: 'query', name: 'Trace' },
      caseIds: [caseId],
      outcome: 'granted',
    });
    expect((granted?.data as { fields: string[] }).fields).toContain('DecisionTrace.evidence');
  });

  it('is NOT_FOUND for someone off the care team, and the refused attempt is logged', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const bob = syntheticUser('case_manager', 'cm-bob');
    const { caseId, patientId } = await caseManagedBy(api, ann);
    const decided = await record(ann, 'recordDischargeDecision', {
      caseId,
      decision: 'DELAYED',
      reason: { text: 'Synthetic: awaiting a bed' },
    });

    const response = await api.graphql(
      traceQuery,
      { eventId: decided.events[0]!.id, atPosition: decided.position },
      bob,
    );

    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await accessRecordsOf(patientId)).map((entry) => entry.data)).toEqual([
      expect.objectContaining({ outcome: 'denied', caseIds: [caseId] }),
    ]);
  });

  it('refuses an event that is not a decision with BAD_USER_INPUT', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const { caseId } = await caseManagedBy(api, ann);
    const call = await record(ann, 'logContact', {
      caseId,
      party: 'PATIENT',
      channel: 'PHONE',
      reached: true,
      purpose: 'FOLLOW_UP',
      summary: 'Synthetic follow-up call',
    });

    const response = await api.graphql(
      traceQuery,
      { eventId: call.events[0]!.id, atPosition: call.position },
      ann,
    );

    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['eventId'] }],
    });
  });

  it('refuses evidence from another case with BAD_USER_INPUT at its field path', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const first = await caseManagedBy(api, ann);
    const second = await caseManagedBy(api, ann);
    const call = await record(ann, 'logContact', {
      caseId: first.caseId,
      party: 'PATIENT',
      channel: 'PHONE',
      reached: true,
      purpose: 'FOLLOW_UP',
      summary: 'Synthetic follow-up call',
    });

    const response = await api.graphql(
      `mutation ($input: RecordDischargeDecisionInput!) { recordDischargeDecision(input: $input) { revision } }`,
      {
        input: {
          caseId: second.caseId,
          decision: 'NOT_READY',
          evidenceEventIds: [call.events[0]!.id],
          reason: { text: 'Synthetic rationale' },
        },
      },
      ann,
    );

    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['evidenceEventIds', 0], message: 'not an entry of this case' }],
    });
  });
});
