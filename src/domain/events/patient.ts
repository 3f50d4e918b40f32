import { z } from 'zod';
import { administrativeGenderSchema, consentScopeSchema } from '../value-sets.js';
import { datePeriodSchema } from '../schema-helpers.js';
import { isoDateSchema, reasonSchema, shortTextSchema, uuidSchema } from '../values.js';

/** A person's name as registration records it (FHIR HumanName, one given name line). */
export const personNameSchema = z
  .object({
    given: shortTextSchema,
    family: shortTextSchema,
  })
  .strict();

export const patientContactSchema = z
  .object({
    phone: shortTextSchema.optional(),
    email: z.email().max(200).optional(),
  })
  .strict();

export const patientRegisteredSchema = z
  .object({
    patientId: uuidSchema,
    mrn: shortTextSchema,
    name: personNameSchema,
    birthDate: isoDateSchema,
    sex: administrativeGenderSchema,
    contact: patientContactSchema.optional(),
  })
  .strict();

/** Only the fields that changed are present. */
export const patientDetailsUpdatedSchema = z
  .object({
    mrn: shortTextSchema.optional(),
    name: personNameSchema.optional(),
    birthDate: isoDateSchema.optional(),
    sex: administrativeGenderSchema.optional(),
    contact: patientContactSchema.optional(),
  })
  .strict();

export const consentRecordedSchema = z
  .object({
    consentId: uuidSchema,
    scope: consentScopeSchema,
    grantedTo: shortTextSchema.optional(),
    period: datePeriodSchema,
  })
  .strict();

export const consentRevokedSchema = z
  .object({
    consentId: uuidSchema,
    reason: reasonSchema.optional(),
  })
  .strict();
