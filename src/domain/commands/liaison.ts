import { z } from 'zod';
import {
  contactChannelSchema,
  contactPartySchema,
  contactPurposeSchema,
  educationMethodSchema,
  educationRecipientSchema,
  teachBackSchema,
} from '../value-sets.js';
import { longTextSchema, shortTextSchema } from '../values.js';
import { caseCommand } from './command-base.js';

/** `direction` defaults to outbound: the case manager reaching out. */
export const logContactSchema = caseCommand('LogContact', {
  party: contactPartySchema,
  channel: contactChannelSchema,
  direction: z.enum(['inbound', 'outbound']).optional(),
  reached: z.boolean(),
  purpose: contactPurposeSchema,
  summary: longTextSchema,
});

export const recordEducationSchema = caseCommand('RecordEducation', {
  topic: shortTextSchema,
  recipient: educationRecipientSchema,
  method: educationMethodSchema,
  teachBack: teachBackSchema,
  notes: longTextSchema.optional(),
});
