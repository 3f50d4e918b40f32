/** Stream names of the design: one stream per patient and one per case-management episode. */
export const streams = {
  patient: (patientId: string): string => `patient-${patientId}`,
  case: (caseId: string): string => `case-${caseId}`,
} as const;
