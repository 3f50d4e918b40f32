import type { AccessEventData } from '../../src/domain/events/catalogue.js';

type Recorded = AccessEventData<'PatientRecordAccessed'>;

/** One access record as the access log read model holds it: a read of one patient's data, or a refusal. */
export interface AccessLogEntryRecord {
  readonly id: string;
  readonly recordedAt: string;
  readonly patientId: string;
  readonly userId: string;
  readonly role: string;
  readonly operationType: string;
  readonly operationName: string | null;
  readonly fields: readonly string[];
  /** The kinds of data those fields belong to. */
  readonly dataCategories: readonly string[];
  readonly caseIds: readonly string[];
  readonly outcome: Recorded['outcome'];
  readonly basis: Recorded['basis'];
  readonly purposeOfUse: Recorded['purposeOfUse'];
  readonly emergencyReason: string | null;
  readonly clientAddress: string | null;
  readonly requestId: string;
}

/** One emergency ("break-glass") access as the access log read model holds it. */
export interface EmergencyAccessRecord {
  readonly id: string;
  readonly userId: string;
  readonly patientId: string;
  readonly grantedAt: string;
  readonly expiresAt: string;
  readonly reasonText: string;
  readonly reasonCode: string | null;
}
