import { describe, expect, it } from 'vitest';
import { caseDecider } from '../../src/domain/case/case-decider.js';
import { InvalidTransitionError, NotFoundError } from '../../src/domain/errors.js';
import { deciderSpec, now } from './decider-spec.js';
import {
  caseId,
  entityId,
  eventId,
  handoffId,
  handoffInitiated,
  ipass,
  openCase,
  openCaseWith,
  primary,
  reason,
} from './fixtures.js';

const given = deciderSpec(caseDecider);
const ben = { actor: { userId: 'cm-ben', role: 'case_manager' as const } };
const cho = { actor: { userId: 'rn-cho', role: 'clinician' as const } };

const accept = {
  type: 'AcceptHandoff',
  caseId,
  handoffId,
  synthesis: 'I take over: awaiting rehab bed, pharmacy call pending',
} as const;
const decline = { type: 'DeclineHandoff', caseId, handoffId, reason } as const;
const initiate = (transfersPrimary: boolean, to = 'cm-ben') =>
  ({
    type: 'InitiateHandoff',
    caseId,
    kind: 'case-manager',
    to: { userId: to, name: 'Ben Synthetic' },
    transfersPrimary,
    ipass,
  }) as const;

describe('the care team', () => {
  it('takes a new member from when the command happened', () => {
    given(openCase)
      .when({ type: 'AssignCareTeamMember', caseId, memberId: 'rn-cho', role: 'nurse' })
      .then([
        { type: 'CareTeamMemberAssigned', data: { memberId: 'rn-cho', role: 'nurse', from: now } },
      ]);
  });

  it('refuses someone already on it', () => {
    given(openCase)
      .when({
        type: 'AssignCareTeamMember',
        caseId,
        memberId: primary.userId,
        role: 'case-manager',
      })
      .thenThrows(InvalidTransitionError, 'care-team-member-once');
  });

  it('releases a member until a given time', () => {
    given(
      openCaseWith({
        type: 'CareTeamMemberAssigned',
        data: { memberId: 'rn-cho', role: 'nurse', from: now },
      }),
    )
      .when({
        type: 'ReleaseCareTeamMember',
        caseId,
        memberId: 'rn-cho',
        until: '2025-03-01T10:00:00Z',
      })
      .then([
        {
          type: 'CareTeamMemberReleased',
          data: { memberId: 'rn-cho', until: '2025-03-01T10:00:00Z' },
        },
      ]);
  });

  it('refuses to release someone not on it', () => {
    given(openCase)
      .when({ type: 'ReleaseCareTeamMember', caseId, memberId: 'rn-cho' })
      .thenThrows(NotFoundError);
  });

  it('keeps the primary case manager until a handoff', () => {
    given(openCase)
      .when({ type: 'ReleaseCareTeamMember', caseId, memberId: primary.userId })
      .thenThrows(InvalidTransitionError, 'primary-stays-on-team');
  });
});

describe('initiating a handoff', () => {
  it('comes from the caller, with the I-PASS content', () => {
    given(openCase)
      .when(initiate(true))
      .then([
        {
          type: 'HandoffInitiated',
          data: {
            handoffId: entityId(9001),
            kind: 'case-manager',
            from: { userId: primary.userId },
            to: { userId: 'cm-ben', name: 'Ben Synthetic' },
            transfersPrimary: true,
            ipass,
          },
        },
      ]);
  });

  it('refuses a handoff to oneself', () => {
    given(openCase)
      .when(initiate(false, primary.userId))
      .thenThrows(InvalidTransitionError, 'handoff-not-to-self');
  });

  it('refuses a second open handoff of the primary role', () => {
    given(openCaseWith(handoffInitiated(true)))
      .when(initiate(true, 'cm-dee'))
      .thenThrows(InvalidTransitionError, 'one-open-primary-handoff');
  });

  it('allows a second handoff that keeps the primary role', () => {
    given(openCaseWith(handoffInitiated(true)))
      .when(initiate(false, 'cm-dee'))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('refuses to hand off the primary role when the caller is not primary', () => {
    given(openCase)
      .when(initiate(true, 'cm-dee'), ben)
      .thenThrows(InvalidTransitionError, 'handoff-from-primary');
  });
});

describe('an open handoff', () => {
  const open = openCaseWith(handoffInitiated(true));

  it('is accepted by its receiver, who becomes primary and joins the team', () => {
    given(open)
      .when(accept, ben)
      .then([
        { type: 'HandoffAccepted', data: { handoffId, synthesis: accept.synthesis } },
        {
          type: 'CareTeamMemberAssigned',
          data: { memberId: 'cm-ben', name: 'Ben Synthetic', role: 'case-manager', from: now },
        },
      ]);
    given(open)
      .when(accept, ben)
      .thenState((state) => {
        expect(state.primaryCaseManager).toEqual({ userId: 'cm-ben', name: 'Ben Synthetic' });
        expect(state.handoffs[handoffId]?.status).toBe('accepted');
        expect(Object.keys(state.careTeam).sort()).toEqual(['cm-ana', 'cm-ben']);
      });
  });

  it('leaves the primary alone when it does not transfer the primary role', () => {
    given(openCaseWith(handoffInitiated(false)))
      .when(accept, ben)
      .thenState((state) => expect(state.primaryCaseManager).toEqual(primary));
  });

  it('keeps the primary case manager until it is accepted', () => {
    given(open)
      .when(decline, ben)
      .thenState((state) => expect(state.primaryCaseManager).toEqual(primary));
  });

  it('is not accepted or declined by anyone but the receiver', () => {
    given(open).when(accept, cho).thenThrows(InvalidTransitionError, 'handoff-receiver-only');
    given(open).when(accept).thenThrows(InvalidTransitionError, 'handoff-receiver-only');
    given(open).when(decline, cho).thenThrows(InvalidTransitionError, 'handoff-receiver-only');
  });

  it('is declined with a reason', () => {
    given(open)
      .when(decline, ben)
      .then([{ type: 'HandoffDeclined', data: { handoffId, reason } }]);
  });
});

describe('a settled handoff', () => {
  const accepted = openCaseWith(handoffInitiated(true), {
    id: eventId(41),
    type: 'HandoffAccepted',
    data: { handoffId, synthesis: 'ok' },
  });
  const declined = openCaseWith(handoffInitiated(true), {
    id: eventId(41),
    type: 'HandoffDeclined',
    data: { handoffId, reason },
  });

  it('is not accepted or declined again', () => {
    given(accepted).when(accept, ben).thenThrows(InvalidTransitionError, 'handoff-settled-once');
    given(accepted).when(decline, ben).thenThrows(InvalidTransitionError, 'handoff-settled-once');
    given(declined).when(accept, ben).thenThrows(InvalidTransitionError, 'handoff-settled-once');
  });

  it('lets the new primary hand the role on', () => {
    given(accepted)
      .when(initiate(true, 'cm-dee'), ben)
      .thenEvents((events) => expect(events[0]?.type).toBe('HandoffInitiated'));
  });

  it('after a decline, lets the primary open a new handoff of the role', () => {
    given(declined)
      .when(initiate(true, 'cm-dee'))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('refuses an unknown handoff', () => {
    given(openCase).when(accept, ben).thenThrows(NotFoundError);
  });
});
