import { streams } from '../../application/streams.js';
import { NotFoundError } from '../../domain/errors.js';
import type { RequestAccess } from '../../access/request-access.js';
import type { Position } from '../../event-store/port.js';
import type { ApiServices } from '../context.js';
import { toGraphQLEnumValue } from '../mutations/enum-names.js';
import { caseSummary } from './case-current-read.js';
import { followEvents } from './follow-events.js';

/** What `caseUpdated` sends for each event of the case. */
export interface CaseUpdate {
  readonly position: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly caseId: string;
  readonly revision: number;
  /** The CaseStatus enum name (OPEN, CLOSED). */
  readonly status: string | null;
}

/**
 * The updates of one case after `after` (or from now); NOT_FOUND when the case does not exist or
 * the caller may not read it, at the start or at any later update (a member released meanwhile).
 */
export function caseUpdates(
  services: ApiServices,
  caseId: string,
  after: Position | null,
  accessNow: () => RequestAccess,
) {
  const streamId = streams.case(caseId);
  const assertReadable = async (): Promise<void> => {
    const summary = caseSummary(services.projections, caseId);
    const basis =
      summary === null
        ? null
        : await accessNow().caseBasis({ caseId, patientId: summary.patientId ?? '' });
    if (basis === null) throw new NotFoundError('no such case');
  };
  return followEvents<CaseUpdate>(services, after, async () => {
    await assertReadable();
    return {
      keeps: (event) => event.streamId === streamId,
      admits: async () => {
        await assertReadable();
        return true;
      },
      update: (event) => ({
        position: event.position,
        eventId: event.id,
        eventType: event.type,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        caseId,
        revision: event.revision,
        status: toGraphQLEnumValue(caseSummary(services.projections, caseId)?.status),
      }),
    };
  });
}
