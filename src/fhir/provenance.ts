import { reasonOf } from '../../projections/audit-trail/audit-reason.js';
import type { CaseEvent, CaseEventType, EventData } from '../domain/events/catalogue.js';
import { isCaseEvent } from '../domain/events/catalogue.js';
import type { RecordedEvent } from '../event-store/port.js';
import type { CodeableConcept, Provenance, ProvenanceEntity, Reference } from './r4-types.js';
import { recordedEventExtension } from './recorded-event-extension.js';
import { coding, concept, roleConcept, systems, userIdentifier } from './terminology.js';

/**
 * The version of the case (an `EpisodeOfCare`) that the event at `revision` of its stream produced:
 * version n is the state after the stream's first n events, so CaseOpened (revision 0) makes 1.
 */
export function caseVersionReference(caseId: string, revision: number): string {
  return `EpisodeOfCare/${caseId}/_history/${revision + 1}`;
}

/** HL7 v3 DataOperation codes the case history uses, with their displays. */
const dataOperations = {
  CREATE: 'create',
  APPEND: 'append',
  UPDATE: 'revise',
  NULLIFY: 'nullify',
  ACTIVATE: 'activate',
  SUSPEND: 'suspend',
  RESUME: 'resume',
  COMPLETE: 'complete',
  ABORT: 'abort',
} as const;
type DataOperation = keyof typeof dataOperations;

/**
 * What each change does to the case record: it is created once, most entries are appended,
 * status changes and corrections revise it, a mark in error nullifies an entry.
 */
const activities: {
  readonly [T in CaseEventType]: DataOperation | ((data: EventData<T>) => DataOperation);
} = {
  CaseOpened: 'CREATE',
  CaseClosed: 'COMPLETE',
  AssessmentRecorded: 'APPEND',
  RiskStratified: 'APPEND',
  ProblemIdentified: 'APPEND',
  ProblemResolved: 'UPDATE',
  CarePlanDrafted: 'APPEND',
  CarePlanActivated: 'ACTIVATE',
  CarePlanRevised: 'UPDATE',
  CarePlanSuspended: 'SUSPEND',
  CarePlanResumed: 'RESUME',
  CarePlanClosed: (data) => (data.outcome === 'revoked' ? 'ABORT' : 'COMPLETE'),
  GoalSet: 'APPEND',
  GoalProgressRecorded: 'APPEND',
  GoalStatusChanged: 'UPDATE',
  InterventionPlanned: 'APPEND',
  InterventionStatusChanged: 'UPDATE',
  CareTeamMemberAssigned: 'APPEND',
  CareTeamMemberReleased: 'UPDATE',
  ContactLogged: 'APPEND',
  EducationProvided: 'APPEND',
  UtilizationReviewPerformed: 'APPEND',
  PayerDeterminationRecorded: 'APPEND',
  AvoidableDayRecorded: 'APPEND',
  PayerReportSubmitted: 'APPEND',
  HandoffInitiated: 'APPEND',
  HandoffAccepted: 'UPDATE',
  HandoffDeclined: 'UPDATE',
  DischargePlanUpdated: 'UPDATE',
  DischargeDecisionMade: 'APPEND',
  PatientDischarged: 'UPDATE',
  EntryCorrected: 'UPDATE',
  EntryMarkedInError: 'NULLIFY',
  AmendmentRequested: 'APPEND',
  AmendmentDeadlineExtended: 'UPDATE',
  AmendmentAccepted: 'UPDATE',
  AmendmentDenied: 'UPDATE',
  DisagreementStatementFiled: 'APPEND',
  AmendmentRebuttalRecorded: 'APPEND',
};

function activityOf(event: CaseEvent): DataOperation {
  const activity = activities[event.type] as DataOperation | ((data: unknown) => DataOperation);
  return typeof activity === 'function' ? activity(event.data) : activity;
}

/** The earlier events a change rests on or revises, as its data names them. */
function referencedEvents(
  data: Readonly<Record<string, unknown>>,
): { readonly eventId: string; readonly revises: boolean }[] {
  const ids = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  // Pinned evidence (version 2 of decisions) names each cited event in an object.
  const citedIds = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.flatMap((item: unknown) => {
          const id: unknown =
            item !== null && typeof item === 'object'
              ? (item as Record<string, unknown>)['eventId']
              : undefined;
          return typeof id === 'string' ? [id] : [];
        })
      : [];
  const target = data['targetEventId'];
  return [
    ...(typeof target === 'string' ? [{ eventId: target, revises: true }] : []),
    ...[
      ...ids(data['evidenceEventIds']),
      ...ids(data['triggeringEventIds']),
      ...citedIds(data['evidence']),
      // An amendment request is about its target entries; an accepted one rests on its corrections.
      ...ids(data['targetEventIds']),
      ...ids(data['correctionEventIds']),
    ].map((eventId) => ({ eventId, revises: false })),
  ];
}

function reasonConcepts(reason: { text: string; code?: string } | null): CodeableConcept[] {
  if (!reason) return [];
  return [
    reason.code === undefined
      ? { text: reason.text }
      : { coding: [coding(systems.reasonCode, reason.code)], text: reason.text },
  ];
}

function userReference(userId: string): Reference {
  return { identifier: userIdentifier(userId), display: userId };
}

/**
 * One case event as a FHIR R4 Provenance: the case version it produced (target), when it was
 * recorded and when it happened, the operation, why, who (and for whom), and the earlier events
 * it corrects, nullifies or rests on. `revisionOf` finds those events' revisions in the stream.
 */
export function provenanceOf(
  event: RecordedEvent & CaseEvent,
  caseId: string,
  revisionOf: (eventId: string) => number | undefined,
): Provenance {
  const activity = activityOf(event);
  const entity = referencedEvents(event.data).map(({ eventId, revises }): ProvenanceEntity => {
    const revision = revisionOf(eventId);
    return {
      role: revises ? (activity === 'NULLIFY' ? 'removal' : 'revision') : 'source',
      what: {
        ...(revision === undefined ? {} : { reference: caseVersionReference(caseId, revision) }),
        identifier: { system: systems.eventId, value: eventId },
      },
    };
  });
  const reason = reasonConcepts(reasonOf(event, event.reason));
  return {
    resourceType: 'Provenance',
    id: event.id,
    extension: [
      recordedEventExtension({
        eventId: event.id,
        eventType: event.type,
        streamId: event.streamId,
        revision: event.revision,
        commandId: event.commandId,
        correlationId: event.correlationId,
      }),
    ],
    target: [{ reference: caseVersionReference(caseId, event.revision) }],
    occurredDateTime: event.occurredAt,
    recorded: event.recordedAt,
    ...(reason.length > 0 ? { reason } : {}),
    activity: concept(coding(systems.dataOperation, activity, dataOperations[activity])),
    agent: [
      {
        type: concept(coding(systems.provenanceParticipantType, 'author', 'Author')),
        role: [roleConcept(event.actor.role)],
        who: userReference(event.actor.userId),
        ...(event.actor.onBehalfOf === undefined
          ? {}
          : { onBehalfOf: userReference(event.actor.onBehalfOf) }),
      },
    ],
    ...(entity.length > 0 ? { entity } : {}),
  };
}

/**
 * A case stream's events, oldest first, as one Provenance each. Events of other catalogues are
 * not part of a case's history and are skipped. Keeps only the event ids seen (to point
 * corrections and evidence at the versions their events produced), never the events.
 */
export async function* caseProvenance(
  caseId: string,
  events: AsyncIterable<RecordedEvent>,
): AsyncGenerator<Provenance> {
  const revisions = new Map<string, number>();
  for await (const event of events) {
    revisions.set(event.id, event.revision);
    if (isCaseEvent(event)) yield provenanceOf(event, caseId, (id) => revisions.get(id));
  }
}
