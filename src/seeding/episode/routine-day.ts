import type { JourneyPart } from '../journey-writer.js';
import { resumeAfterIcu, suspendForIcu, worsening } from './clinical-turns.js';
import { contact, familyContact } from './contacts.js';
import { correctLastContact, duplicateAndMarkInError } from './corrections.js';
import { updateDischargePlan } from './discharge-plan.js';
import { educate } from './education.js';
import type { EpisodeState } from './episode-state.js';
import { progressGoals } from './goals.js';
import { coverHandoff, handoff, releaseCover } from './handoffs.js';
import { moveIntervention } from './interventions.js';
import { morningAssessments } from './recorded-assessments.js';
import { continuedStayReview, recordAvoidableDay, settlePending } from './utilization-review.js';

/** A day between the plan and discharge: reassessments, the turns due that day, rounds and contacts. */
export function* routineDay(ep: EpisodeState, day: number): JourneyPart {
  const { w, random } = ep;
  w.toDay(ep.openedAt, day, 8, 9);
  yield* morningAssessments(ep, day);
  if (day === ep.worseningDay) yield* worsening(ep);
  if (day === ep.icuDay) yield* suspendForIcu(ep);
  if (ep.icuDay >= 0 && day === ep.icuDay + ep.icuDays) yield* resumeAfterIcu(ep);
  if (day >= ep.nextReviewDay) yield* continuedStayReview(ep, day);
  if (ep.pendingDetermination) yield* settlePending(ep);
  if (day === ep.handoffDay) yield* handoff(ep, day);
  if (day === ep.coverDay) yield* coverHandoff(ep);
  if (ep.coverMember && day === ep.coverDay + 2) yield* releaseCover(ep);
  if (ep.reteach) yield* educate(ep, 0, true);
  if (day === ep.avoidableDay)
    yield* recordAvoidableDay(ep, day, random.pick(['test-scheduling', 'consult-delay'] as const));
  if (day === Math.floor(ep.losDays / 2) + 1) yield* updateDischargePlan(ep, 'mid-stay');
  w.wait(30, 120);
  if (day !== ep.icuDay) yield* progressGoals(ep);
  for (const intervention of ep.interventions) {
    if (intervention.status === 'scheduled' && random.chance(0.35))
      yield* moveIntervention(ep, intervention, 'in-progress');
    else if (
      intervention.status === 'in-progress' &&
      intervention.template.kind !== 'follow-up' &&
      random.chance(0.3)
    )
      yield* moveIntervention(ep, intervention, 'completed');
  }
  w.wait(20, 120);
  yield* contact(
    ep,
    'physician',
    random.pick(['in-person', 'message'] as const),
    random.chance(0.92),
    'coordination',
    'Discussed progress, pending tests and the expected discharge date at interdisciplinary rounds',
  );
  if (random.chance(0.6))
    yield* familyContact(ep, 'Updated the family on progress and the discharge plan');
  if (random.chance(0.3))
    yield* contact(
      ep,
      'patient',
      'in-person',
      true,
      random.pick(['emotional-support', 'advice-on-options', 'education'] as const),
      'Checked in with the patient about concerns, questions and preferences for after discharge',
    );
  if (day === ep.correctionDay) yield* correctLastContact(ep);
  if (day === ep.duplicateDay) yield* duplicateAndMarkInError(ep);
}
