import { isPatientEventType } from '../../src/domain/events/catalogue.js';
import type { ProjectedEvent } from '../projection.js';

const patientStreamPrefix = 'patient-';

/**
 * The patient and case of a stream not yet seen, from its first event: a case stream's CaseOpened,
 * or a patient stream's own id. A case event before its CaseOpened is an error, never a guess.
 */
export function ownerOfNewStream(event: ProjectedEvent): {
  patientId: string;
  caseId: string | null;
} {
  if (event.type === 'CaseOpened')
    return { patientId: event.data.patientId, caseId: event.data.caseId };
  if (isPatientEventType(event.type) && event.streamId.startsWith(patientStreamPrefix)) {
    return { patientId: event.streamId.slice(patientStreamPrefix.length), caseId: null };
  }
  throw new Error(`stream ${event.streamId} has no CaseOpened before event ${event.id}`);
}
