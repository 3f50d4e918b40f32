import { ValidationError } from '../../src/domain/errors.js';
import type { PinnedEvidence } from '../../src/domain/events/evidence.js';
import type { Reason } from '../../src/domain/values.js';
import type { ProjectedEvent } from '../projection.js';
import { createdEntityId } from '../patient-timeline/created-entity.js';
import { summarize, type SummaryLookup } from '../patient-timeline/summarize.js';
import { caseAsOf } from './case-as-of.js';
import type { CaseView } from './case-view-types.js';

type EventOf<T extends ProjectedEvent['type']> = Extract<ProjectedEvent, { type: T }>;

/** The decisions whose events carry pinned evidence, and so have a trace. */
type TracedDecision = EventOf<
  | 'DischargeDecisionMade'
  | 'CarePlanRevised'
  | 'UtilizationReviewPerformed'
  | 'PayerDeterminationRecorded'
>;

const tracedTypes: ReadonlySet<string> = new Set([
  'DischargeDecisionMade',
  'CarePlanRevised',
  'UtilizationReviewPerformed',
  'PayerDeterminationRecorded',
]);

/** One piece of cited evidence as it stood when the decision was recorded. */
export interface TracedEvidence {
  readonly pinned: PinnedEvidence;
  /** The evidence as originally recorded. */
  readonly event: ProjectedEvent;
  /** Its data with only the corrections recorded before the decision applied (and not withdrawn by then). */
  readonly dataAtDecision: Readonly<Record<string, unknown>>;
  readonly summaryAtDecision: string;
  /** The corrections of it recorded before the decision and still in force then, in stream order. */
  readonly correctionsBeforeDecision: readonly ProjectedEvent[];
  readonly markedInErrorBeforeDecision: boolean;
  /** The pin names this event's place and the latest correction of it known at decision time. */
  readonly pinVerified: boolean;
}

export type LearnedLaterKind =
  'evidence-corrected' | 'evidence-marked-in-error' | 'late-entry' | 'newer-evidence';

/** Something recorded after the decision that the decider could not have known, and why it matters. */
export interface LearnedLater {
  readonly kind: LearnedLaterKind;
  readonly event: ProjectedEvent;
  readonly summary: string;
  /** The cited evidence it concerns, if any. */
  readonly evidenceEventId: string | null;
  readonly whyItMatters: string;
}

/** A decision, what it rested on as it stood then, and what was learnt after it. */
export interface DecisionTrace {
  readonly decision: ProjectedEvent;
  readonly summary: string;
  readonly reason: Reason | null;
  readonly evidence: readonly TracedEvidence[];
  readonly learnedLater: readonly LearnedLater[];
  /** The case as it stood just before the decision was recorded. */
  readonly caseAtDecision: CaseView | null;
}

const isAmendment = (
  event: ProjectedEvent,
): event is EventOf<'EntryCorrected'> | EventOf<'EntryMarkedInError'> =>
  event.type === 'EntryCorrected' || event.type === 'EntryMarkedInError';

/** Summaries look entities and entry types up in the same stream. */
function streamLookup(events: readonly ProjectedEvent[]): SummaryLookup {
  const byId = new Map(events.map((event) => [event.id, event]));
  const creators = new Map<string, ProjectedEvent>();
  for (const event of events) {
    const entityId = createdEntityId(event);
    if (entityId !== undefined) creators.set(entityId, event);
  }
  return {
    entity: (entityId) => creators.get(entityId)?.data,
    eventType: (eventId) => byId.get(eventId)?.type,
  };
}

function reasonOf(decision: TracedDecision): Reason | null {
  if (decision.reason) return decision.reason;
  if (decision.type === 'DischargeDecisionMade') return decision.data.rationale;
  if (decision.type === 'CarePlanRevised') return decision.data.reason;
  return null;
}

/** Corrections of `targetId` recorded before `before`, minus those withdrawn before it. */
function correctionsInForce(
  events: readonly ProjectedEvent[],
  targetId: string,
  before: number,
): EventOf<'EntryCorrected'>[] {
  const earlier = events.filter((event) => event.revision < before);
  const withdrawn = new Set(
    earlier.flatMap((event) =>
      event.type === 'EntryMarkedInError' ? [event.data.targetEventId] : [],
    ),
  );
  return earlier.filter(
    (event): event is EventOf<'EntryCorrected'> =>
      event.type === 'EntryCorrected' &&
      event.data.targetEventId === targetId &&
      !withdrawn.has(event.id),
  );
}

function traceEvidence(
  events: readonly ProjectedEvent[],
  decision: ProjectedEvent,
  pinned: PinnedEvidence,
  lookup: SummaryLookup,
): TracedEvidence {
  const atPin = pinned.revision === null ? undefined : events[pinned.revision];
  const event =
    atPin?.id === pinned.eventId ? atPin : events.find((item) => item.id === pinned.eventId);
  // The decider pinned only entries of this stream: a missing one means the stream is not whole.
  if (!event) throw new Error(`evidence ${pinned.eventId} is not in the decision's stream`);
  const corrections = correctionsInForce(events, event.id, decision.revision);
  const dataAtDecision = corrections.reduce<Record<string, unknown>>(
    (data, correction) => ({ ...data, ...correction.data.correctedData }),
    { ...(event.data as Record<string, unknown>) },
  );
  const latestCorrection = events
    .filter(
      (item) =>
        item.revision < decision.revision &&
        item.type === 'EntryCorrected' &&
        item.data.targetEventId === event.id,
    )
    .at(-1);
  return {
    pinned,
    event,
    dataAtDecision,
    summaryAtDecision: summarize({ ...event, data: dataAtDecision } as ProjectedEvent, lookup),
    correctionsBeforeDecision: corrections,
    markedInErrorBeforeDecision: events.some(
      (item) =>
        item.revision < decision.revision &&
        item.type === 'EntryMarkedInError' &&
        item.data.targetEventId === event.id,
    ),
    pinVerified:
      atPin?.id === pinned.eventId &&
      pinned.correctionRevision === (latestCorrection?.revision ?? null),
  };
}

/** Evidence of the same kind: the same type and, for assessments, the same instrument. */
function kindOf(event: ProjectedEvent): string {
  return event.type === 'AssessmentRecorded'
    ? `${event.type}:${event.data.instrument.code}`
    : event.type;
}

function learnedAfter(
  events: readonly ProjectedEvent[],
  decision: ProjectedEvent,
  evidence: readonly TracedEvidence[],
  lookup: SummaryLookup,
): LearnedLater[] {
  const cited = new Map(evidence.map((item) => [item.event.id, item]));
  const seenCorrections = new Map(
    evidence.flatMap((item) =>
      item.correctionsBeforeDecision.map((correction) => [correction.id, item] as const),
    ),
  );
  const citedKinds = new Set(evidence.map((item) => kindOf(item.event)));
  const decidedAt = Date.parse(decision.occurredAt);
  // Newer evidence counts until the next decision of the same type takes over.
  const superseding = events.find(
    (event) => event.revision > decision.revision && event.type === decision.type,
  );
  const until = superseding?.revision ?? Number.POSITIVE_INFINITY;
  const learned: LearnedLater[] = [];
  for (const event of events) {
    if (event.revision <= decision.revision) continue;
    const item = (kind: LearnedLaterKind, evidenceEventId: string | null, why: string) =>
      learned.push({
        kind,
        event,
        summary: summarize(event, lookup),
        evidenceEventId,
        whyItMatters: why,
      });
    if (isAmendment(event)) {
      const target = event.data.targetEventId;
      const evidenceItem = cited.get(target);
      const withdrawnFrom = seenCorrections.get(target);
      if (event.type === 'EntryCorrected' && evidenceItem)
        item(
          'evidence-corrected',
          target,
          `corrects ${Object.keys(event.data.correctedData).join(', ')} of the ${evidenceItem.event.type} the decision cites; the decider saw the earlier values`,
        );
      else if (event.type === 'EntryMarkedInError' && evidenceItem)
        item(
          'evidence-marked-in-error',
          target,
          `marks the ${evidenceItem.event.type} the decision cites as entered in error: the decision rested on it`,
        );
      else if (event.type === 'EntryMarkedInError' && withdrawnFrom)
        item(
          'evidence-corrected',
          withdrawnFrom.event.id,
          `withdraws a correction of the ${withdrawnFrom.event.type} the decision cites, which the decider saw applied`,
        );
      continue;
    }
    if (Date.parse(event.occurredAt) <= decidedAt)
      item(
        'late-entry',
        null,
        `occurred ${event.occurredAt}, at or before the decision (${decision.occurredAt}), but was recorded ${event.recordedAt}, after it`,
      );
    else if (event.revision < until && citedKinds.has(kindOf(event)))
      item(
        'newer-evidence',
        null,
        `a newer ${event.type} of the kind the decision cites, recorded before any later ${decision.type}`,
      );
  }
  return learned;
}

/**
 * The trace of one decision, from its case stream in stream order (pure): the decision, the
 * evidence it cites as it stood when it was recorded (corrections recorded before it applied,
 * later ones not), what was recorded afterwards that the decider could not have known, and the
 * case as it stood just before (the time-travel fold). Throws ValidationError when the event is
 * not a decision that carries evidence.
 */
export function traceDecision(
  events: readonly ProjectedEvent[],
  decisionEventId: string,
): DecisionTrace {
  const decision = events.find((event) => event.id === decisionEventId);
  if (!decision || !tracedTypes.has(decision.type))
    throw new ValidationError('not a decision that carries evidence', [
      {
        path: ['eventId'],
        message:
          'expected a DischargeDecisionMade, CarePlanRevised, UtilizationReviewPerformed or PayerDeterminationRecorded',
      },
    ]);
  const traced = decision as TracedDecision;
  const lookup = streamLookup(events);
  const evidence = traced.data.evidence.map((pinned) =>
    traceEvidence(events, decision, pinned, lookup),
  );
  return {
    decision,
    summary: summarize(decision, lookup),
    reason: reasonOf(traced),
    evidence,
    learnedLater: learnedAfter(events, decision, evidence, lookup),
    caseAtDecision:
      decision.revision === 0 ? null : caseAsOf(events, { revision: decision.revision - 1 }),
  };
}
