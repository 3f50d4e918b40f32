/** A consent as the patient decider needs it: whether it still holds. */
export interface ConsentState {
  readonly revoked: boolean;
}

/** What the patient decider knows of a patient stream; it keeps no PHI it does not need. */
export interface PatientState {
  readonly registered: boolean;
  readonly patientId: string | null;
  readonly consents: Readonly<Record<string, ConsentState>>;
}

/** The state of a patient stream before its first event. */
export function initialPatientState(): PatientState {
  return { registered: false, patientId: null, consents: {} };
}
