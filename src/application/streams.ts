/** Stream names of the design: one stream per patient and one per case-management episode. */
export const streams = {
  patient: (patientId: string): string => `patient-${patientId}`,
  case: (caseId: string): string => `case-${caseId}`,
  /** Who read or disclosed the patient's data, and emergency accesses to it. */
  access: (patientId: string): string => `access-${patientId}`,
  /** Signed checkpoints over the whole store (see `src/integrity`). */
  integrityCheckpoints: (): string => 'integrity-checkpoints',
} as const;
