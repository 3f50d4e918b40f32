import type { DecisionContext, Decider } from '../decider.js';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../errors.js';
import type { PatientEvent } from '../events/catalogue.js';
import type { PatientCommand } from '../commands/index.js';
import { assertNotInFuture, assertOrdered } from '../time-rules.js';
import { initialPatientState, type PatientState } from './patient-state.js';

function requireRegistered(state: PatientState): void {
  if (!state.registered) throw new NotFoundError('patient not found');
}

/** Decides a patient command: identity and consent. */
export function decidePatient(
  command: PatientCommand,
  state: PatientState,
  context: DecisionContext,
): PatientEvent[] {
  assertNotInFuture('occurredAt', command.occurredAt, context.now);
  switch (command.type) {
    case 'RegisterPatient': {
      if (state.registered)
        throw new InvalidTransitionError(
          'the patient is already registered',
          'patient-registers-once',
        );
      const { type: _type, occurredAt: _at, reason: _reason, ...data } = command;
      return [{ type: 'PatientRegistered', data }];
    }
    case 'UpdatePatientDetails': {
      requireRegistered(state);
      const { type: _type, occurredAt: _at, reason: _reason, patientId: _id, ...changes } = command;
      if (Object.keys(changes).length === 0)
        throw new ValidationError('nothing to update', [
          { path: [], message: 'give at least one field to update' },
        ]);
      return [{ type: 'PatientDetailsUpdated', data: changes }];
    }
    case 'RecordConsent': {
      requireRegistered(state);
      assertOrdered('period', command.period.start, command.period.end);
      return [
        {
          type: 'ConsentRecorded',
          data: {
            consentId: context.newId(),
            scope: command.scope,
            grantedTo: command.grantedTo,
            period: command.period,
          },
        },
      ];
    }
    case 'RevokeConsent': {
      requireRegistered(state);
      const consent = state.consents[command.consentId];
      if (!consent) throw new NotFoundError(`consent ${command.consentId} not found`);
      if (consent.revoked)
        throw new InvalidTransitionError('the consent is already revoked', 'consent-revoked-once');
      return [
        { type: 'ConsentRevoked', data: { consentId: command.consentId, reason: command.reason } },
      ];
    }
    default: {
      const unknownCommand: never = command;
      throw new TypeError(
        `unhandled command ${JSON.stringify((unknownCommand as { type: unknown }).type)}`,
      );
    }
  }
}

/** Folds one patient event into the state. */
export function evolvePatient(state: PatientState, event: PatientEvent): PatientState {
  switch (event.type) {
    case 'PatientRegistered':
      return { ...state, registered: true, patientId: event.data.patientId };
    case 'PatientDetailsUpdated':
      return state;
    case 'ConsentRecorded':
      return {
        ...state,
        consents: { ...state.consents, [event.data.consentId]: { revoked: false } },
      };
    case 'ConsentRevoked':
      return {
        ...state,
        consents: { ...state.consents, [event.data.consentId]: { revoked: true } },
      };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** The decider of `patient-<uuid>` streams. */
export const patientDecider: Decider<PatientCommand, PatientEvent, PatientState> = {
  initialState: initialPatientState,
  evolve: evolvePatient,
  decide: decidePatient,
};
