import { isoDate, type JourneyPart } from '../journey-writer.js';
import { reason } from './actors.js';
import { release } from './care-team.js';
import { contact } from './contacts.js';
import { amendAfterClosure, correctAfterClosure } from './corrections.js';
import type { EpisodeState } from './episode-state.js';
import { changeGoal, goalProgress } from './goals.js';
import { moveIntervention } from './interventions.js';
import { determination, payerReport, review } from './utilization-review.js';

/** After discharge: the follow-up call, then interventions, goals, problems, plan and team wrapped up and the case closed; returns when it closed. */
export function* afterDischarge(ep: EpisodeState, dischargedAt: number): JourneyPart<number> {
  const { w, random } = ep;
  const closeAfterDays = random.int(2, 6);
  w.toDay(dischargedAt, random.int(1, 2), 9, 15);
  const reached = random.chance(0.75);
  yield* contact(
    ep,
    'patient',
    'phone',
    reached,
    'follow-up',
    reached
      ? 'Post-discharge call: medications picked up, follow-up appointment confirmed, no warning signs'
      : 'Post-discharge call: no answer, left a voicemail',
  );
  if (!reached) {
    w.toDay(w.now, 1, 9, 15);
    yield* contact(
      ep,
      'patient',
      'phone',
      true,
      'follow-up',
      'Post-discharge call: reached on the second attempt, no new concerns',
    );
  }
  w.toDay(dischargedAt, closeAfterDays, 9, 16);
  for (const intervention of ep.interventions) {
    if (intervention.status === 'in-progress')
      yield* moveIntervention(ep, intervention, random.chance(0.93) ? 'completed' : 'stopped');
    else if (intervention.status === 'scheduled')
      yield* moveIntervention(ep, intervention, random.chance(0.8) ? 'completed' : 'cancelled');
  }
  for (const goal of ep.goals) {
    if (goal.status === 'active') {
      if (goal.progress >= 2 || random.chance(0.8)) yield* changeGoal(ep, goal, 'completed');
      else {
        yield* goalProgress(ep, goal, 'not-achieved');
        yield* changeGoal(ep, goal, 'cancelled');
      }
    } else if (goal.status === 'proposed') yield* changeGoal(ep, goal, 'cancelled');
  }
  for (const problem of ep.problems) {
    if (problem.template.resolvesInStay || random.chance(0.3))
      yield w.command(
        {
          type: 'ResolveProblem',
          caseId: ep.caseId,
          problemId: problem.problemId,
          resolution: 'Addressed during the stay; follow-up arranged',
        },
        ep.cm,
      );
  }
  yield w.command(
    {
      type: 'CloseCarePlan',
      caseId: ep.caseId,
      carePlanId: ep.carePlanId,
      outcome: 'completed',
      reason: reason(
        'Discharged and the transition period is over; remaining needs handed to primary care',
        'discharged',
      ),
    },
    ep.cm,
  );
  for (const [memberId, role] of [...ep.team]) {
    if (memberId === ep.primary.userId) continue;
    const leaves =
      role === 'nurse' ||
      role === 'pharmacist' ||
      role === 'therapist' ||
      (role === 'case-manager' ? true : random.chance(0.5));
    if (leaves) yield* release(ep, memberId);
  }
  if (random.chance(0.4))
    yield* payerReport(ep, 'discharge-clinical-summary', isoDate(dischargedAt));
  if (random.chance(0.05)) {
    const reviewId = yield* review(ep, 'retrospective', random.chance(0.7), 'inpatient', undefined);
    yield* determination(ep, reviewId, random.chance(0.8) ? 'approved' : 'partial');
  }
  const achieved = ep.goals.filter((goal) => goal.status === 'completed').length;
  const outcome =
    achieved === ep.goals.length
      ? 'goals-met'
      : achieved > 0
        ? 'goals-partially-met'
        : 'goals-not-met';
  yield w.command(
    {
      type: 'CloseCase',
      caseId: ep.caseId,
      outcome,
      reason: reason(
        `Transition complete: ${achieved} of ${ep.goals.length} goals met; patient seen in follow-up`,
        'episode-complete',
      ),
    },
    ep.cm,
  );
  const closedAt = w.now;
  yield* correctAfterClosure(ep);
  yield* amendAfterClosure(ep);
  return closedAt;
}
