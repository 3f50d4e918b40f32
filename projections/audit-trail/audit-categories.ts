import type { CaretrailEventType } from '../../src/domain/events/catalogue.js';

export type AuditCategory = 'decision' | 'record';

/** Judgements someone answers for (a reason is required of most); everything else is a record. */
export const decisionTypes: ReadonlySet<CaretrailEventType> = new Set<CaretrailEventType>([
  'CaseClosed',
  'CarePlanActivated',
  'CarePlanRevised',
  'CarePlanSuspended',
  'CarePlanResumed',
  'CarePlanClosed',
  'GoalStatusChanged',
  'UtilizationReviewPerformed',
  'PayerDeterminationRecorded',
  'HandoffAccepted',
  'HandoffDeclined',
  'DischargeDecisionMade',
  'EntryCorrected',
  'EntryMarkedInError',
  'AmendmentDeadlineExtended',
  'AmendmentAccepted',
  'AmendmentDenied',
  'AmendmentRebuttalRecorded',
]);

export function categoryOf(type: CaretrailEventType): AuditCategory {
  return decisionTypes.has(type) ? 'decision' : 'record';
}
