import { DAY, eventOf, isoDate, type JourneyPart } from '../journey-writer.js';
import { staff } from '../synthetic-people.js';
import { assign } from './care-team.js';
import { educate } from './education.js';
import type { EpisodeState } from './episode-state.js';
import type { Goal } from './episode-types.js';
import { changeGoal } from './goals.js';
import { handoff } from './handoffs.js';
import { moveIntervention, planIntervention } from './interventions.js';
import { morningAssessments } from './recorded-assessments.js';
import { settlePending } from './utilization-review.js';

/** Day 1: the care plan drafted with its goals and interventions, the team completed, the plan activated. */
export function* carePlanDay(ep: EpisodeState): JourneyPart {
  const { w, random, input } = ep;
  w.toDay(ep.openedAt, 1, 8, 10);
  yield* morningAssessments(ep, 1);
  const start = isoDate(w.now);
  const drafted = yield w.command(
    {
      type: 'DraftCarePlan',
      caseId: ep.caseId,
      title: input.program.planTitle,
      description: `Plan for the ${input.readmission ? 'readmission' : 'admission'}: ${ep.problems.map((p) => p.template.description.toLowerCase()).join('; ')}`,
      period: random.chance(0.6)
        ? { start, end: isoDate(input.admittedAt + (ep.losDays + 30) * DAY) }
        : { start },
    },
    ep.cm,
  );
  ep.carePlanId = eventOf(drafted, 'CarePlanDrafted').data.carePlanId;

  if (
    ep.problems.some((p) =>
      ['psychosocial', 'financial', 'environmental', 'behavioral-health'].includes(
        p.template.category,
      ),
    ) ||
    random.chance(0.3)
  )
    yield* assign(ep, random.pick(staff.socialWorkers), 'social-worker');
  if (
    ep.problems.some((p) => p.template.interventions.some((i) => i.kind === 'medication-review')) ||
    random.chance(0.3)
  )
    yield* assign(ep, random.pick(staff.pharmacists), 'pharmacist');
  if (
    ep.problems.some((p) => p.template.interventions.some((i) => i.performerRole === 'therapist'))
  )
    yield* assign(ep, random.pick(staff.therapists), 'therapist');
  if (!ep.team.has(input.familyCaregiverId) && random.chance(0.6))
    yield* assign(
      ep,
      {
        userId: input.familyCaregiverId,
        name: `Family caregiver of ${input.identity.name.family}`,
      },
      'family-caregiver',
    );

  for (const [index, problem] of ep.problems.entries()) {
    const direct = random.chance(0.4);
    const outcome = yield w.command(
      {
        type: 'SetGoal',
        caseId: ep.caseId,
        description: problem.template.goal.description,
        target: {
          measure: problem.template.goal.measure,
          detail: problem.template.goal.detail,
          dueDate: isoDate(
            input.admittedAt + (ep.losDays + (problem.template.resolvesInStay ? 0 : 14)) * DAY,
          ),
        },
        priority: index === 0 ? 'high' : random.pick(['medium', 'medium', 'low'] as const),
        addresses: [problem.problemId],
        lifecycleStatus: direct ? 'active' : 'proposed',
      },
      ep.cm,
    );
    const goal: Goal = {
      goalId: eventOf(outcome, 'GoalSet').data.goalId,
      problem,
      status: direct ? 'active' : 'proposed',
      progress: 0,
    };
    ep.goals.push(goal);
    for (const template of problem.template.interventions)
      yield* planIntervention(ep, template, [goal.goalId]);
  }
  yield w.command(
    { type: 'ActivateCarePlan', caseId: ep.caseId, carePlanId: ep.carePlanId },
    ep.cm,
  );
  w.wait(20, 90);
  for (const goal of ep.goals) {
    // Most proposed goals are agreed with the patient; a few are left and later cancelled.
    if (goal.status === 'proposed' && random.chance(0.9)) yield* changeGoal(ep, goal, 'active');
  }
  yield* educate(ep, 0);
  for (const intervention of ep.interventions)
    if (random.chance(0.5)) yield* moveIntervention(ep, intervention, 'in-progress');
  if (ep.pendingDetermination) yield* settlePending(ep);
  if (ep.handoffDay === 1) yield* handoff(ep, 1);
}
