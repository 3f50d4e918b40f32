/**
 * What kind of patient data an access reached (ASTM E2147's "type of data accessed"), from the
 * `Type.field`s the access record lists. A type not named here counts as `other`, and a test fails
 * for any type of the API's schema that would: a new type needs its category.
 */
export const dataCategoryOfType: Readonly<Record<string, string>> = {
  Patient: 'demographics',
  Case: 'case',
  CaseSnapshot: 'case',
  CaseConnection: 'case',
  CaseEdge: 'case',
  CaseUpdate: 'case',
  PrimaryCaseManager: 'case',
  CarePlan: 'care-plan',
  CarePlanRevision: 'care-plan',
  Goal: 'care-plan',
  GoalProgress: 'care-plan',
  Intervention: 'care-plan',
  Problem: 'care-plan',
  Assessment: 'assessments',
  CareTeam: 'care-team',
  CareTeamMember: 'care-team',
  Handoff: 'handoffs',
  Ipass: 'handoffs',
  UtilizationReview: 'utilization',
  PayerDetermination: 'utilization',
  DischargePlan: 'discharge',
  DischargeDecision: 'discharge',
  Disclosure: 'disclosures',
  TimelineConnection: 'timeline',
  TimelineEdge: 'timeline',
  TimelineEntry: 'timeline',
  TimelineUpdate: 'timeline',
  Decision: 'audit-trail',
  DecisionConnection: 'audit-trail',
  DecisionEdge: 'audit-trail',
  AuditTrailExport: 'audit-trail',
  Provenance: 'audit-trail',
  FieldChange: 'corrections',
  EntryCorrection: 'corrections',
  EntryInErrorMark: 'corrections',
  Amendment: 'amendments',
  AmendmentRequester: 'amendments',
  AmendmentExtension: 'amendments',
  AmendmentDecision: 'amendments',
  DisagreementStatement: 'amendments',
  AmendmentRebuttal: 'amendments',
  DecisionTrace: 'decision-traces',
  TracedEvidence: 'decision-traces',
  LearnedLater: 'decision-traces',
  OutcomeReport: 'outcomes',
  OutcomeMeasure: 'outcomes',
  OutcomeFigure: 'outcomes',
  OutcomeDistribution: 'outcomes',
  OutcomeExclusion: 'outcomes',
  OutcomeBreakdown: 'outcomes',
  OutcomeUnit: 'outcomes',
  OutcomeEvidence: 'outcomes',
  RecordedEvent: 'events',
  EventConnection: 'events',
  EventEdge: 'events',
};

/** Types shared by every kind of data (who did it, why): they add no category of their own. */
export const typesWithoutCategory: ReadonlySet<string> = new Set(['Actor', 'Reason']);

/** Query fields that return data themselves rather than typed objects. */
const dataCategoryOfQueryField: Readonly<Record<string, string>> = {
  integrityEvidence: 'events',
};

/** The distinct categories of the fields an access asked for, in name order. */
export function dataCategoriesOf(fields: readonly string[]): string[] {
  const categories = new Set<string>();
  for (const field of fields) {
    const [type = '', name = ''] = field.split('.');
    if (typesWithoutCategory.has(type)) continue;
    categories.add(
      (type === 'Query' ? dataCategoryOfQueryField[name] : dataCategoryOfType[type]) ?? 'other',
    );
  }
  return [...categories].sort();
}
