import { describe, expect, it } from 'vitest';
import { caseDecider } from '../../src/domain/case/case-decider.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { parseCommand } from '../../src/domain/commands/index.js';
import { catchError, deciderSpec, now } from './decider-spec.js';
import {
  admittedAt,
  caseClosed,
  caseId,
  caseOpened,
  caseOpenedData,
  openCase,
  openCaseWith,
  patientId,
  primary,
  reason,
} from './fixtures.js';

const given = deciderSpec(caseDecider);

const openCommand = {
  type: 'OpenCase',
  caseId,
  patientId,
  program: 'transitional-care',
  referralSource: { kind: 'physician' },
  admittedAt,
  admissionType: 'unplanned',
  primaryCaseManager: primary,
} as const;

describe('a case that does not exist yet', () => {
  it('opens with its primary case manager on the care team', () => {
    given([])
      .when(openCommand)
      .then([
        { type: 'CaseOpened', data: caseOpenedData },
        {
          type: 'CareTeamMemberAssigned',
          data: { memberId: primary.userId, name: primary.name, role: 'case-manager', from: now },
        },
      ]);
  });

  it('refuses any other command as not found', () => {
    given([])
      .when({
        type: 'LogContact',
        caseId,
        party: 'patient',
        channel: 'phone',
        reached: true,
        purpose: 'follow-up',
        summary: 'Called',
      })
      .thenThrows(NotFoundError);
  });
});

describe('an open case', () => {
  it('refuses to open a second time', () => {
    given(openCase).when(openCommand).thenThrows(InvalidTransitionError, 'case-opens-once');
  });

  it('closes with a reason and an outcome', () => {
    given(openCase)
      .when({ type: 'CloseCase', caseId, outcome: 'goals-met', reason })
      .then([{ type: 'CaseClosed', data: { reason, outcome: 'goals-met' } }]);
  });

  it('refuses a close command without a reason at the schema', () => {
    const error = catchError(() =>
      parseCommand({ type: 'CloseCase', caseId, outcome: 'goals-met' }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([['reason']]);
  });

  it('accepts an occurredAt within the two-minute clock skew', () => {
    given(openCase)
      .when({
        type: 'LogContact',
        caseId,
        occurredAt: '2025-03-01T12:01:59.000Z',
        party: 'family',
        channel: 'phone',
        reached: false,
        purpose: 'coordination',
        summary: 'Voicemail left',
      })
      .thenEvents((events) => expect(events.map((event) => event.type)).toEqual(['ContactLogged']));
  });

  it('refuses an occurredAt in the future', () => {
    const error = given(openCase)
      .when({
        type: 'LogContact',
        caseId,
        occurredAt: '2025-03-01T12:02:01.000Z',
        party: 'family',
        channel: 'phone',
        reached: false,
        purpose: 'coordination',
        summary: 'Voicemail left',
      })
      .thenThrows(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['occurredAt']);
  });

  it('accepts a late entry that happened before the case was opened', () => {
    given(openCase)
      .when({
        type: 'LogContact',
        caseId,
        occurredAt: '2025-01-01T09:00:00+01:00',
        party: 'physician',
        channel: 'phone',
        reached: true,
        purpose: 'coordination',
        summary: 'Referral call',
      })
      .thenEvents((events) => expect(events).toHaveLength(1));
  });
});

describe('a closed case', () => {
  const closed = [...openCase, caseClosed];

  it('refuses new goals', () => {
    given(closed)
      .when({
        type: 'SetGoal',
        caseId,
        description: 'Walks unaided',
        target: { measure: 'distance' },
        priority: 'low',
      })
      .thenThrows(InvalidTransitionError, 'closed-case-read-only');
  });

  it('refuses to close again', () => {
    given(closed)
      .when({ type: 'CloseCase', caseId, outcome: 'other', reason })
      .thenThrows(InvalidTransitionError, 'closed-case-read-only');
  });

  it('still takes a correction', () => {
    given(closed)
      .when({
        type: 'CorrectEntry',
        caseId,
        targetEventId: caseOpened.id!,
        correctedData: { program: 'complex-care' },
        reason,
      })
      .thenEvents((events) =>
        expect(events.map((event) => event.type)).toEqual(['EntryCorrected']),
      );
  });

  it('still takes an in-error mark', () => {
    const contact = openCaseWith({
      type: 'ContactLogged',
      data: {
        contactId: patientId,
        party: 'patient',
        channel: 'phone',
        direction: 'outbound',
        reached: true,
        purpose: 'follow-up',
        summary: 'Called',
      },
    });
    given([...contact, caseClosed])
      .when({ type: 'MarkEntryInError', caseId, targetEventId: contact[2]!.id!, reason })
      .thenEvents((events) =>
        expect(events.map((event) => event.type)).toEqual(['EntryMarkedInError']),
      );
  });
});
