import { describe, expect, it } from 'vitest';
import { caseDecider, type IdentifiedCaseEvent } from '../../src/domain/case/case-decider.js';
import { fold } from '../../src/domain/decider.js';
import { ValidationError } from '../../src/domain/errors.js';
import type { CaseCommand } from '../../src/domain/commands/index.js';
import { deciderSpec, issuePaths } from './decider-spec.js';
import {
  assessmentRecorded,
  carePlanActivated,
  carePlanDrafted,
  carePlanId,
  caseId,
  entityId,
  eventId,
  openCaseWith,
  reason,
} from './fixtures.js';

// All data here is synthetic.

const given = deciderSpec(caseDecider);

const review: IdentifiedCaseEvent = {
  id: eventId(80),
  type: 'UtilizationReviewPerformed',
  data: {
    reviewId: entityId(80),
    kind: 'continued-stay',
    criteriaSet: { name: 'Synthetic criteria', version: '1' },
    criteriaMet: true,
    levelOfCare: 'inpatient',
    evidence: [],
  },
};

const correction: IdentifiedCaseEvent = {
  id: eventId(81),
  type: 'EntryCorrected',
  data: { targetEventId: assessmentRecorded.id!, correctedData: { notes: 'rescored' }, reason },
};

const reviewInError: IdentifiedCaseEvent = {
  id: eventId(82),
  type: 'EntryMarkedInError',
  data: { targetEventId: review.id!, reason },
};

const contact: IdentifiedCaseEvent = {
  id: eventId(83),
  type: 'EducationProvided',
  data: {
    educationId: entityId(83),
    topic: 'Synthetic topic',
    recipient: 'patient',
    method: 'verbal',
    teachBack: 'understood',
  },
};

const decide = (evidenceEventIds: string[]): CaseCommand => ({
  type: 'RecordDischargeDecision',
  caseId,
  decision: 'not-ready',
  evidenceEventIds,
  reason,
});

/** The revision the given stream holds an event at, as the store numbers it. */
const revisionIn = (stream: readonly IdentifiedCaseEvent[], event: IdentifiedCaseEvent) =>
  stream.findIndex((candidate) => candidate.id === event.id);

describe('a decision citing evidence', () => {
  it('pins each piece to its revision and to its latest correction known then', () => {
    const stream = openCaseWith(assessmentRecorded, review, correction);
    given(stream)
      .when(decide([assessmentRecorded.id!, review.id!]))
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({
          evidence: [
            {
              eventId: assessmentRecorded.id,
              revision: revisionIn(stream, assessmentRecorded),
              correctionRevision: revisionIn(stream, correction),
            },
            { eventId: review.id, revision: revisionIn(stream, review), correctionRevision: null },
          ],
        }),
      );
  });

  it('pins the evidence of utilization reviews, payer determinations and plan revisions alike', () => {
    const stream = openCaseWith(carePlanDrafted, carePlanActivated, assessmentRecorded, review);
    const pinned = (eventIds: string[]) =>
      eventIds.map((id) => ({
        eventId: id,
        revision: stream.findIndex((event) => event.id === id),
        correctionRevision: null,
      }));
    const commands: CaseCommand[] = [
      {
        type: 'PerformUtilizationReview',
        caseId,
        kind: 'continued-stay',
        criteriaSet: { name: 'Synthetic criteria', version: '1' },
        criteriaMet: false,
        levelOfCare: 'observation',
        evidenceEventIds: [assessmentRecorded.id!, review.id!],
      },
      {
        type: 'RecordPayerDetermination',
        caseId,
        payer: 'Synthetic Payer',
        decision: 'pending',
        evidenceEventIds: [review.id!],
      },
      {
        type: 'ReviseCarePlan',
        caseId,
        carePlanId,
        summary: 'Synthetic revision',
        changes: [{ path: 'goals', after: 'one more' }],
        triggeringEventIds: [assessmentRecorded.id!],
        reason,
      },
    ];
    const expected = [
      pinned([assessmentRecorded.id!, review.id!]),
      pinned([review.id!]),
      pinned([assessmentRecorded.id!]),
    ];
    commands.forEach((command, index) =>
      given(stream)
        .when(command)
        .thenEvents(([event]) =>
          expect((event?.data as { evidence: unknown }).evidence).toEqual(expected[index]),
        ),
    );
  });

  it('refuses, with the field path of each, evidence from elsewhere, in error, or of the wrong kind', () => {
    const error = given(openCaseWith(assessmentRecorded, review, reviewInError, contact))
      .when(decide([assessmentRecorded.id!, eventId(404), review.id!, reviewInError.id!]))
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([
      ['evidenceEventIds', 1],
      ['evidenceEventIds', 2],
      ['evidenceEventIds', 3],
    ]);
    expect((error as ValidationError).issues.map((issue) => issue.message)).toEqual([
      'not an entry of this case',
      'the entry is marked in error',
      'a EntryMarkedInError is not evidence for a DischargeDecisionMade',
    ]);
  });

  it('refuses education as evidence for a payer determination, but not for a discharge decision', () => {
    const stream = openCaseWith(contact);
    const error = given(stream)
      .when({
        type: 'RecordPayerDetermination',
        caseId,
        payer: 'Synthetic Payer',
        decision: 'pending',
        evidenceEventIds: [contact.id!],
      })
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([['evidenceEventIds', 0]]);
    given(stream)
      .when(decide([contact.id!]))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('refuses the same evidence cited twice', () => {
    const error = given(openCaseWith(assessmentRecorded))
      .when(decide([assessmentRecorded.id!, assessmentRecorded.id!]))
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([['evidenceEventIds', 1]]);
  });

  it('pins nothing it does not know: an event folded without its revision stays unpinned', () => {
    const { id, type, data } = assessmentRecorded;
    const state = fold(caseDecider, [...openCaseWith(), { id, type, data } as IdentifiedCaseEvent]);
    expect(state.entries[id!]).toMatchObject({ revision: null, correctionRevision: null });
  });
});
