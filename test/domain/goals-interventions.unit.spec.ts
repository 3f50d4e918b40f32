import { describe, expect, it } from 'vitest';
import { caseDecider, type IdentifiedCaseEvent } from '../../src/domain/case/case-decider.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import type { GoalLifecycleStatus, InterventionStatus } from '../../src/domain/value-sets.js';
import { deciderSpec } from './decider-spec.js';
import { caseId, entityId, eventId, goalId, goalSet, openCase, openCaseWith } from './fixtures.js';

const given = deciderSpec(caseDecider);

const goalNow = (status: GoalLifecycleStatus) =>
  status === 'proposed' || status === 'active'
    ? openCaseWith(goalSet(status))
    : openCaseWith(goalSet('active'), {
        id: eventId(21),
        type: 'GoalStatusChanged',
        data: { goalId, from: 'active', to: status },
      });

const progress = {
  type: 'RecordGoalProgress',
  caseId,
  goalId,
  achievementStatus: 'improving',
  evidence: { text: 'Walked 30 m with a cane' },
} as const;

describe('setting a goal', () => {
  it('is proposed by default and addresses known problems', () => {
    const problemId = entityId(70);
    given(
      openCaseWith({
        type: 'ProblemIdentified',
        data: { problemId, description: 'Limited mobility', category: 'functional' },
      }),
    )
      .when({
        type: 'SetGoal',
        caseId,
        description: 'Walks unaided',
        target: { measure: 'distance', detail: '50 m', dueDate: '2025-04-01' },
        priority: 'high',
        addresses: [problemId],
      })
      .then([
        {
          type: 'GoalSet',
          data: {
            goalId: entityId(9001),
            description: 'Walks unaided',
            target: { measure: 'distance', detail: '50 m', dueDate: '2025-04-01' },
            priority: 'high',
            addresses: [problemId],
            lifecycleStatus: 'proposed',
          },
        },
      ]);
  });

  it('refuses to address an unknown problem', () => {
    given(openCase)
      .when({
        type: 'SetGoal',
        caseId,
        description: 'x',
        target: { measure: 'm' },
        priority: 'low',
        addresses: [entityId(71)],
      })
      .thenThrows(NotFoundError);
  });
});

describe('goal progress', () => {
  it('is recorded on an active goal', () => {
    given(goalNow('active'))
      .when(progress)
      .then([
        {
          type: 'GoalProgressRecorded',
          data: {
            goalId,
            achievementStatus: 'improving',
            evidence: { text: 'Walked 30 m with a cane' },
          },
        },
      ]);
  });

  it.each(['proposed', 'on-hold', 'completed', 'cancelled'] as const)(
    'is refused on a %s goal',
    (status) => {
      given(goalNow(status))
        .when(progress)
        .thenThrows(InvalidTransitionError, 'goal-progress-active-only');
    },
  );

  it('is refused on an unknown goal', () => {
    given(openCase).when(progress).thenThrows(NotFoundError);
  });

  it('needs evidence', () => {
    given(goalNow('active'))
      .when({ ...progress, evidence: {} })
      .thenThrows(ValidationError);
  });

  it('refuses evidence events not in the case', () => {
    given(goalNow('active'))
      .when({ ...progress, evidence: { eventIds: [eventId(500)] } })
      .thenThrows(NotFoundError);
  });
});

describe('goal lifecycle', () => {
  it.each([
    ['proposed', 'active'],
    ['proposed', 'cancelled'],
    ['active', 'on-hold'],
    ['active', 'completed'],
    ['on-hold', 'active'],
    ['on-hold', 'cancelled'],
  ] as const)('moves a %s goal to %s, recording where it came from', (from, to) => {
    given(goalNow(from))
      .when({ type: 'ChangeGoalStatus', caseId, goalId, to })
      .then([{ type: 'GoalStatusChanged', data: { goalId, from, to } }]);
  });

  it.each([
    ['completed', 'active'],
    ['cancelled', 'active'],
    ['active', 'active'],
    ['active', 'proposed'],
    ['on-hold', 'completed'],
  ] as const)('refuses to move a %s goal to %s', (from, to) => {
    given(goalNow(from))
      .when({ type: 'ChangeGoalStatus', caseId, goalId, to })
      .thenThrows(InvalidTransitionError, 'goal-transition');
  });
});

const interventionId = entityId(80);
const planned: IdentifiedCaseEvent = {
  id: eventId(80),
  type: 'InterventionPlanned',
  data: {
    interventionId,
    kind: 'referral',
    description: 'Home-health referral',
    performer: { role: 'nurse' },
    goalIds: [],
  },
};
const interventionNow = (status: InterventionStatus) =>
  status === 'scheduled'
    ? openCaseWith(planned)
    : openCaseWith(planned, {
        id: eventId(81),
        type: 'InterventionStatusChanged',
        data: {
          interventionId,
          from: status === 'stopped' ? 'in-progress' : 'scheduled',
          to: status,
        },
      });

describe('interventions', () => {
  it('are planned for known goals with a performer', () => {
    given(goalNow('active'))
      .when({
        type: 'PlanIntervention',
        caseId,
        kind: 'education',
        description: 'Teach inhaler use',
        performer: { userId: 'rn-cho', role: 'nurse' },
        due: '2025-03-05',
        goalIds: [goalId],
      })
      .then([
        {
          type: 'InterventionPlanned',
          data: {
            interventionId: entityId(9001),
            kind: 'education',
            description: 'Teach inhaler use',
            performer: { userId: 'rn-cho', role: 'nurse' },
            due: '2025-03-05',
            goalIds: [goalId],
          },
        },
      ]);
  });

  it('refuse an empty performer', () => {
    given(openCase)
      .when({ type: 'PlanIntervention', caseId, kind: 'other', description: 'x', performer: {} })
      .thenThrows(ValidationError);
  });

  it('refuse unknown goals', () => {
    given(openCase)
      .when({
        type: 'PlanIntervention',
        caseId,
        kind: 'other',
        description: 'x',
        performer: { role: 'nurse' },
        goalIds: [goalId],
      })
      .thenThrows(NotFoundError);
  });

  it.each([
    ['scheduled', 'in-progress'],
    ['scheduled', 'completed'],
    ['scheduled', 'cancelled'],
    ['in-progress', 'completed'],
    ['in-progress', 'stopped'],
  ] as const)('move from %s to %s with an outcome', (from, to) => {
    given(interventionNow(from))
      .when({
        type: 'UpdateInterventionStatus',
        caseId,
        interventionId,
        to,
        outcome: 'Synthetic outcome',
      })
      .then([
        {
          type: 'InterventionStatusChanged',
          data: { interventionId, from, to, outcome: 'Synthetic outcome' },
        },
      ]);
  });

  it.each([
    ['completed', 'in-progress'],
    ['cancelled', 'scheduled'],
    ['stopped', 'completed'],
    ['scheduled', 'stopped'],
    ['in-progress', 'cancelled'],
  ] as const)('refuse to move from %s to %s', (from, to) => {
    given(interventionNow(from))
      .when({ type: 'UpdateInterventionStatus', caseId, interventionId, to })
      .thenThrows(InvalidTransitionError, 'intervention-transition');
  });

  it('refuse a status change of an unknown intervention', () => {
    given(openCase)
      .when({ type: 'UpdateInterventionStatus', caseId, interventionId, to: 'completed' })
      .thenThrows(NotFoundError);
  });
});

describe('problems', () => {
  const problemId = entityId(70);
  const identified = openCaseWith({
    type: 'ProblemIdentified',
    data: { problemId, description: 'Cannot afford medication', category: 'financial' },
  });

  it('are resolved once', () => {
    given(identified)
      .when({
        type: 'ResolveProblem',
        caseId,
        problemId,
        resolution: 'Enrolled in assistance program',
      })
      .thenState((state) => expect(state.problems[problemId]).toEqual({ status: 'resolved' }));
    given([...identified, { type: 'ProblemResolved', data: { problemId } }])
      .when({ type: 'ResolveProblem', caseId, problemId })
      .thenThrows(InvalidTransitionError, 'problem-resolves-once');
  });
});
