import { describe, expect, it } from 'vitest';
import { caseDecider } from '../../src/domain/case/case-decider.js';
import { parseCommand } from '../../src/domain/commands/index.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import type { CaseCommand } from '../../src/domain/commands/index.js';
import { catchError, deciderSpec, issuePaths } from './decider-spec.js';
import {
  assessmentRecorded,
  carePlanActivated,
  carePlanDrafted,
  carePlanId,
  caseId,
  entityId,
  eventId,
  openCase,
  openCaseWith,
  reason,
} from './fixtures.js';

const given = deciderSpec(caseDecider);

const suspended = {
  id: eventId(32),
  type: 'CarePlanSuspended',
  data: { carePlanId, reason },
} as const;
const closedAs = (outcome: 'completed' | 'revoked') =>
  ({ id: eventId(33), type: 'CarePlanClosed', data: { carePlanId, outcome, reason } }) as const;

const revise = (
  extra: Partial<Extract<CaseCommand, { type: 'ReviseCarePlan' }>> = {},
): CaseCommand => ({
  type: 'ReviseCarePlan',
  caseId,
  carePlanId,
  summary: 'Adds a home-health referral',
  changes: [{ path: 'interventions', before: 'none', after: 'home-health referral' }],
  reason,
  ...extra,
});

describe('a case without a care plan', () => {
  it('drafts one with a new id', () => {
    given(openCase)
      .when({
        type: 'DraftCarePlan',
        caseId,
        title: 'Transitional care plan',
        period: { start: '2025-03-01' },
      })
      .then([
        {
          type: 'CarePlanDrafted',
          data: {
            carePlanId: entityId(9001),
            title: 'Transitional care plan',
            period: { start: '2025-03-01' },
          },
        },
      ]);
  });

  it('refuses to activate an unknown plan', () => {
    given(openCase)
      .when({ type: 'ActivateCarePlan', caseId, carePlanId })
      .thenThrows(NotFoundError);
  });
});

describe('a draft care plan', () => {
  const draft = openCaseWith(carePlanDrafted);

  it('activates', () => {
    given(draft)
      .when({ type: 'ActivateCarePlan', caseId, carePlanId })
      .then([{ type: 'CarePlanActivated', data: { carePlanId } }]);
  });

  it('refuses a second current plan', () => {
    given(draft)
      .when({ type: 'DraftCarePlan', caseId, title: 'Another' })
      .thenThrows(InvalidTransitionError, 'one-current-care-plan');
  });

  it('refuses to be revised, suspended or completed before it is active', () => {
    given(draft).when(revise()).thenThrows(InvalidTransitionError, 'care-plan-transition');
    given(draft)
      .when({ type: 'SuspendCarePlan', caseId, carePlanId, reason })
      .thenThrows(InvalidTransitionError, 'care-plan-transition');
    given(draft)
      .when({ type: 'CloseCarePlan', caseId, carePlanId, outcome: 'completed', reason })
      .thenThrows(InvalidTransitionError, 'care-plan-transition');
  });

  it('can be revoked', () => {
    given(draft)
      .when({ type: 'CloseCarePlan', caseId, carePlanId, outcome: 'revoked', reason })
      .then([{ type: 'CarePlanClosed', data: { carePlanId, outcome: 'revoked', reason } }]);
  });
});

describe('an active care plan', () => {
  const active = openCaseWith(carePlanDrafted, carePlanActivated, assessmentRecorded);

  it('is revised with a reason, the changes and the triggering events', () => {
    given(active)
      .when(revise({ triggeringEventIds: [assessmentRecorded.id!] }))
      .then([
        {
          type: 'CarePlanRevised',
          data: {
            carePlanId,
            summary: 'Adds a home-health referral',
            changes: [{ path: 'interventions', before: 'none', after: 'home-health referral' }],
            evidence: [
              {
                eventId: assessmentRecorded.id!,
                revision: active.findIndex((event) => event.id === assessmentRecorded.id),
                correctionRevision: null,
              },
            ],
            reason,
          },
        },
      ]);
  });

  it('refuses a revision without a reason', () => {
    const { reason: _reason, ...withoutReason } = revise() as Extract<
      CaseCommand,
      { type: 'ReviseCarePlan' }
    >;
    expect(issuePaths(catchError(() => parseCommand(withoutReason)))).toEqual([['reason']]);
  });

  it('refuses a revision triggered by an event not in the case', () => {
    given(active)
      .when(revise({ triggeringEventIds: [eventId(777)] }))
      .thenThrows(ValidationError);
  });

  it('refuses to be activated again', () => {
    given(active)
      .when({ type: 'ActivateCarePlan', caseId, carePlanId })
      .thenThrows(InvalidTransitionError, 'care-plan-transition');
  });

  it('is suspended with a reason and resumed', () => {
    given(active)
      .when({ type: 'SuspendCarePlan', caseId, carePlanId, reason })
      .then([{ type: 'CarePlanSuspended', data: { carePlanId, reason } }]);
    given([...active, suspended])
      .when({ type: 'ResumeCarePlan', caseId, carePlanId })
      .then([{ type: 'CarePlanResumed', data: { carePlanId } }]);
  });

  it('refuses to resume when it is not on hold', () => {
    given(active)
      .when({ type: 'ResumeCarePlan', caseId, carePlanId })
      .thenThrows(InvalidTransitionError, 'care-plan-transition');
  });

  it('is completed', () => {
    given(active)
      .when({ type: 'CloseCarePlan', caseId, carePlanId, outcome: 'completed', reason })
      .thenState((state) => expect(state.carePlan).toEqual({ carePlanId, status: 'completed' }));
  });
});

describe('a care plan on hold', () => {
  const onHold = openCaseWith(carePlanDrafted, carePlanActivated, suspended);

  it('is still revised', () => {
    given(onHold)
      .when(revise())
      .thenEvents((events) =>
        expect(events.map((event) => event.type)).toEqual(['CarePlanRevised']),
      );
  });

  it('is revoked', () => {
    given(onHold)
      .when({ type: 'CloseCarePlan', caseId, carePlanId, outcome: 'revoked', reason })
      .thenState((state) => expect(state.carePlan?.status).toBe('revoked'));
  });
});

describe('a completed care plan', () => {
  const completed = openCaseWith(carePlanDrafted, carePlanActivated, closedAs('completed'));

  it('refuses revisions and resumption', () => {
    given(completed).when(revise()).thenThrows(InvalidTransitionError, 'care-plan-transition');
    given(completed)
      .when({ type: 'ResumeCarePlan', caseId, carePlanId })
      .thenThrows(InvalidTransitionError, 'care-plan-transition');
  });

  it('makes room for a new draft', () => {
    given(completed)
      .when({ type: 'DraftCarePlan', caseId, title: 'Follow-on plan' })
      .thenEvents((events) => expect(events[0]?.type).toBe('CarePlanDrafted'));
  });
});
