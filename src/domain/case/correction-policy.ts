import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';
import {
  caseEventCatalogue,
  type CaretrailEventType,
  type CaseEventType,
} from '../events/catalogue.js';
import { toFieldIssues } from '../commands/parse-command.js';

/**
 * Transitions are not marked in error: the state they moved cannot be rolled back safely,
 * so a new transition is recorded instead.
 */
export const notMarkableInError: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'CaseOpened',
  'CaseClosed',
  'ProblemResolved',
  'CarePlanActivated',
  'CarePlanSuspended',
  'CarePlanResumed',
  'CarePlanClosed',
  'GoalStatusChanged',
  'InterventionStatusChanged',
  'CareTeamMemberAssigned',
  'CareTeamMemberReleased',
  'HandoffAccepted',
  'HandoffDeclined',
  'PatientDischarged',
  'EntryMarkedInError',
]);

/**
 * The amendment process (HIPAA 164.526) is itself the record of a correction request: its entries
 * are neither corrected nor marked in error, so what the patient asked and was told stays as it was.
 */
export const amendmentRecords: ReadonlySet<CaretrailEventType> = new Set<CaretrailEventType>([
  'AmendmentRequested',
  'AmendmentDeadlineExtended',
  'AmendmentAccepted',
  'AmendmentDenied',
  'DisagreementStatementFiled',
  'AmendmentRebuttalRecorded',
]);

/** Fields the decider's rules rest on: they change by a new entry, never by a correction. */
export const lockedFields: Readonly<Partial<Record<CaseEventType, readonly string[]>>> = {
  CaseOpened: ['primaryCaseManager'],
  AssessmentRecorded: ['instrument', 'items', 'total', 'band'],
  CarePlanClosed: ['outcome'],
  GoalSet: ['lifecycleStatus', 'addresses'],
  GoalStatusChanged: ['from', 'to'],
  InterventionStatusChanged: ['from', 'to'],
  HandoffInitiated: ['kind', 'from', 'to', 'transfersPrimary'],
  DischargeDecisionMade: ['decision', 'evidence'],
  CarePlanRevised: ['evidence'],
  UtilizationReviewPerformed: ['evidence'],
  PayerDeterminationRecorded: ['evidence'],
};

/** Identities and references (goalId, eventIds, …) are never corrected in place; nor is pinned evidence. */
const referenceField = /Ids?$/;

/** Checks a correction's fields against the target type's schema and the locked fields; returns the issues. */
export function correctionIssues(
  targetType: CaseEventType,
  correctedData: Readonly<Record<string, unknown>>,
): FieldIssue[] {
  const shape: Readonly<Record<string, z.ZodType>> = caseEventCatalogue[targetType].schema.shape;
  const locked = lockedFields[targetType] ?? [];
  return Object.entries(correctedData).flatMap(([field, value]): FieldIssue[] => {
    const path = ['correctedData', field];
    const fieldSchema = Object.hasOwn(shape, field) ? shape[field] : undefined;
    if (!fieldSchema) return [{ path, message: `not a field of ${targetType}` }];
    if (referenceField.test(field) || locked.includes(field))
      return [
        { path, message: 'cannot be corrected: mark the entry in error and record it again' },
      ];
    const parsed = fieldSchema.safeParse(value);
    return parsed.success
      ? []
      : toFieldIssues(parsed.error.issues).map((issue) => ({
          ...issue,
          path: [...path, ...issue.path],
        }));
  });
}
