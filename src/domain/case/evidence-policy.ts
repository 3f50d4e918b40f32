import { ValidationError, type FieldIssue } from '../errors.js';
import type { CaseEventType } from '../events/catalogue.js';
import type { PinnedEvidence } from '../events/evidence.js';
import type { CaseState } from './case-state.js';

/** The decisions that carry pinned evidence. */
export type EvidencedDecisionType =
  | 'DischargeDecisionMade'
  | 'CarePlanRevised'
  | 'UtilizationReviewPerformed'
  | 'PayerDeterminationRecorded';

/** What was observed of the patient: the findings any decision may rest on. */
const findings: readonly CaseEventType[] = [
  'AssessmentRecorded',
  'RiskStratified',
  'ProblemIdentified',
  'ProblemResolved',
  'GoalProgressRecorded',
  'InterventionStatusChanged',
  'ContactLogged',
  'AvoidableDayRecorded',
  'DischargePlanUpdated',
];

/**
 * Which kinds of entry each decision may cite. Corrections and in-error marks are not evidence of
 * a finding (the corrected entry is cited, its latest correction pinned with it), except as what
 * triggered a plan revision.
 */
export const evidenceKinds: Readonly<Record<EvidencedDecisionType, ReadonlySet<CaseEventType>>> = {
  DischargeDecisionMade: new Set<CaseEventType>([
    ...findings,
    'GoalStatusChanged',
    'EducationProvided',
    'UtilizationReviewPerformed',
    'PayerDeterminationRecorded',
  ]),
  UtilizationReviewPerformed: new Set<CaseEventType>([
    ...findings,
    'UtilizationReviewPerformed',
    'DischargeDecisionMade',
  ]),
  PayerDeterminationRecorded: new Set<CaseEventType>([
    ...findings,
    'UtilizationReviewPerformed',
    'PayerDeterminationRecorded',
    'PayerReportSubmitted',
  ]),
  CarePlanRevised: new Set<CaseEventType>([
    ...findings,
    'GoalSet',
    'GoalStatusChanged',
    'EducationProvided',
    'UtilizationReviewPerformed',
    'PayerDeterminationRecorded',
    'DischargeDecisionMade',
    'HandoffAccepted',
    'CareTeamMemberAssigned',
    'CareTeamMemberReleased',
    'EntryCorrected',
    'EntryMarkedInError',
  ]),
};

/**
 * Resolves the event ids a command cites against the case and pins each to its revision and its
 * latest correction known now. Refuses, with the field path of each, ids that are not entries of
 * this case, entries marked in error, and kinds that cannot be evidence for this decision.
 */
export function pinEvidence(
  state: CaseState,
  decision: EvidencedDecisionType,
  field: string,
  eventIds: readonly string[] | undefined,
): PinnedEvidence[] {
  const issues: FieldIssue[] = [];
  const pinned: PinnedEvidence[] = [];
  const allowed = evidenceKinds[decision];
  (eventIds ?? []).forEach((eventId, index) => {
    const path = [field, index];
    const entry = Object.hasOwn(state.entries, eventId) ? state.entries[eventId] : undefined;
    if (!entry) issues.push({ path, message: 'not an entry of this case' });
    else if (entry.inError) issues.push({ path, message: 'the entry is marked in error' });
    else if (!allowed.has(entry.type))
      issues.push({ path, message: `a ${entry.type} is not evidence for a ${decision}` });
    else if (pinned.some((item) => item.eventId === eventId))
      issues.push({ path, message: 'cited twice' });
    else
      pinned.push({
        eventId,
        revision: entry.revision,
        correctionRevision: entry.correctionRevision,
      });
  });
  if (issues.length > 0)
    throw new ValidationError('the evidence does not fit this decision', issues);
  return pinned;
}
