import { InvalidTransitionError, NotFoundError, ValidationError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { requireCase } from './case-guards.js';
import type { CaseState, EntryState } from './case-state.js';
import { amendmentRecords, correctionIssues, notMarkableInError } from './correction-policy.js';

function requireTarget(state: CaseState, targetEventId: string): EntryState {
  const entry = Object.hasOwn(state.entries, targetEventId)
    ? state.entries[targetEventId]
    : undefined;
  if (!entry) throw new NotFoundError(`entry ${targetEventId} not found in this case`);
  if (entry.inError)
    throw new InvalidTransitionError(
      'the entry is already marked in error',
      'entry-already-in-error',
    );
  if (amendmentRecords.has(entry.type))
    throw new InvalidTransitionError(
      'the amendment process is kept as recorded',
      'amendment-record-kept',
    );
  return entry;
}

/** Corrects fields of an entry (also on a closed case); the original stays in the stream. */
export function correctEntry(command: CommandOf<'CorrectEntry'>, state: CaseState): CaseEvent[] {
  requireCase(state);
  const target = requireTarget(state, command.targetEventId);
  if (target.type === 'EntryCorrected' || target.type === 'EntryMarkedInError')
    throw new InvalidTransitionError(
      'a correction is not corrected: mark it in error and correct the entry again',
      'correction-targets-an-entry',
    );
  const issues = correctionIssues(target.type, command.correctedData);
  if (issues.length > 0) throw new ValidationError('the correction does not fit the entry', issues);
  return [
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: command.targetEventId,
        correctedData: command.correctedData,
        reason: command.reason,
      },
    },
  ];
}

/** Marks an entry in error (also on a closed case); an entity it created no longer counts. */
export function markEntryInError(
  command: CommandOf<'MarkEntryInError'>,
  state: CaseState,
): CaseEvent[] {
  requireCase(state);
  const target = requireTarget(state, command.targetEventId);
  if (notMarkableInError.has(target.type))
    throw new InvalidTransitionError(
      `${target.type} is a transition: record a new one instead`,
      'transition-not-in-error',
    );
  if (
    target.type === 'HandoffInitiated' &&
    target.entityId !== undefined &&
    state.handoffs[target.entityId]?.status !== 'open'
  )
    throw new InvalidTransitionError(
      'a settled handoff is not marked in error',
      'handoff-settled-once',
    );
  return [
    {
      type: 'EntryMarkedInError',
      data: { targetEventId: command.targetEventId, reason: command.reason },
    },
  ];
}
