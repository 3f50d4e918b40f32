import type { CarePlanView, CaseView, GoalView, InterventionView } from './case-view-types.js';
import { latestInForce } from './valid-time-order.js';

function derivePlan(plan: CarePlanView): CarePlanView {
  const counted = plan.revisions.filter((revision) => !revision.enteredInError);
  const latest = latestInForce(plan.revisions);
  return {
    ...plan,
    revisionCount: counted.length,
    latestRevision: latest && {
      eventId: latest.eventId,
      summary: latest.summary,
      reason: latest.reason,
      occurredAt: latest.occurredAt,
      recordedAt: latest.recordedAt,
    },
  };
}

function deriveGoal(goal: GoalView): GoalView {
  return {
    ...goal,
    due: goal.target.dueDate ?? null,
    achievementStatus: latestInForce(goal.progress)?.achievementStatus ?? null,
  };
}

function deriveIntervention(intervention: InterventionView): InterventionView {
  const withOutcome = intervention.statusHistory.filter((change) => change.outcome !== null);
  return { ...intervention, outcome: withOutcome.at(-1)?.outcome ?? null };
}

/**
 * Moves what was entered in error out of the current slots: a withdrawn plan to the previous plans,
 * withdrawn open handoffs to the past ones. Later events apply to the view as settled, so folding
 * settles after every event; it costs nothing when nothing is withdrawn.
 */
export function settleWithdrawals(view: CaseView): CaseView {
  const planWithdrawn = view.carePlan?.enteredInError === true;
  const withdrawnHandoffs = view.handoffs.open.filter((handoff) => handoff.enteredInError);
  if (!planWithdrawn && withdrawnHandoffs.length === 0) return view;
  return {
    ...view,
    carePlan: planWithdrawn ? null : view.carePlan,
    previousCarePlans:
      planWithdrawn && view.carePlan
        ? [...view.previousCarePlans, view.carePlan]
        : view.previousCarePlans,
    handoffs: {
      open: view.handoffs.open.filter((handoff) => !handoff.enteredInError),
      past: [...view.handoffs.past, ...withdrawnHandoffs],
    },
  };
}

/**
 * Refreshes what the view derives from its entries (latest, counts, in-force), after any event:
 * a correction or an in-error mark may change any of them. A pure function of the entries, so a
 * fold of many events may settle after each and derive once at the end, with the same result.
 */
export function deriveCaseView(unsettled: CaseView): CaseView {
  const view = settleWithdrawals(unsettled);
  const contacts = view.contacts.filter((contact) => !contact.enteredInError);
  return {
    ...view,
    carePlan: view.carePlan ? derivePlan(view.carePlan) : null,
    previousCarePlans: view.previousCarePlans.map(derivePlan),
    goals: view.goals.map(deriveGoal),
    interventions: view.interventions.map(deriveIntervention),
    riskTier: latestInForce(view.riskStratifications)?.tier ?? null,
    dischargePlan: latestInForce(view.dischargePlanHistory),
    dischargeDecisionInForce: latestInForce(view.dischargeDecisions),
    liaison: {
      contactCount: contacts.length,
      reachedContactCount: contacts.filter((contact) => contact.reached).length,
      educationCount: view.education.filter((education) => !education.enteredInError).length,
      lastContact: latestInForce(view.contacts),
      lastEducation: latestInForce(view.education),
    },
  };
}
