import type { JourneyPart } from '../journey-writer.js';
import type { EpisodeState } from './episode-state.js';
import type { Goal, GoalStatus } from './episode-types.js';

/** Moves a goal to a new status. */
export function* changeGoal(ep: EpisodeState, goal: Goal, to: GoalStatus): JourneyPart {
  yield ep.w.command(
    { type: 'ChangeGoalStatus', caseId: ep.caseId, goalId: goal.goalId, to },
    ep.cm,
  );
  goal.status = to;
}

/** A day's progress notes on some of the active goals. */
export function* progressGoals(ep: EpisodeState): JourneyPart {
  for (const goal of ep.goals) {
    if (goal.status !== 'active' || !ep.random.chance(0.45)) continue;
    const status = ep.random.choose({
      improving: 45,
      'in-progress': 30,
      'no-change': 15,
      sustaining: 5,
      'no-progress': 5,
    });
    yield* goalProgress(ep, goal, status);
  }
}

/** Records progress on a goal, citing the latest assessment of its measure. */
export function* goalProgress(
  ep: EpisodeState,
  goal: Goal,
  achievementStatus:
    | 'improving'
    | 'in-progress'
    | 'no-change'
    | 'sustaining'
    | 'no-progress'
    | 'achieved'
    | 'not-achieved'
    | 'not-attainable',
): JourneyPart {
  const evidenceIds =
    goal.problem.template.goal.measure === 'Barthel index' && ep.barthel
      ? [ep.barthel.eventId]
      : goal.problem.template.goal.measure === 'PHQ-9' && ep.phq
        ? [ep.phq.eventId]
        : undefined;
  yield ep.w.command(
    {
      type: 'RecordGoalProgress',
      caseId: ep.caseId,
      goalId: goal.goalId,
      achievementStatus,
      evidence: {
        text: `${goal.problem.template.goal.measure}: ${achievementStatus.replace('-', ' ')} at today's review`,
        eventIds: evidenceIds,
      },
    },
    ep.cm,
    { mayBeLate: true },
  );
  if (achievementStatus === 'improving' || achievementStatus === 'achieved') goal.progress += 1;
}
