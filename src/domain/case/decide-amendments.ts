import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError, ValidationError, type FieldIssue } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import { amendmentRules } from '../events/amendments.js';
import type { CommandOf } from '../commands/index.js';
import { assertNotInFuture } from '../time-rules.js';
import { requireCase, requireEntity } from './case-guards.js';
import type { AmendmentState, CaseState } from './case-state.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The calendar date (UTC) `days` after an instant or a date. */
function datePlusDays(from: string, days: number): string {
  return new Date(Date.parse(from) + days * dayMs).toISOString().slice(0, 10);
}

function requireAmendment(state: CaseState, amendmentId: string): AmendmentState {
  requireCase(state);
  return requireEntity(state.amendments, amendmentId, 'amendment request');
}

/** One decision per request: accepted or denied, once. */
function requirePending(amendment: AmendmentState): void {
  if (amendment.status !== 'pending')
    throw new InvalidTransitionError(
      `the amendment request was already ${amendment.status}`,
      'amendment-decided-once',
    );
}

/** Checks each listed id is an entry of this case; returns the issues, by index under `field`. */
function entryIssues(
  state: CaseState,
  field: string,
  eventIds: readonly string[],
  check: (eventId: string) => string | null,
): FieldIssue[] {
  return eventIds.flatMap((eventId, index): FieldIssue[] => {
    const duplicate = eventIds.indexOf(eventId) !== index;
    const message = duplicate
      ? 'listed twice'
      : Object.hasOwn(state.entries, eventId)
        ? check(eventId)
        : 'not an entry of this case';
    return message === null ? [] : [{ path: [field, index], message }];
  });
}

/** Records a request (also on a closed case): its targets must be entries of this case. */
export function requestAmendment(
  command: CommandOf<'RequestAmendment'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  requireCase(state);
  assertNotInFuture('receivedAt', command.receivedAt, context.now);
  const issues = entryIssues(state, 'targetEventIds', command.targetEventIds, () => null);
  if (issues.length > 0) throw new ValidationError('the amendment names unknown entries', issues);
  const { targetEventIds, requestedChange, justification, receivedAt, requestedBy } = command;
  return [
    {
      type: 'AmendmentRequested',
      data: {
        amendmentId: context.newId(),
        targetEventIds,
        requestedChange,
        justification,
        receivedAt,
        requestedBy,
        dueDate: datePlusDays(receivedAt, amendmentRules.actWithinDays),
      },
    },
  ];
}

/** Extends the deadline once, while the request is pending and before the deadline passes. */
export function extendAmendmentDeadline(
  command: CommandOf<'ExtendAmendmentDeadline'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const amendment = requireAmendment(state, command.amendmentId);
  requirePending(amendment);
  if (amendment.extended)
    throw new InvalidTransitionError(
      'the deadline was already extended once',
      'amendment-extended-once',
    );
  const at = (command.occurredAt ?? context.now).slice(0, 10);
  if (at > amendment.dueDate)
    throw new InvalidTransitionError(
      'the deadline has passed: an extension is given before it',
      'amendment-extension-before-deadline',
    );
  return [
    {
      type: 'AmendmentDeadlineExtended',
      data: {
        amendmentId: command.amendmentId,
        extensionDays: command.extensionDays,
        dueDate: datePlusDays(amendment.dueDate, command.extensionDays),
        reason: command.reason,
      },
    },
  ];
}

/**
 * Accepts a pending request, linking the EntryCorrected/EntryMarkedInError events that made the
 * amendment: each must be an entry of this case acting on one of the requested entries.
 */
export function acceptAmendment(
  command: CommandOf<'AcceptAmendment'>,
  state: CaseState,
): CaseEvent[] {
  const amendment = requireAmendment(state, command.amendmentId);
  requirePending(amendment);
  const issues = entryIssues(state, 'correctionEventIds', command.correctionEventIds, (id) => {
    const entry = state.entries[id];
    if (entry?.type !== 'EntryCorrected' && entry?.type !== 'EntryMarkedInError')
      return 'not a correction or in-error mark';
    if (entry.inError) return 'the correction is marked in error';
    return entry.targetEventId !== undefined &&
      amendment.targetEventIds.includes(entry.targetEventId)
      ? null
      : 'does not act on an entry the request names';
  });
  if (issues.length > 0)
    throw new ValidationError('the corrections do not make this amendment', issues);
  return [
    {
      type: 'AmendmentAccepted',
      data: {
        amendmentId: command.amendmentId,
        correctionEventIds: command.correctionEventIds,
        note: command.note,
      },
    },
  ];
}

export function denyAmendment(command: CommandOf<'DenyAmendment'>, state: CaseState): CaseEvent[] {
  requirePending(requireAmendment(state, command.amendmentId));
  const { amendmentId, basis, explanation } = command;
  return [{ type: 'AmendmentDenied', data: { amendmentId, basis, explanation } }];
}

/** The patient's statement of disagreement: only after a denial, once. */
export function fileDisagreementStatement(
  command: CommandOf<'FileDisagreementStatement'>,
  state: CaseState,
): CaseEvent[] {
  const amendment = requireAmendment(state, command.amendmentId);
  if (amendment.status !== 'denied')
    throw new InvalidTransitionError(
      'a statement of disagreement follows a denial',
      'statement-after-denial',
    );
  if (amendment.statementFiled)
    throw new InvalidTransitionError('a statement was already filed', 'statement-filed-once');
  const { amendmentId, statement, filedBy } = command;
  return [{ type: 'DisagreementStatementFiled', data: { amendmentId, statement, filedBy } }];
}

/** A rebuttal: only after a statement of disagreement, once. */
export function recordAmendmentRebuttal(
  command: CommandOf<'RecordAmendmentRebuttal'>,
  state: CaseState,
): CaseEvent[] {
  const amendment = requireAmendment(state, command.amendmentId);
  if (!amendment.statementFiled)
    throw new InvalidTransitionError(
      'a rebuttal answers a statement of disagreement',
      'rebuttal-after-statement',
    );
  if (amendment.rebuttalRecorded)
    throw new InvalidTransitionError('a rebuttal was already recorded', 'rebuttal-recorded-once');
  const { amendmentId, rebuttal } = command;
  return [{ type: 'AmendmentRebuttalRecorded', data: { amendmentId, rebuttal } }];
}
