import { createHash } from 'node:crypto';
import { criteriaSets } from '../clinical-content.js';
import { DAY, eventOf, isoDate, type JourneyPart } from '../journey-writer.js';
import { reason } from './actors.js';
import { type AvoidableCause, avoidableCauses } from './avoidable-causes.js';
import { contact } from './contacts.js';
import type { EpisodeState } from './episode-state.js';

/** The admission review and the payer's first determination. */
export function* admissionReview(ep: EpisodeState): JourneyPart {
  const { random } = ep;
  const met = random.chance(0.93);
  const reviewId = yield* review(ep, 'admission', met, met ? 'inpatient' : 'observation', 2);
  const decision = random.choose({ approved: 75, pending: 12, partial: 7, denied: 6 });
  yield* determination(ep, reviewId, decision);
  if (decision === 'pending' || decision === 'denied')
    ep.pendingDetermination = { reviewId, appeal: decision === 'denied' };
}

/** A continued-stay review, its determination and the clinical update sent to the payer. */
export function* continuedStayReview(ep: EpisodeState, day: number): JourneyPart {
  const { random } = ep;
  const met = random.chance(ep.delay && day >= ep.losDays ? 0.5 : 0.88);
  const reviewId = yield* review(
    ep,
    'continued-stay',
    met,
    met ? 'inpatient' : random.pick(['observation', 'skilled-nursing'] as const),
    random.int(2, 3),
  );
  const decision = met
    ? random.choose({ approved: 88, pending: 8, partial: 4 })
    : random.choose({ denied: 45, partial: 35, pending: 20 });
  yield* determination(ep, reviewId, decision);
  if (decision === 'pending' || decision === 'denied')
    ep.pendingDetermination = { reviewId, appeal: decision === 'denied' };
  yield* contact(
    ep,
    'insurer',
    random.pick(['phone', 'message'] as const),
    random.chance(0.85),
    'coordination',
    'Sent the clinical update for the continued-stay review',
  );
  if (random.chance(0.15))
    yield* payerReport(ep, 'continued-stay-clinical-update', isoDate(ep.w.now));
}

/** A pending determination is decided a day later; a denial is appealed through a peer-to-peer review. */
export function* settlePending(ep: EpisodeState): JourneyPart {
  const pending = ep.pendingDetermination;
  if (!pending) return;
  ep.pendingDetermination = undefined;
  if (pending.appeal) {
    yield* contact(
      ep,
      'insurer',
      'phone',
      true,
      'advocacy',
      'Requested a peer-to-peer review of the denial with the attending physician',
    );
  }
  const decision = ep.random.choose({
    approved: pending.appeal ? 60 : 80,
    partial: 20,
    denied: pending.appeal ? 20 : 0,
  });
  yield* determination(ep, pending.reviewId, decision);
}

/** Performs a utilization review, schedules the next one, and returns the review id. */
export function* review(
  ep: EpisodeState,
  kind: 'admission' | 'continued-stay' | 'retrospective',
  criteriaMet: boolean,
  levelOfCare: 'inpatient' | 'intensive-care' | 'observation' | 'skilled-nursing',
  nextInDays: number | undefined,
): JourneyPart<string> {
  const { w, random } = ep;
  const day = Math.round((w.now - ep.openedAt) / DAY);
  if (nextInDays !== undefined) ep.nextReviewDay = day + nextInDays;
  const evidence = [ep.lace?.eventId, ep.barthel?.eventId].filter(
    (id): id is string => id !== undefined,
  );
  const outcome = yield w.command(
    {
      type: 'PerformUtilizationReview',
      caseId: ep.caseId,
      kind,
      criteriaSet: random.pick(criteriaSets),
      criteriaMet,
      levelOfCare,
      nextReviewDue: nextInDays === undefined ? undefined : isoDate(w.now + nextInDays * DAY),
      evidenceEventIds: evidence,
      notes: criteriaMet
        ? `Meets ${levelOfCare} criteria`
        : `Does not meet inpatient criteria; ${levelOfCare} level of care appropriate`,
    },
    ep.cm,
  );
  const recorded = eventOf(outcome, 'UtilizationReviewPerformed');
  ep.lastReviewEventId = recorded.id;
  return recorded.data.reviewId;
}

/** The payer's determination on a review, half an hour to four hours later. */
export function* determination(
  ep: EpisodeState,
  reviewId: string,
  decision: 'approved' | 'denied' | 'partial' | 'pending',
): JourneyPart {
  const { w, random, input } = ep;
  w.wait(30, 240);
  const authorization = `SYN-AUTH-${String(random.int(100000, 999999))}`;
  yield w.command(
    {
      type: 'RecordPayerDetermination',
      caseId: ep.caseId,
      payer: input.payer,
      decision,
      reviewId,
      authorizationNumber:
        decision === 'approved' || decision === 'partial' ? authorization : undefined,
      authorizedDays:
        decision === 'approved'
          ? random.int(2, 5)
          : decision === 'partial'
            ? random.int(1, 2)
            : undefined,
      denialReason:
        decision === 'denied'
          ? 'Does not meet inpatient criteria; observation level of care appropriate'
          : decision === 'partial'
            ? 'Fewer days approved than requested; next review on the last authorized day'
            : undefined,
    },
    ep.cm,
  );
}

/** Records an avoidable day and its cause. */
export function* recordAvoidableDay(
  ep: EpisodeState,
  day: number,
  cause: AvoidableCause,
): JourneyPart {
  const detail = avoidableCauses[cause];
  // The day just ended is recorded the next morning, so the date is never in the future.
  const date = isoDate(ep.openedAt + (day - 1) * DAY);
  yield ep.w.command(
    {
      type: 'RecordAvoidableDay',
      caseId: ep.caseId,
      date,
      responsibleParty: detail.party,
      reason: reason(detail.text, detail.code),
    },
    ep.cm,
    { mayBeLate: true },
  );
}

/** Submits a report to the payer, identified by a hash of its content. */
export function* payerReport(ep: EpisodeState, reportType: string, to: string): JourneyPart {
  const { input } = ep;
  const from = isoDate(input.admittedAt);
  // The hash stands for the report as sent; the synthetic report is its type, case and period.
  const contentHash = createHash('sha256')
    .update(`${reportType}|${ep.caseId}|${from}|${to}|synthetic`)
    .digest('hex');
  yield ep.w.command(
    {
      type: 'SubmitPayerReport',
      caseId: ep.caseId,
      payer: input.payer,
      reportType,
      period: { from, to: to < from ? from : to },
      contentHash,
      purpose: 'payment',
    },
    ep.cm,
  );
}
