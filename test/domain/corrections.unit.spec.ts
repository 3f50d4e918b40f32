import { describe, expect, it } from 'vitest';
import { caseDecider } from '../../src/domain/case/case-decider.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { deciderSpec, issuePaths } from './decider-spec.js';
import {
  assessmentRecorded,
  caseClosed,
  caseId,
  caseOpened,
  decisionMade,
  eventId,
  goalId,
  goalSet,
  handoffId,
  handoffInitiated,
  openCase,
  openCaseWith,
  primaryOnTeam,
  reason,
} from './fixtures.js';

const given = deciderSpec(caseDecider);
const correct = (targetEventId: string, correctedData: Record<string, unknown>) =>
  ({ type: 'CorrectEntry', caseId, targetEventId, correctedData, reason }) as const;
const markInError = (targetEventId: string) =>
  ({ type: 'MarkEntryInError', caseId, targetEventId, reason }) as const;

describe('correcting an entry', () => {
  const withGoal = openCaseWith(goalSet('active'));

  it('records the corrected fields and the reason; the original stays', () => {
    given(withGoal)
      .when(correct(eventId(20), { description: 'Walks to the corner shop unaided' }))
      .then([
        {
          type: 'EntryCorrected',
          data: {
            targetEventId: eventId(20),
            correctedData: { description: 'Walks to the corner shop unaided' },
            reason,
          },
        },
      ]);
  });

  it('refuses a target that is not an entry of this case', () => {
    given(withGoal)
      .when(correct(eventId(404), { description: 'x' }))
      .thenThrows(NotFoundError);
  });

  it('refuses fields the target does not have, and values its schema refuses', () => {
    const error = given(withGoal)
      .when(
        correct(eventId(20), {
          colour: 'red',
          priority: 'urgent',
          target: { measure: 'x', extra: 1 },
        }),
      )
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([
      ['correctedData', 'colour'],
      ['correctedData', 'priority'],
      ['correctedData', 'target', 'extra'],
    ]);
  });

  it('refuses to change identities, references or the fields rules rest on', () => {
    expect(
      issuePaths(
        given(withGoal)
          .when(correct(eventId(20), { goalId: eventId(5), lifecycleStatus: 'proposed' }))
          .thenThrows(ValidationError),
      ),
    ).toEqual([
      ['correctedData', 'goalId'],
      ['correctedData', 'lifecycleStatus'],
    ]);
    expect(
      issuePaths(
        given(openCase)
          .when(correct(caseOpened.id!, { primaryCaseManager: { userId: 'cm-eve' } }))
          .thenThrows(ValidationError),
      ),
    ).toEqual([['correctedData', 'primaryCaseManager']]);
    expect(
      issuePaths(
        given(openCaseWith(assessmentRecorded))
          .when(correct(eventId(50), { total: 3 }))
          .thenThrows(ValidationError),
      ),
    ).toEqual([['correctedData', 'total']]);
  });

  it('refuses to correct a correction', () => {
    const corrected = [
      ...withGoal,
      {
        id: eventId(21),
        type: 'EntryCorrected',
        data: { targetEventId: eventId(20), correctedData: { priority: 'low' }, reason },
      } as const,
    ];
    given(corrected)
      .when(correct(eventId(21), { reason }))
      .thenThrows(InvalidTransitionError, 'correction-targets-an-entry');
  });

  it('refuses an entry marked in error', () => {
    given([
      ...withGoal,
      { id: eventId(21), type: 'EntryMarkedInError', data: { targetEventId: eventId(20), reason } },
    ])
      .when(correct(eventId(20), { description: 'x' }))
      .thenThrows(InvalidTransitionError, 'entry-already-in-error');
  });
});

describe('marking an entry in error', () => {
  it('drops the goal it created from the decisions', () => {
    const withGoal = openCaseWith(goalSet('active'));
    given(withGoal)
      .when(markInError(eventId(20)))
      .thenState((state) => {
        expect(state.goals[goalId]).toBeUndefined();
        expect(state.entries[eventId(20)]?.inError).toBe(true);
      });
    given([
      ...withGoal,
      { id: eventId(21), type: 'EntryMarkedInError', data: { targetEventId: eventId(20), reason } },
    ])
      .when({
        type: 'RecordGoalProgress',
        caseId,
        goalId,
        achievementStatus: 'improving',
        evidence: { text: 'x' },
      })
      .thenThrows(NotFoundError);
  });

  it('happens once', () => {
    given(
      openCaseWith(goalSet(), {
        id: eventId(21),
        type: 'EntryMarkedInError',
        data: { targetEventId: eventId(20), reason },
      }),
    )
      .when(markInError(eventId(20)))
      .thenThrows(InvalidTransitionError, 'entry-already-in-error');
  });

  it('withdraws a "ready" decision, so discharge needs a new one', () => {
    given(
      openCaseWith(decisionMade('ready'), {
        id: eventId(61),
        type: 'EntryMarkedInError',
        data: { targetEventId: eventId(60), reason },
      }),
    )
      .when({ type: 'DischargePatient', caseId, disposition: 'home' })
      .thenThrows(InvalidTransitionError, 'discharge-needs-ready-decision');
  });

  it('refuses transitions: a new one is recorded instead', () => {
    given(openCase)
      .when(markInError(caseOpened.id!))
      .thenThrows(InvalidTransitionError, 'transition-not-in-error');
    given(openCase)
      .when(markInError(primaryOnTeam.id!))
      .thenThrows(InvalidTransitionError, 'transition-not-in-error');
    given([...openCase, caseClosed])
      .when(markInError(caseClosed.id!))
      .thenThrows(InvalidTransitionError, 'transition-not-in-error');
  });

  it('withdraws an open handoff but not a settled one', () => {
    given(openCaseWith(handoffInitiated(true)))
      .when(markInError(eventId(40)))
      .thenState((state) => expect(state.handoffs[handoffId]).toBeUndefined());
    given(
      openCaseWith(handoffInitiated(true), {
        id: eventId(41),
        type: 'HandoffDeclined',
        data: { handoffId, reason },
      }),
    )
      .when(markInError(eventId(40)))
      .thenThrows(InvalidTransitionError, 'handoff-settled-once');
  });

  it('refuses a target outside the case', () => {
    given(openCase)
      .when(markInError(eventId(404)))
      .thenThrows(NotFoundError);
  });

  it('refuses a case that does not exist', () => {
    given([])
      .when(markInError(eventId(1)))
      .thenThrows(NotFoundError);
  });
});
