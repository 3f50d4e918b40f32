import { administrativeGenderSchema, consentScopeSchema } from '../value-sets.js';
import { datePeriodSchema } from '../schema-helpers.js';
import { isoDateSchema, shortTextSchema, uuidSchema } from '../values.js';
import { patientContactSchema, personNameSchema } from '../events/patient.js';
import { patientCommand } from './command-base.js';

export const registerPatientSchema = patientCommand('RegisterPatient', {
  mrn: shortTextSchema,
  name: personNameSchema,
  birthDate: isoDateSchema,
  sex: administrativeGenderSchema,
  contact: patientContactSchema.optional(),
});

export const updatePatientDetailsSchema = patientCommand('UpdatePatientDetails', {
  mrn: shortTextSchema.optional(),
  name: personNameSchema.optional(),
  birthDate: isoDateSchema.optional(),
  sex: administrativeGenderSchema.optional(),
  contact: patientContactSchema.optional(),
});

export const recordConsentSchema = patientCommand('RecordConsent', {
  scope: consentScopeSchema,
  grantedTo: shortTextSchema.optional(),
  period: datePeriodSchema,
});

export const revokeConsentSchema = patientCommand('RevokeConsent', {
  consentId: uuidSchema,
});
