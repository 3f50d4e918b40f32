import {
  evidenceOf,
  factsOf,
  hoursBetween,
  textValue,
  unit,
  type MeasureDefinition,
} from '../measure.js';

/** Handoffs initiated: complete when the I-PASS has every element and the receiver accepted with a synthesis. */
export const handoffCompleteness: MeasureDefinition = {
  id: 'handoff-completeness',
  version: 1,
  title: 'Handoff completeness (I-PASS and accepted synthesis)',
  unit: 'handoff',
  anchor: 'time the handoff was initiated',
  scale: 100,
  rateUnit: '%',
  valueUnit: null,
  contributions(c) {
    const accepted = factsOf(c, 'HandoffAccepted');
    return factsOf(c, 'HandoffInitiated').map((handoff) => {
      const acceptance = accepted.find((a) => a.entityId === handoff.entityId);
      const complete =
        handoff.values['ipassComplete'] === true && acceptance?.values['synthesisPresent'] === true;
      return unit({
        caseId: c.caseId,
        unitId: handoff.entityId ?? handoff.eventId,
        anchorAt: handoff.occurredAt,
        numerator: complete ? 1 : 0,
        evidence: [
          ...evidenceOf(c.caseId, handoff, complete ? 'numerator' : 'denominator'),
          ...evidenceOf(c.caseId, acceptance, complete ? 'numerator' : 'denominator'),
        ],
      });
    });
  },
};

/** Minutes from initiation to acceptance, for accepted handoffs. */
export const handoffAcceptanceTime: MeasureDefinition = {
  id: 'handoff-acceptance-time',
  version: 1,
  title: 'Time to handoff acceptance',
  unit: 'handoff',
  anchor: 'time the handoff was initiated',
  scale: null,
  rateUnit: null,
  valueUnit: 'minutes',
  contributions(c) {
    const initiated = factsOf(c, 'HandoffInitiated');
    return factsOf(c, 'HandoffAccepted').flatMap((acceptance) => {
      const handoff = initiated.find((h) => h.entityId === acceptance.entityId);
      if (!handoff) return [];
      return [
        unit({
          caseId: c.caseId,
          unitId: handoff.entityId ?? handoff.eventId,
          anchorAt: handoff.occurredAt,
          value: hoursBetween(handoff.occurredAt, acceptance.occurredAt) * 60,
          evidence: [
            ...evidenceOf(c.caseId, handoff, 'denominator'),
            ...evidenceOf(c.caseId, acceptance, 'denominator'),
          ],
        }),
      ];
    });
  },
};

/** Continued-stay reviews performed on or before the due date the case's previous review set. */
export const reviewTimeliness: MeasureDefinition = {
  id: 'review-timeliness',
  version: 1,
  title: 'Continued-stay reviews on time',
  unit: 'review',
  anchor: 'time of the review',
  scale: 100,
  rateUnit: '%',
  valueUnit: null,
  contributions(c) {
    const reviews = factsOf(c, 'UtilizationReviewPerformed');
    return reviews.flatMap((review, index) => {
      if (textValue(review, 'kind') !== 'continued-stay') return [];
      const previous = reviews.slice(0, index).at(-1);
      const due = textValue(previous, 'nextReviewDue');
      const onTime = due !== null && review.occurredAt.slice(0, 10) <= due;
      const excludedBy = due === null ? 'no due date set' : null;
      return [
        unit({
          caseId: c.caseId,
          unitId: textValue(review, 'reviewId') ?? review.eventId,
          anchorAt: review.occurredAt,
          excludedBy,
          numerator: onTime ? 1 : 0,
          evidence: [
            ...evidenceOf(c.caseId, previous, excludedBy ? 'exclusion' : 'denominator'),
            ...evidenceOf(
              c.caseId,
              review,
              onTime ? 'numerator' : excludedBy ? 'exclusion' : 'denominator',
            ),
          ],
        }),
      ];
    });
  },
};

/** Payer determinations that were decided (pending ones apart) and denied. */
export const payerDenialRate: MeasureDefinition = {
  id: 'payer-denial-rate',
  version: 1,
  title: 'Payer denial rate',
  unit: 'determination',
  anchor: 'time of the determination',
  scale: 100,
  rateUnit: '%',
  valueUnit: null,
  contributions: (c) =>
    factsOf(c, 'PayerDeterminationRecorded').map((determination) => {
      const decision = textValue(determination, 'decision');
      const excludedBy = decision === 'pending' ? 'pending' : null;
      const denied = decision === 'denied';
      return unit({
        caseId: c.caseId,
        unitId: determination.eventId,
        anchorAt: determination.occurredAt,
        excludedBy,
        numerator: denied ? 1 : 0,
        evidence: evidenceOf(
          c.caseId,
          determination,
          excludedBy ? 'exclusion' : denied ? 'numerator' : 'denominator',
        ),
      });
    }),
};

const favourable: ReadonlySet<string | null> = new Set(['approved', 'partial']);

/** Denials later overturned: the same payer approved (fully or partly) on the same case afterwards. */
export const payerOverturnRate: MeasureDefinition = {
  id: 'payer-overturn-rate',
  version: 1,
  title: 'Payer denial overturn rate',
  unit: 'denial',
  anchor: 'time of the denial',
  scale: 100,
  rateUnit: '%',
  valueUnit: null,
  contributions(c) {
    const determinations = factsOf(c, 'PayerDeterminationRecorded');
    return determinations.flatMap((denial, index) => {
      if (textValue(denial, 'decision') !== 'denied') return [];
      const payer = textValue(denial, 'payer');
      const overturn = determinations
        .slice(index + 1)
        .find((d) => textValue(d, 'payer') === payer && favourable.has(textValue(d, 'decision')));
      return [
        unit({
          caseId: c.caseId,
          unitId: denial.eventId,
          anchorAt: denial.occurredAt,
          numerator: overturn ? 1 : 0,
          evidence: [
            ...evidenceOf(c.caseId, denial, 'denominator'),
            ...evidenceOf(c.caseId, overturn, 'numerator'),
          ],
        }),
      ];
    });
  },
};

/** Hours from a review to the payer's decision on it (determinations naming a review of the case). */
export const decisionTurnaround: MeasureDefinition = {
  id: 'decision-turnaround',
  version: 1,
  title: 'Payer decision turnaround',
  unit: 'determination',
  anchor: 'time of the determination',
  scale: null,
  rateUnit: null,
  valueUnit: 'hours',
  contributions(c) {
    const reviews = factsOf(c, 'UtilizationReviewPerformed');
    return factsOf(c, 'PayerDeterminationRecorded').flatMap((determination) => {
      if (textValue(determination, 'decision') === 'pending') return [];
      const reviewId = textValue(determination, 'reviewId');
      const review = reviews.find(
        (r) => reviewId !== null && textValue(r, 'reviewId') === reviewId,
      );
      return [
        unit({
          caseId: c.caseId,
          unitId: determination.eventId,
          anchorAt: determination.occurredAt,
          excludedBy: review ? null : 'no review named',
          value: review ? hoursBetween(review.occurredAt, determination.occurredAt) : null,
          evidence: [
            ...evidenceOf(c.caseId, review, 'denominator'),
            ...evidenceOf(c.caseId, determination, review ? 'denominator' : 'exclusion'),
          ],
        }),
      ];
    });
  },
};
