import { uuidSchema } from '../values.js';
import { correctedDataSchema } from '../events/corrections.js';
import { caseCommand, requiredReason } from './command-base.js';

/** Corrects top-level fields of an earlier entry of the case; the original stays. */
export const correctEntrySchema = caseCommand('CorrectEntry', {
  targetEventId: uuidSchema,
  correctedData: correctedDataSchema,
  ...requiredReason,
});

export const markEntryInErrorSchema = caseCommand('MarkEntryInError', {
  targetEventId: uuidSchema,
  ...requiredReason,
});
