import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { traceDecision } from '../../projections/current-case/decision-trace.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import { ValidationError } from '../../src/domain/errors.js';
import type { PinnedEvidence } from '../../src/domain/events/evidence.js';
import { EventLog } from './projection-spec.js';

// Synthetic records only. The trace is a pure fold of one case stream.

const reason = { text: 'synthetic reason' };

function aCase() {
  const log = new EventLog();
  const caseId = randomUUID();
  const stream = `case-${caseId}`;
  const events: ProjectedEvent[] = [];
  const add = (event: Parameters<EventLog['record']>[1], occurredAt?: string) => {
    const recorded = log.record(stream, event, occurredAt === undefined ? {} : { occurredAt });
    events.push(recorded);
    return recorded;
  };
  add({
    type: 'CaseOpened',
    data: {
      caseId,
      patientId: randomUUID(),
      program: 'synthetic-program',
      referralSource: { kind: 'physician' },
      admittedAt: '2025-03-01T08:00:00.000Z',
      admissionType: 'planned',
      primaryCaseManager: { userId: 'synthetic-cm-1' },
    },
  });
  const assessment = (total: number, code: 'PHQ-9' | 'GAD-7' = 'PHQ-9') =>
    add({
      type: 'AssessmentRecorded',
      data: { assessmentId: randomUUID(), instrument: { code }, items: [], total },
    });
  const pin = (
    event: ProjectedEvent,
    correctionRevision: number | null = null,
  ): PinnedEvidence => ({
    eventId: event.id,
    revision: event.revision,
    correctionRevision,
  });
  const decide = (evidence: PinnedEvidence[]) =>
    add({
      type: 'DischargeDecisionMade',
      data: { decisionId: randomUUID(), decision: 'not-ready', rationale: reason, evidence },
    });
  return { events, add, assessment, pin, decide };
}

describe('a decision trace', () => {
  it('shows what a withdrawn correction left, and flags a withdrawal after the decision', () => {
    const { events, add, assessment, pin, decide } = aCase();
    const phq = assessment(12);
    const corrected = add({
      type: 'EntryCorrected',
      data: { targetEventId: phq.id, correctedData: { notes: 'first' }, reason },
    });
    const decision = decide([pin(phq, corrected.revision)]);
    const withdrawal = add({
      type: 'EntryMarkedInError',
      data: { targetEventId: corrected.id, reason },
    });

    const trace = traceDecision(events, decision.id);

    expect(trace.evidence.map((item) => [item.dataAtDecision, item.pinVerified])).toEqual([
      [{ ...phq.data, notes: 'first' }, true],
    ]);
    expect(
      trace.learnedLater.map((item) => [item.kind, item.event.id, item.evidenceEventId]),
    ).toEqual([['evidence-corrected', withdrawal.id, phq.id]]);
  });

  it('lists newer evidence of the same kind until the next decision of its type, and not other kinds', () => {
    const { events, assessment, pin, decide } = aCase();
    const phq = assessment(12);
    const decision = decide([pin(phq)]);
    const newerPhq = assessment(18);
    assessment(5, 'GAD-7');
    decide([pin(newerPhq)]);
    assessment(20);

    const trace = traceDecision(events, decision.id);

    expect(trace.learnedLater.map((item) => [item.kind, item.event.id])).toEqual([
      ['newer-evidence', newerPhq.id],
    ]);
  });

  it('does not verify a pin that names another place, nor evidence upcast without one', () => {
    const { events, assessment, decide } = aCase();
    const phq = assessment(12);
    const gad = assessment(4, 'GAD-7');
    const decision = decide([
      { eventId: phq.id, revision: gad.revision, correctionRevision: null },
      { eventId: gad.id, revision: null, correctionRevision: null },
    ]);

    const trace = traceDecision(events, decision.id);

    expect(trace.evidence.map((item) => [item.event.id, item.pinVerified])).toEqual([
      [phq.id, false],
      [gad.id, false],
    ]);
  });

  it('refuses an event that is not a decision with evidence', () => {
    const { events, assessment } = aCase();
    const phq = assessment(12);
    expect(() => traceDecision(events, phq.id)).toThrow(ValidationError);
  });
});
