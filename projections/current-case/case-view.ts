import type { ProjectedEvent } from '../projection.js';
import { applyCaseEvent } from './apply-case-event.js';
import type { CaseView } from './case-view-types.js';
import { deriveCaseView, settleWithdrawals } from './derive-case-view.js';
import { caseIdOf } from '../shared/case-id-of.js';

export type * from './case-view-types.js';

const caseStreamPrefix = 'case-';

/** Whether an event belongs to a case stream (the only events a case view folds). */
export function isCaseStreamEvent(event: ProjectedEvent): boolean {
  return event.streamId.startsWith(caseStreamPrefix);
}

/** The view before any event; every key is present so that key order never varies. */
export function initialCaseView(): CaseView {
  return {
    caseId: null,
    patientId: null,
    status: null,
    opening: null,
    primaryCaseManager: null,
    primaryCaseManagerHistory: [],
    discharge: null,
    closure: null,
    carePlan: null,
    previousCarePlans: [],
    problems: [],
    goals: [],
    interventions: [],
    careTeam: { current: [], past: [] },
    handoffs: { open: [], past: [] },
    assessments: [],
    riskTier: null,
    riskStratifications: [],
    utilizationReviews: [],
    payerDeterminations: [],
    avoidableDays: [],
    payerReports: [],
    dischargePlan: null,
    dischargePlanHistory: [],
    dischargeDecisions: [],
    dischargeDecisionInForce: null,
    liaison: {
      contactCount: 0,
      reachedContactCount: 0,
      educationCount: 0,
      lastContact: null,
      lastEducation: null,
    },
    contacts: [],
    education: [],
    amendments: [],
    revision: -1,
    lastEventAt: null,
    lastPosition: null,
  };
}

/**
 * Folds one event of a case stream into the case's view: pure, so the read model and time travel
 * share it. Events of other streams leave the view as it is.
 */
export function evolveCaseView(view: CaseView, event: ProjectedEvent): CaseView {
  return deriveCaseView(foldCaseEntry(view, event));
}

/**
 * Folds one event into the view's entries without refreshing what it derives from them: for folds
 * of many events, which derive once at the end (`deriveCaseView`) with the same result as
 * `evolveCaseView` after each event.
 */
export function foldCaseEntry(view: CaseView, event: ProjectedEvent): CaseView {
  if (!isCaseStreamEvent(event)) return view;
  const applied = settleWithdrawals(applyCaseEvent(view, event));
  return {
    ...applied,
    // Known from the stream name even when CaseOpened is not among the events folded.
    caseId: applied.caseId ?? caseIdOf(event.streamId),
    revision: event.revision,
    lastEventAt: event.recordedAt,
    lastPosition: event.position,
  };
}
