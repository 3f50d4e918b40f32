import { randomUUID } from 'node:crypto';
import type { ProjectedEvent } from '../../projections/projection.js';
import type { EventLog } from './projection-spec.js';

// Synthetic records only.

const requestedBy = { kind: 'patient' } as const;
const reason = { text: 'Synthetic: awaiting the author of the entry' };

/**
 * Every step of the amendment process on a case stream, each with its timeline summary: one
 * request accepted with `correctionId`, one denied with the patient's statement and a rebuttal.
 */
export function amendmentSteps(
  log: EventLog,
  stream: string,
  targetId: string,
  correctionId: string,
): [ProjectedEvent, string][] {
  const [accepted, denied] = [randomUUID(), randomUUID()];
  const request = (amendmentId: string) =>
    log.record(stream, {
      type: 'AmendmentRequested',
      data: {
        amendmentId,
        targetEventIds: [targetId],
        requestedChange: 'Synthetic: the call reached nobody',
        justification: 'Synthetic: the patient was away',
        receivedAt: '2025-03-01T08:00:00.000Z',
        requestedBy,
        dueDate: '2025-04-30',
      },
    });
  return [
    [request(accepted), 'Amendment requested by the patient for 1 entry; due 2025-04-30'],
    [
      log.record(stream, {
        type: 'AmendmentDeadlineExtended',
        data: { amendmentId: accepted, extensionDays: 30, dueDate: '2025-05-30', reason },
      }),
      'Amendment deadline extended by 30 days to 2025-05-30',
    ],
    [
      log.record(stream, {
        type: 'AmendmentAccepted',
        data: { amendmentId: accepted, correctionEventIds: [correctionId] },
      }),
      'Amendment accepted: 1 correction linked',
    ],
    [request(denied), 'Amendment requested by the patient for 1 entry; due 2025-04-30'],
    [
      log.record(stream, {
        type: 'AmendmentDenied',
        data: {
          amendmentId: denied,
          basis: 'accurate-and-complete',
          explanation: 'Synthetic: accurate and complete',
        },
      }),
      'Amendment denied: accurate and complete',
    ],
    [
      log.record(stream, {
        type: 'DisagreementStatementFiled',
        data: { amendmentId: denied, statement: 'Synthetic: I disagree', filedBy: requestedBy },
      }),
      'Statement of disagreement filed by the patient',
    ],
    [
      log.record(stream, {
        type: 'AmendmentRebuttalRecorded',
        data: { amendmentId: denied, rebuttal: 'Synthetic rebuttal' },
      }),
      'Rebuttal of the statement of disagreement recorded',
    ],
  ];
}
