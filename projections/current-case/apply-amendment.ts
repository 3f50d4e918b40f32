import type { ProjectedEvent } from '../projection.js';
import type { AmendmentStepMeta, AmendmentView, CaseView } from './case-view-types.js';
import { actorOf, linkAmendment } from './entry-corrections.js';

type EventOf<T extends ProjectedEvent['type']> = Extract<ProjectedEvent, { type: T }>;

/** The events of the amendment process (HIPAA 164.526). */
export type AmendmentEvent = EventOf<
  | 'AmendmentRequested'
  | 'AmendmentDeadlineExtended'
  | 'AmendmentAccepted'
  | 'AmendmentDenied'
  | 'DisagreementStatementFiled'
  | 'AmendmentRebuttalRecorded'
>;

function stepMeta(event: ProjectedEvent): AmendmentStepMeta {
  return {
    eventId: event.id,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: actorOf(event),
  };
}

function updateAmendment(
  view: CaseView,
  amendmentId: string,
  change: (amendment: AmendmentView) => AmendmentView,
): CaseView {
  return {
    ...view,
    amendments: view.amendments.map((amendment) =>
      amendment.amendmentId === amendmentId ? change(amendment) : amendment,
    ),
  };
}

/** Folds one step of an amendment request into the view; the entries it names link to it. */
export function applyAmendmentEvent(view: CaseView, event: AmendmentEvent): CaseView {
  switch (event.type) {
    case 'AmendmentRequested': {
      const { amendmentId, targetEventIds, requestedChange, justification } = event.data;
      const request: AmendmentView = {
        amendmentId,
        status: 'pending',
        targetEventIds,
        requestedChange,
        justification,
        receivedAt: event.data.receivedAt,
        requestedBy: event.data.requestedBy,
        dueDate: event.data.dueDate,
        extension: null,
        decision: null,
        statement: null,
        rebuttal: null,
        ...stepMeta(event),
      };
      return linkAmendment({ ...view, amendments: [...view.amendments, request] }, event);
    }
    case 'AmendmentDeadlineExtended':
      return updateAmendment(view, event.data.amendmentId, (amendment) => ({
        ...amendment,
        dueDate: event.data.dueDate,
        extension: {
          extensionDays: event.data.extensionDays,
          dueDate: event.data.dueDate,
          reason: event.data.reason,
          ...stepMeta(event),
        },
      }));
    case 'AmendmentAccepted':
    case 'AmendmentDenied':
      return updateAmendment(view, event.data.amendmentId, (amendment) => {
        const accepted = event.type === 'AmendmentAccepted';
        return {
          ...amendment,
          status: accepted ? 'accepted' : 'denied',
          decision: {
            outcome: accepted ? 'accepted' : 'denied',
            correctionEventIds: accepted ? event.data.correctionEventIds : [],
            note: accepted ? (event.data.note ?? null) : null,
            basis: accepted ? null : event.data.basis,
            explanation: accepted ? null : event.data.explanation,
            decidedLate: event.occurredAt.slice(0, 10) > amendment.dueDate,
            ...stepMeta(event),
          },
        };
      });
    case 'DisagreementStatementFiled':
      return updateAmendment(view, event.data.amendmentId, (amendment) => ({
        ...amendment,
        statement: {
          statement: event.data.statement,
          filedBy: event.data.filedBy,
          ...stepMeta(event),
        },
      }));
    case 'AmendmentRebuttalRecorded':
      return updateAmendment(view, event.data.amendmentId, (amendment) => ({
        ...amendment,
        rebuttal: { rebuttal: event.data.rebuttal, ...stepMeta(event) },
      }));
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}
