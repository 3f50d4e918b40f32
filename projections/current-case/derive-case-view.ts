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
 * Refreshes what the view derives from its entries (latest, counts, in-force), after any event:
 * a correction or an in-error mark may change any of them.
 */
export function deriveCaseView(view: CaseView): CaseView {
  // A plan or an open handoff entered in error no longer counts as current.
  const planWithdrawn = view.carePlan?.enteredInError === true;
  const withdrawnHandoffs = view.handoffs.open.filter((handoff) => handoff.enteredInError);
  const contacts = view.contacts.filter((contact) => !contact.enteredInError);
  return {
    ...view,
    carePlan: view.carePlan && !planWithdrawn ? derivePlan(view.carePlan) : null,
    previousCarePlans: [
      ...view.previousCarePlans,
      ...(view.carePlan && planWithdrawn ? [view.carePlan] : []),
    ].map(derivePlan),
    goals: view.goals.map(deriveGoal),
    interventions: view.interventions.map(deriveIntervention),
    handoffs: {
      open: view.handoffs.open.filter((handoff) => !handoff.enteredInError),
      past: [...view.handoffs.past, ...withdrawnHandoffs],
    },
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
