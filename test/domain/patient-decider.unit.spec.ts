import { describe, expect, it } from 'vitest';
import { patientDecider } from '../../src/domain/patient/patient-decider.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { deciderSpec, issuePaths } from './decider-spec.js';
import { entityId, patientId, patientRegistered, reason, registration } from './fixtures.js';

const given = deciderSpec(patientDecider);
const consentId = entityId(300);
const consentRecorded = {
  type: 'ConsentRecorded',
  data: {
    consentId,
    scope: 'information-sharing',
    grantedTo: 'Synthetic Home Health Agency',
    period: { start: '2025-03-01' },
  },
} as const;

describe('an unregistered patient', () => {
  it('registers with the synthetic identity given', () => {
    given([])
      .when({ type: 'RegisterPatient', patientId, ...registration })
      .then([patientRegistered]);
  });

  it('refuses updates and consents as not found', () => {
    given([])
      .when({ type: 'UpdatePatientDetails', patientId, sex: 'female' })
      .thenThrows(NotFoundError);
    given([])
      .when({
        type: 'RecordConsent',
        patientId,
        scope: 'treatment',
        period: { start: '2025-03-01' },
      })
      .thenThrows(NotFoundError);
  });
});

describe('a registered patient', () => {
  it('refuses a second registration', () => {
    given([patientRegistered])
      .when({
        type: 'RegisterPatient',
        patientId,
        mrn: 'SYN-2',
        name: { given: 'A', family: 'B' },
        birthDate: '1960-01-01',
        sex: 'male',
      })
      .thenThrows(InvalidTransitionError, 'patient-registers-once');
  });

  it('records only the details that changed', () => {
    given([patientRegistered])
      .when({ type: 'UpdatePatientDetails', patientId, contact: { phone: '+1-555-0100' } })
      .then([{ type: 'PatientDetailsUpdated', data: { contact: { phone: '+1-555-0100' } } }]);
  });

  it('refuses an update that changes nothing', () => {
    given([patientRegistered])
      .when({ type: 'UpdatePatientDetails', patientId })
      .thenThrows(ValidationError);
  });

  it('records a consent with a new id', () => {
    given([patientRegistered])
      .when({
        type: 'RecordConsent',
        patientId,
        scope: 'information-sharing',
        grantedTo: 'Synthetic Home Health Agency',
        period: { start: '2025-03-01' },
      })
      .then([{ ...consentRecorded, data: { ...consentRecorded.data, consentId: entityId(9001) } }]);
  });

  it('refuses a consent period that ends before it starts', () => {
    const error = given([patientRegistered])
      .when({
        type: 'RecordConsent',
        patientId,
        scope: 'treatment',
        period: { start: '2025-03-01', end: '2025-02-01' },
      })
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([['period']]);
  });

  it('revokes a consent once', () => {
    given([patientRegistered, consentRecorded])
      .when({ type: 'RevokeConsent', patientId, consentId, reason })
      .then([{ type: 'ConsentRevoked', data: { consentId, reason } }]);
    given([patientRegistered, consentRecorded, { type: 'ConsentRevoked', data: { consentId } }])
      .when({ type: 'RevokeConsent', patientId, consentId })
      .thenThrows(InvalidTransitionError, 'consent-revoked-once');
  });

  it('refuses to revoke an unknown consent', () => {
    given([patientRegistered])
      .when({ type: 'RevokeConsent', patientId, consentId })
      .thenThrows(NotFoundError);
  });

  it('refuses a command that happened in the future', () => {
    const error = given([patientRegistered])
      .when({
        type: 'UpdatePatientDetails',
        patientId,
        sex: 'other',
        occurredAt: '2026-01-01T00:00:00Z',
      })
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([['occurredAt']]);
  });
});
