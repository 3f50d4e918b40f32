import { z } from 'zod';
import {
  contactChannelSchema,
  contactPartySchema,
  contactPurposeSchema,
  educationMethodSchema,
  educationRecipientSchema,
  teachBackSchema,
} from '../value-sets.js';
import { longTextSchema, shortTextSchema, uuidSchema } from '../values.js';

export const contactLoggedSchema = z
  .object({
    contactId: uuidSchema,
    party: contactPartySchema,
    channel: contactChannelSchema,
    direction: z.enum(['inbound', 'outbound']),
    reached: z.boolean(),
    purpose: contactPurposeSchema,
    summary: longTextSchema,
  })
  .strict();

export const educationProvidedSchema = z
  .object({
    educationId: uuidSchema,
    topic: shortTextSchema,
    recipient: educationRecipientSchema,
    method: educationMethodSchema,
    teachBack: teachBackSchema,
    notes: longTextSchema.optional(),
  })
  .strict();
