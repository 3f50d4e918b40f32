import { describe, expect, it } from 'vitest';
import { caseDecider, type IdentifiedCaseEvent } from '../../src/domain/case/case-decider.js';
import { parseCommand } from '../../src/domain/commands/index.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { catchError, deciderSpec, issuePaths, now } from './decider-spec.js';
import {
  amendmentDenied,
  amendmentId,
  amendmentRequested,
  assessmentCorrected,
  assessmentRecorded,
  caseClosed,
  caseId,
  entityId,
  eventId,
  openCaseWith,
  reason,
  requester,
  statementFiled,
} from './fixtures.js';

// Synthetic records only: HIPAA 164.526, the right to amend.

const given = deciderSpec(caseDecider);

const request = {
  type: 'RequestAmendment' as const,
  caseId,
  targetEventIds: [assessmentRecorded.id!],
  requestedChange: 'Synthetic: add that an interpreter was used',
  justification: 'Synthetic: the patient recalls one',
  receivedAt: '2025-02-25T10:00:00.000Z',
  requestedBy: requester,
};

const accept = (correctionEventIds: string[]) =>
  ({ type: 'AcceptAmendment', caseId, amendmentId, correctionEventIds }) as const;
const deny = {
  type: 'DenyAmendment',
  caseId,
  amendmentId,
  basis: 'accurate-and-complete',
  explanation: 'Synthetic: accurate and complete',
} as const;
const extend = (extensionDays: number) =>
  ({ type: 'ExtendAmendmentDeadline', caseId, amendmentId, extensionDays, reason }) as const;
const statement = {
  type: 'FileDisagreementStatement',
  caseId,
  amendmentId,
  statement: 'Synthetic: I disagree',
  filedBy: requester,
} as const;
const rebuttal = {
  type: 'RecordAmendmentRebuttal',
  caseId,
  amendmentId,
  rebuttal: 'Synthetic rebuttal',
} as const;

const requested = openCaseWith(assessmentRecorded, amendmentRequested);

describe('an amendment request', () => {
  it('names entries of the case and is due 60 days after it was received', () => {
    given(openCaseWith(assessmentRecorded))
      .when(request, { now })
      .then([
        {
          type: 'AmendmentRequested',
          data: {
            amendmentId: entityId(9001),
            targetEventIds: [assessmentRecorded.id!],
            requestedChange: request.requestedChange,
            justification: request.justification,
            receivedAt: request.receivedAt,
            requestedBy: requester,
            dueDate: '2025-04-26',
          },
        },
      ]);
  });

  it('refuses entries that are not in the case, by path', () => {
    const error = given(openCaseWith(assessmentRecorded))
      .when({ ...request, targetEventIds: [assessmentRecorded.id!, eventId(404)] })
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([['targetEventIds', 1]]);
  });

  it('is received also on a closed case, like a correction', () => {
    given(openCaseWith(assessmentRecorded, caseClosed))
      .when(request)
      .thenEvents((events) =>
        expect(events.map((event) => event.type)).toEqual(['AmendmentRequested']),
      );
  });

  it('is refused with no request in the case', () => {
    given(openCaseWith(assessmentRecorded)).when(deny).thenThrows(NotFoundError);
  });
});

describe('the deadline', () => {
  it('is extended once, by up to 30 days, with a reason', () => {
    given(requested)
      .when(extend(30))
      .then([
        {
          type: 'AmendmentDeadlineExtended',
          data: { amendmentId, extensionDays: 30, dueDate: '2025-05-21', reason },
        },
      ]);
    expect(issuePaths(catchError(() => parseCommand(extend(31))))).toEqual([['extensionDays']]);
    const { reason: _reason, ...withoutReason } = extend(10);
    expect(issuePaths(catchError(() => parseCommand(withoutReason)))).toEqual([['reason']]);
  });

  it('is not extended twice', () => {
    const extended: IdentifiedCaseEvent = {
      id: eventId(110),
      type: 'AmendmentDeadlineExtended',
      data: { amendmentId, extensionDays: 10, dueDate: '2025-05-01', reason },
    };
    given([...requested, extended])
      .when(extend(5))
      .thenThrows(InvalidTransitionError, 'amendment-extended-once');
  });

  it('is not extended once it has passed, nor after a decision', () => {
    given(requested)
      .when(
        { ...extend(10), occurredAt: '2025-04-22T00:00:00.000Z' },
        { now: '2025-04-22T00:00:00.000Z' },
      )
      .thenThrows(InvalidTransitionError, 'amendment-extension-before-deadline');
    given([...requested, amendmentDenied])
      .when(extend(10))
      .thenThrows(InvalidTransitionError, 'amendment-decided-once');
  });
});

describe('accepting a request', () => {
  it('links the corrections that made the amendment', () => {
    given([...requested, assessmentCorrected])
      .when(accept([assessmentCorrected.id!]))
      .then([
        {
          type: 'AmendmentAccepted',
          data: { amendmentId, correctionEventIds: [assessmentCorrected.id!], note: undefined },
        },
      ]);
  });

  it('refuses, by path, entries that are not corrections of the requested entries', () => {
    const otherEntry: IdentifiedCaseEvent = {
      id: eventId(120),
      type: 'ContactLogged',
      data: {
        contactId: entityId(120),
        party: 'patient',
        channel: 'phone',
        direction: 'outbound',
        reached: true,
        purpose: 'coordination',
        summary: 'Synthetic call',
      },
    };
    const otherFix: IdentifiedCaseEvent = {
      id: eventId(121),
      type: 'EntryCorrected',
      data: { targetEventId: otherEntry.id!, correctedData: { summary: 'Synthetic' }, reason },
    };
    const error = given([...requested, otherEntry, otherFix, assessmentCorrected])
      .when(accept([otherEntry.id!, otherFix.id!, eventId(404), assessmentCorrected.id!]))
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([
      ['correctionEventIds', 0],
      ['correctionEventIds', 1],
      ['correctionEventIds', 2],
    ]);
  });

  it('is one decision per request: no accepting after a denial, no second denial', () => {
    given([...requested, assessmentCorrected, amendmentDenied])
      .when(accept([assessmentCorrected.id!]))
      .thenThrows(InvalidTransitionError, 'amendment-decided-once');
    given([...requested, amendmentDenied])
      .when(deny)
      .thenThrows(InvalidTransitionError, 'amendment-decided-once');
  });
});

describe('a denial', () => {
  it('states a basis the rule allows and an explanation', () => {
    given(requested)
      .when(deny)
      .then([
        {
          type: 'AmendmentDenied',
          data: { amendmentId, basis: 'accurate-and-complete', explanation: deny.explanation },
        },
      ]);
    expect(issuePaths(catchError(() => parseCommand({ ...deny, basis: 'inconvenient' })))).toEqual([
      ['basis'],
    ]);
  });

  it('takes the patient’s statement of disagreement only after it, once', () => {
    given(requested).when(statement).thenThrows(InvalidTransitionError, 'statement-after-denial');
    given([...requested, amendmentDenied])
      .when(statement)
      .then([
        {
          type: 'DisagreementStatementFiled',
          data: { amendmentId, statement: statement.statement, filedBy: requester },
        },
      ]);
    given([...requested, amendmentDenied, statementFiled])
      .when(statement)
      .thenThrows(InvalidTransitionError, 'statement-filed-once');
  });

  it('takes a rebuttal only after a statement, once', () => {
    given([...requested, amendmentDenied])
      .when(rebuttal)
      .thenThrows(InvalidTransitionError, 'rebuttal-after-statement');
    given([...requested, amendmentDenied, statementFiled])
      .when(rebuttal)
      .then([
        { type: 'AmendmentRebuttalRecorded', data: { amendmentId, rebuttal: rebuttal.rebuttal } },
      ]);
  });
});

describe('the amendment record', () => {
  it('is neither corrected nor marked in error', () => {
    given([...requested, amendmentDenied])
      .when({ type: 'MarkEntryInError', caseId, targetEventId: amendmentDenied.id!, reason })
      .thenThrows(InvalidTransitionError, 'amendment-record-kept');
    given(requested)
      .when({
        type: 'CorrectEntry',
        caseId,
        targetEventId: amendmentRequested.id!,
        correctedData: { justification: 'Synthetic' },
        reason,
      })
      .thenThrows(InvalidTransitionError, 'amendment-record-kept');
  });
});
