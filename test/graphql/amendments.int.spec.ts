import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { startApi } from '../support/api-harness.js';
import { caseManagedBy, recordThrough, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic people and records only, made up by the test: the HIPAA right to amend (164.526).

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

/** One mutation as this caller: its last event, with the global position to read it at. */
async function record(as: Actor, mutation: string, input: Record<string, unknown>) {
  const { position, events } = await recordThrough(api, as, mutation, input);
  return { ...events.at(-1)!, position };
}

const caseQuery = `query Amendments($id: ID!, $atPosition: String) {
  case(id: $id, atPosition: $atPosition) {
    assessments {
      eventId notes amendmentIds
      corrections { eventId actor { userId } recordedAt reason { text } changes { field before after } withdrawn }
    }
    amendments {
      id status targetEventIds requestedChange dueDate requestedBy { kind relationship }
      actor { userId }
      decision {
        outcome basis explanation decidedLate actor { userId } recordedAt
        correctionEventIds corrections { id actor { userId } recordedAt }
      }
      statement { statement filedBy { kind } actor { userId } recordedAt }
      rebuttal { rebuttal actor { userId } recordedAt }
    }
    timeline(first: 50) {
      edges { node { eventId kind status correction { id actor { userId } recordedAt } amendments { id status } } }
    }
    decisions(first: 50, kinds: ["AmendmentAccepted", "AmendmentDenied", "EntryCorrected"]) {
      edges { node { eventType eventId actor { userId } targetEventId changes } }
    }
  }
}`;

interface CaseAnswer {
  case: {
    assessments: Record<string, unknown>[];
    amendments: Record<string, unknown>[];
    timeline: { edges: { node: Record<string, unknown> & { eventId: string } }[] };
    decisions: { edges: { node: Record<string, unknown> }[] };
  };
}

describe('the right to amend', () => {
  it('keeps the original, the correction with its author and time, and the denial, statement and rebuttal together', async () => {
    // Given Ann's case with a clinician, Cara, on its team, an assessment and a call
    const ann = syntheticUser('case_manager', 'cm-ann');
    const cara = syntheticUser('clinician', 'rn-cara');
    const { caseId } = await caseManagedBy(api, ann);
    const onCase = (as: Actor, mutation: string, input: Record<string, unknown>) =>
      record(as, mutation, { caseId, ...input });
    await onCase(ann, 'assignCareTeamMember', { memberId: cara.userId, role: 'NURSE' });
    const assessment = await onCase(ann, 'recordAssessment', {
      instrument: { code: 'PHQ_9' },
      items: Array.from({ length: 9 }, (_, i) => ({ itemId: `item-${i + 1}`, score: 1 })),
      notes: 'Synthetic: no interpreter',
    });
    const call = await onCase(ann, 'logContact', {
      party: 'PATIENT',
      channel: 'PHONE',
      reached: true,
      purpose: 'FOLLOW_UP',
      summary: 'Synthetic: patient declined the home visit',
    });
    const received = new Date(Date.now() - 60_000).toISOString();
    const request = (targetEventId: string, change: string) =>
      onCase(ann, 'requestAmendment', {
        targetEventIds: [targetEventId],
        requestedChange: change,
        justification: 'Synthetic: the patient remembers otherwise',
        receivedAt: received,
        requestedBy: { kind: 'PERSONAL_REPRESENTATIVE', relationship: 'son' },
      });

    // When the patient asks to amend the assessment, Cara corrects it and Ann accepts
    const accepted = await request(assessment.id, 'Synthetic: an interpreter was present');
    const acceptedId = accepted.data.amendmentId as string;
    const correction = await onCase(cara, 'correctEntry', {
      targetEventId: assessment.id,
      correctedData: { notes: 'Synthetic: interpreter present' },
      reason: { text: 'Synthetic: amendment accepted' },
    });
    const acceptance = await onCase(ann, 'acceptAmendment', {
      amendmentId: acceptedId,
      correctionEventIds: [correction.id],
    });
    // and asks to amend the call, which Ann denies, the patient disputes and Ann rebuts
    const denied = await request(call.id, 'Synthetic: the patient accepted the visit');
    const deniedId = denied.data.amendmentId as string;
    const denial = await onCase(ann, 'denyAmendment', {
      amendmentId: deniedId,
      basis: 'ACCURATE_AND_COMPLETE',
      explanation: 'Synthetic: the call was documented as it happened',
    });
    const statement = await onCase(ann, 'fileDisagreementStatement', {
      amendmentId: deniedId,
      statement: 'Synthetic: I did accept the visit',
      filedBy: { kind: 'PATIENT' },
    });
    const rebuttal = await onCase(ann, 'recordAmendmentRebuttal', {
      amendmentId: deniedId,
      rebuttal: 'Synthetic: the nurse on the call confirms the refusal',
    });

    const response = await api.graphql<CaseAnswer>(
      caseQuery,
      { id: caseId, atPosition: rebuttal.position },
      ann,
    );
    expect(response.errors).toBeUndefined();
    const shown = response.data!.case;

    // Then the assessment shows the correction, with the original kept, its author and time
    expect(shown.assessments).toEqual([
      {
        eventId: assessment.id,
        notes: 'Synthetic: interpreter present',
        amendmentIds: [acceptedId],
        corrections: [
          {
            eventId: correction.id,
            actor: { userId: cara.userId },
            recordedAt: correction.recordedAt,
            reason: { text: 'Synthetic: amendment accepted' },
            changes: [
              {
                field: 'notes',
                before: 'Synthetic: no interpreter',
                after: 'Synthetic: interpreter present',
              },
            ],
            withdrawn: false,
          },
        ],
      },
    ]);
    // and the accepted request links the correction; the denied one keeps denial, statement and rebuttal
    expect(shown.amendments).toEqual([
      {
        id: acceptedId,
        status: 'ACCEPTED',
        targetEventIds: [assessment.id],
        requestedChange: 'Synthetic: an interpreter was present',
        dueDate: new Date(Date.parse(received) + 60 * 86_400_000).toISOString().slice(0, 10),
        requestedBy: { kind: 'PERSONAL_REPRESENTATIVE', relationship: 'son' },
        actor: { userId: ann.userId },
        decision: {
          outcome: 'ACCEPTED',
          basis: null,
          explanation: null,
          decidedLate: false,
          actor: { userId: ann.userId },
          recordedAt: acceptance.recordedAt,
          correctionEventIds: [correction.id],
          corrections: [
            {
              id: correction.id,
              actor: { userId: cara.userId },
              recordedAt: correction.recordedAt,
            },
          ],
        },
        statement: null,
        rebuttal: null,
      },
      {
        id: deniedId,
        status: 'DENIED',
        targetEventIds: [call.id],
        requestedChange: 'Synthetic: the patient accepted the visit',
        dueDate: new Date(Date.parse(received) + 60 * 86_400_000).toISOString().slice(0, 10),
        requestedBy: { kind: 'PERSONAL_REPRESENTATIVE', relationship: 'son' },
        actor: { userId: ann.userId },
        decision: {
          outcome: 'DENIED',
          basis: 'ACCURATE_AND_COMPLETE',
          explanation: 'Synthetic: the call was documented as it happened',
          decidedLate: false,
          actor: { userId: ann.userId },
          recordedAt: denial.recordedAt,
          correctionEventIds: [],
          corrections: [],
        },
        statement: {
          statement: 'Synthetic: I did accept the visit',
          filedBy: { kind: 'PATIENT' },
          actor: { userId: ann.userId },
          recordedAt: statement.recordedAt,
        },
        rebuttal: {
          rebuttal: 'Synthetic: the nurse on the call confirms the refusal',
          actor: { userId: ann.userId },
          recordedAt: rebuttal.recordedAt,
        },
      },
    ]);
    // and on the timeline the corrected entry is labelled, names its correction and links its request
    const entry = (eventId: string) =>
      shown.timeline.edges.find((edge) => edge.node.eventId === eventId)?.node;
    expect(entry(assessment.id)).toMatchObject({
      status: 'CORRECTED',
      correction: {
        id: correction.id,
        actor: { userId: cara.userId },
        recordedAt: correction.recordedAt,
      },
      amendments: [{ id: acceptedId, status: 'ACCEPTED' }],
    });
    expect(entry(call.id)).toMatchObject({
      status: 'RECORDED',
      correction: null,
      amendments: [{ id: deniedId, status: 'DENIED' }],
    });
    expect(entry(statement.id)).toMatchObject({
      kind: 'amendment',
      amendments: [{ id: deniedId, status: 'DENIED' }],
    });
    // and the decision trail has the correction, the acceptance and the denial, each with its author
    expect(
      shown.decisions.edges.map(({ node }) => [node.eventType, node.eventId, node.actor]),
    ).toEqual([
      ['EntryCorrected', correction.id, { userId: cara.userId }],
      ['AmendmentAccepted', acceptance.id, { userId: ann.userId }],
      ['AmendmentDenied', denial.id, { userId: ann.userId }],
    ]);
  });

  it('refuses to accept a request with a correction of another entry, at its field path', async () => {
    const ann = syntheticUser('case_manager', 'cm-ann');
    const { caseId } = await caseManagedBy(api, ann);
    const onCase = (mutation: string, input: Record<string, unknown>) =>
      record(ann, mutation, { caseId, ...input });
    const contact = (summary: string) =>
      onCase('logContact', {
        party: 'PATIENT',
        channel: 'PHONE',
        reached: true,
        purpose: 'FOLLOW_UP',
        summary,
      });
    const [named, other] = [
      await contact('Synthetic call one'),
      await contact('Synthetic call two'),
    ];
    const requested = await onCase('requestAmendment', {
      targetEventIds: [named.id],
      requestedChange: 'Synthetic change',
      justification: 'Synthetic reason',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      requestedBy: { kind: 'PATIENT' },
    });
    const wrongFix = await onCase('correctEntry', {
      targetEventId: other.id,
      correctedData: { summary: 'Synthetic call two, corrected' },
      reason: { text: 'Synthetic' },
    });

    const response = await api.graphql(
      `mutation ($input: AcceptAmendmentInput!) { acceptAmendment(input: $input) { revision } }`,
      {
        input: {
          caseId,
          amendmentId: requested.data.amendmentId,
          correctionEventIds: [wrongFix.id],
        },
      },
      ann,
    );

    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        {
          path: ['correctionEventIds', 0],
          message: 'does not act on an entry the request names',
        },
      ],
    });
  });
});
