import type { DecisionContext } from '../decider.js';
import { ValidationError, type FieldIssue } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { assertNotInFuture, assertOrdered } from '../time-rules.js';
import { requireEntity } from './case-guards.js';
import { pinEvidence } from './evidence-policy.js';
import type { CaseState } from './case-state.js';

export function performUtilizationReview(
  command: CommandOf<'PerformUtilizationReview'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const evidence = pinEvidence(
    state,
    'UtilizationReviewPerformed',
    'evidenceEventIds',
    command.evidenceEventIds,
  );
  const { kind, criteriaSet, criteriaMet, levelOfCare, nextReviewDue, notes } = command;
  return [
    {
      type: 'UtilizationReviewPerformed',
      data: {
        reviewId: context.newId(),
        kind,
        criteriaSet,
        criteriaMet,
        levelOfCare,
        nextReviewDue,
        evidence,
        notes,
      },
    },
  ];
}

/** A denial states its reason; authorized days belong to approvals only. */
export function recordPayerDetermination(
  command: CommandOf<'RecordPayerDetermination'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const issues: FieldIssue[] = [];
  if (command.decision === 'denied' && command.denialReason === undefined)
    issues.push({ path: ['denialReason'], message: 'required for a denial' });
  if (
    command.decision !== 'denied' &&
    command.decision !== 'partial' &&
    command.denialReason !== undefined
  )
    issues.push({ path: ['denialReason'], message: 'only for a denial or partial approval' });
  if (
    (command.decision === 'denied' || command.decision === 'pending') &&
    command.authorizedDays !== undefined
  )
    issues.push({ path: ['authorizedDays'], message: 'only for an approval or partial approval' });
  if (issues.length > 0) throw new ValidationError('the determination is inconsistent', issues);
  if (command.reviewId !== undefined)
    requireEntity(state.reviews, command.reviewId, 'utilization review');
  const evidence = pinEvidence(
    state,
    'PayerDeterminationRecorded',
    'evidenceEventIds',
    command.evidenceEventIds,
  );
  const { payer, authorizationNumber, decision, authorizedDays, denialReason, reviewId } = command;
  return [
    {
      type: 'PayerDeterminationRecorded',
      data: {
        determinationId: context.newId(),
        payer,
        authorizationNumber,
        decision,
        authorizedDays,
        denialReason,
        reviewId,
        evidence,
      },
    },
  ];
}

export function recordAvoidableDay(
  command: CommandOf<'RecordAvoidableDay'>,
  _state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  assertNotInFuture('date', command.date, context.now);
  return [
    {
      type: 'AvoidableDayRecorded',
      data: {
        avoidableDayId: context.newId(),
        date: command.date,
        reason: command.reason,
        responsibleParty: command.responsibleParty,
      },
    },
  ];
}

/** Records a report sent to a payer: a disclosure, proven by the hash of what was sent. */
export function submitPayerReport(
  command: CommandOf<'SubmitPayerReport'>,
  _state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  assertOrdered('period', command.period.from, command.period.to);
  const { payer, reportType, period, contentHash, purpose } = command;
  return [
    {
      type: 'PayerReportSubmitted',
      data: { reportId: context.newId(), payer, reportType, period, contentHash, purpose },
    },
  ];
}
