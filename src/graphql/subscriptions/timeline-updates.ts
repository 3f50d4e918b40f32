import { streams } from '../../application/streams.js';
import { caseIdOf } from '../../../projections/shared/case-id-of.js';
import { isCaseEvent } from '../../domain/events/catalogue.js';
import type { RequestAccess } from '../../access/request-access.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Position, RecordedEvent } from '../../event-store/port.js';
import type { ApiServices } from '../context.js';
import { caseIdsOfPatient } from './case-current-read.js';
import { followEvents } from './follow-events.js';

/** What `timelineUpdated` sends for each event of a patient's timeline. */
export interface TimelineUpdate {
  readonly position: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly caseId: string | null;
}

/**
 * The updates of a patient's timeline after `after` (or from now): the patient stream's events
 * and those of every case of the patient the caller may read, a case opened meanwhile included.
 * NOT_FOUND when the caller may not read the patient, at the start or at any later update.
 */
export function timelineUpdates(
  services: ApiServices,
  patientId: string,
  after: Position | null,
  accessNow: () => RequestAccess,
) {
  const patientStream = streams.patient(patientId);
  return followEvents<TimelineUpdate>(services, after, async () => {
    if ((await accessNow().patientBasis(patientId)) === null)
      throw new NotFoundError('no such patient');
    const caseStreams = new Set(
      caseIdsOfPatient(services.projections, patientId).map(streams.case),
    );
    const caseOf = (event: RecordedEvent): string | null =>
      event.streamId === patientStream ? null : caseIdOf(event.streamId);
    return {
      keeps: (event) => {
        if (event.streamId === patientStream || caseStreams.has(event.streamId)) return true;
        // The patient's case list grows only by CaseOpened, which names the patient.
        if (
          isCaseEvent(event) &&
          event.type === 'CaseOpened' &&
          event.data.patientId === patientId
        ) {
          caseStreams.add(event.streamId);
          return true;
        }
        return false;
      },
      admits: async (event) => {
        const access = accessNow();
        if ((await access.patientBasis(patientId)) === null)
          throw new NotFoundError('no such patient');
        const caseId = caseOf(event);
        return caseId === null || (await access.caseBasis({ caseId, patientId })) !== null;
      },
      update: (event) => ({
        position: event.position,
        eventId: event.id,
        eventType: event.type,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        caseId: caseOf(event),
      }),
    };
  });
}
