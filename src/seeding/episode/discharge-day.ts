import { DAY, type JourneyPart } from '../journey-writer.js';
import { reason } from './actors.js';
import { avoidableCauses } from './avoidable-causes.js';
import { contact, familyContact } from './contacts.js';
import { updateDischargePlan } from './discharge-plan.js';
import { educate } from './education.js';
import type { EpisodeState } from './episode-state.js';
import type { Disposition } from './episode-types.js';
import { goalProgress } from './goals.js';
import { releaseCover } from './handoffs.js';
import {
  morningAssessments,
  recordBarthel,
  recordLace,
  recordLikert,
} from './recorded-assessments.js';

/** A discharge decision of not ready (or delayed) while a placement waits. */
export function* notYetReady(ep: EpisodeState, day: number): JourneyPart {
  const { w } = ep;
  const delay = ep.delay!;
  w.toDay(ep.openedAt, day, 10, 12);
  const cause = avoidableCauses[delay.cause];
  const evidence = [ep.barthel?.eventId, ep.lastReviewEventId].filter(
    (id): id is string => id !== undefined,
  );
  yield w.command(
    {
      type: 'RecordDischargeDecision',
      caseId: ep.caseId,
      decision: delay.firstDecision,
      evidenceEventIds: evidence,
      reason:
        delay.firstDecision === 'not-ready'
          ? reason(
              `Not ready: Barthel ${ep.barthel?.total ?? 'n/a'} and the ${ep.plannedDisposition} placement is not confirmed`,
              'not-ready-clinical',
            )
          : reason(
              `Medically ready but discharge delayed: ${cause.text.toLowerCase()}`,
              cause.code,
            ),
    },
    ep.cm,
  );
  yield* contact(
    ep,
    'facility',
    'phone',
    ep.random.chance(0.6),
    'coordination',
    'Asked post-acute facilities about bed availability and sent the referral packet',
  );
  yield* updateDischargePlan(ep, 'delayed');
}

/** The day of discharge: reassessments, the final plan, the ready decision and the discharge; returns its time. */
export function* dischargeDay(ep: EpisodeState, day: number): JourneyPart<number> {
  const { w, random, input } = ep;
  w.toDay(ep.openedAt, day, 8, 9);
  yield* morningAssessments(ep, day);
  const admittedDays = Math.max(1, Math.round((w.now - input.admittedAt) / DAY));
  ep.lace = yield* recordLace(ep, admittedDays, 'LACE before discharge, actual length of stay');
  if (day % 2 === 1) ep.barthel = yield* recordBarthel(ep, 'Pre-discharge functional assessment');
  if (input.program.screensMood)
    ep.phq = yield* recordLikert(ep, 'PHQ-9', ep.phqLevel, 'Pre-discharge reassessment');
  for (const goal of ep.goals) {
    if (goal.status === 'active' && random.chance(0.75)) yield* goalProgress(ep, goal, 'achieved');
  }
  yield* educate(ep, 1);
  if (ep.coverMember) yield* releaseCover(ep);
  const disposition = chooseDisposition(ep);
  ep.plannedDisposition = disposition;
  yield* updateDischargePlan(ep, 'final');
  yield* familyContact(ep, 'Confirmed the discharge time, transport and who will be at home');
  const evidence = [
    ep.lace.eventId,
    ep.barthel?.eventId,
    ep.phq?.eventId,
    ep.lastReviewEventId,
  ].filter((id): id is string => id !== undefined);
  yield w.command(
    {
      type: 'RecordDischargeDecision',
      caseId: ep.caseId,
      decision: 'ready',
      disposition,
      evidenceEventIds: evidence,
      reason: reason(
        `Medically stable; LACE ${ep.lace.total}, Barthel ${ep.barthel?.total ?? 'n/a'}; ${disposition} arranged and accepted by the patient`,
        'ready',
      ),
    },
    ep.cm,
  );
  w.wait(60, 180);
  yield w.command({ type: 'DischargePatient', caseId: ep.caseId, disposition }, ep.cm);
  return w.now;
}

function chooseDisposition(ep: EpisodeState): Disposition {
  const { random, input } = ep;
  if (ep.plannedDisposition !== 'home') return ep.plannedDisposition;
  if (input.program.code === 'behavioral-health' && random.chance(0.15)) return 'psy';
  return random.choose({ home: 78, 'alt-home': 10, 'other-hcf': 4, hosp: 3, long: 3, oth: 2 });
}
