import { z } from 'zod';
import { handoffKindSchema } from '../value-sets.js';
import { handoffPartySchema } from '../schema-helpers.js';
import { longTextSchema, uuidSchema } from '../values.js';
import { ipassSchema } from '../events/handoff.js';
import { caseCommand, requiredReason } from './command-base.js';

/** The sender is the authenticated caller, never input. */
export const initiateHandoffSchema = caseCommand('InitiateHandoff', {
  kind: handoffKindSchema,
  to: handoffPartySchema,
  transfersPrimary: z.boolean(),
  ipass: ipassSchema,
});

export const acceptHandoffSchema = caseCommand('AcceptHandoff', {
  handoffId: uuidSchema,
  synthesis: longTextSchema,
});

export const declineHandoffSchema = caseCommand('DeclineHandoff', {
  handoffId: uuidSchema,
  ...requiredReason,
});
