import type { InterventionTemplate } from '../clinical-content.js';
import { eventOf, type JourneyPart } from '../journey-writer.js';
import { reason } from './actors.js';
import type { EpisodeState } from './episode-state.js';
import type { Scored } from './episode-types.js';
import { changeGoal } from './goals.js';
import { planIntervention } from './interventions.js';
import { recordBarthel, recordLikert, stratify } from './recorded-assessments.js';
import { determination, review } from './utilization-review.js';

/** A worsening assessment, recorded as worsening progress, revises the plan and raises the risk tier. */
export function* worsening(ep: EpisodeState): JourneyPart {
  const { w, random, input } = ep;
  ep.worsened = true;
  let trigger: Scored;
  let cause: string;
  if (input.program.screensMood) {
    ep.phqLevel = Math.min(27, ep.phqLevel + random.normal(6, 2, 3, 10));
    trigger = ep.phq = yield* recordLikert(
      ep,
      'PHQ-9',
      ep.phqLevel,
      'Reassessed after the patient reported hopelessness and poor sleep',
    );
    cause = `PHQ-9 rose to ${trigger.total}`;
  } else {
    ep.barthelLevel = Math.max(0.05, ep.barthelLevel - random.normal(0.25, 0.05, 0.15, 0.35));
    trigger = ep.barthel = yield* recordBarthel(
      ep,
      'Reassessed after a new hospital-acquired infection with delirium',
    );
    cause = `Barthel fell to ${trigger.total}`;
    if (ep.plannedDisposition === 'home' && ep.barthelLevel < 0.45) ep.plannedDisposition = 'snf';
  }
  const goal = ep.goals.find((g) => g.status === 'active');
  const triggering = [trigger.eventId];
  if (goal) {
    const progress = yield w.command(
      {
        type: 'RecordGoalProgress',
        caseId: ep.caseId,
        goalId: goal.goalId,
        achievementStatus: 'worsening',
        evidence: { text: cause, eventIds: [trigger.eventId] },
      },
      ep.cm,
    );
    triggering.push(eventOf(progress, 'GoalProgressRecorded').id);
  }
  w.wait(30, 120);
  const added: InterventionTemplate = input.program.screensMood
    ? {
        kind: 'psychosocial-support',
        description: 'Increase therapy to twice daily and psychiatry review of medication',
        performerRole: 'physician',
      }
    : {
        kind: 'service',
        description: 'Delirium prevention bundle and physical therapy twice daily',
        performerRole: 'therapist',
      };
  yield w.command(
    {
      type: 'ReviseCarePlan',
      caseId: ep.caseId,
      carePlanId: ep.carePlanId,
      summary: `Plan intensified after a worsening reassessment (${cause})`,
      changes: [
        { path: 'interventions', after: added.description },
        ...(goal
          ? [
              {
                path: `goals/${goal.goalId}/target/dueDate`,
                before: 'by the expected discharge date',
                after: 'three days later than planned',
              },
            ]
          : []),
        {
          path: 'dischargePlan/plannedDisposition',
          before: 'home',
          after: ep.plannedDisposition,
        },
      ],
      triggeringEventIds: triggering,
      reason: reason(
        `Worsening reassessment: ${cause}; the current plan would not meet the goal in time`,
        'clinical-deterioration',
      ),
    },
    ep.cm,
  );
  yield* planIntervention(ep, added, goal ? [goal.goalId] : []);
  yield* stratify(ep, [trigger.assessmentId], 'Raised after a worsening reassessment', true);
}

/** A transfer to intensive care pauses the plan and puts some goals on hold. */
export function* suspendForIcu(ep: EpisodeState): JourneyPart {
  const { w } = ep;
  yield w.command(
    {
      type: 'SuspendCarePlan',
      caseId: ep.caseId,
      carePlanId: ep.carePlanId,
      reason: reason(
        'Transferred to the intensive care unit; plan paused until transfer back',
        'level-of-care-change',
      ),
    },
    ep.cm,
  );
  const reviewId = yield* review(ep, 'continued-stay', true, 'intensive-care', 1);
  yield* determination(ep, reviewId, 'approved');
  for (const goal of ep.goals)
    if (goal.status === 'active' && ep.random.chance(0.5)) yield* changeGoal(ep, goal, 'on-hold');
}

/** The transfer back to the ward resumes the plan and its goals on hold. */
export function* resumeAfterIcu(ep: EpisodeState): JourneyPart {
  const { w } = ep;
  yield w.command(
    {
      type: 'ResumeCarePlan',
      caseId: ep.caseId,
      carePlanId: ep.carePlanId,
      reason: reason('Transferred back to the ward'),
    },
    ep.cm,
  );
  for (const goal of ep.goals) if (goal.status === 'on-hold') yield* changeGoal(ep, goal, 'active');
}
