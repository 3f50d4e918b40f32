import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import type { ProjectedEvent, Projection, ReadModelChange, ReadModelView } from '../projection.js';
import { caseIdOf } from '../shared/case-id-of.js';
import { handoffOffers, membershipCases, membershipPeriods } from './care-team-tables.js';
import { utcInstant } from '../shared/utc-instant.js';

const periods = membershipPeriods.name;
const cases = membershipCases.name;
const offers = handoffOffers.name;

type Of<T extends CaretrailEvent['type']> = Extract<ProjectedEvent, { type: T }>;

/** The case of an event of a case stream and its patient (events after CaseOpened do not name it). */
function caseAndPatientOf(event: ProjectedEvent, view: ReadModelView) {
  const caseId = caseIdOf(event.streamId);
  const patientId = view.get(cases, { case_id: caseId })?.['patient_id'];
  if (typeof patientId !== 'string')
    throw new Error(`case ${caseId} has no CaseOpened before event ${event.id}`);
  return { caseId, patientId };
}

function assigned(event: Of<'CareTeamMemberAssigned'>, view: ReadModelView): ReadModelChange[] {
  const { caseId, patientId } = caseAndPatientOf(event, view);
  return [
    {
      kind: 'upsert',
      table: periods,
      row: {
        opened_event_id: event.id,
        case_id: caseId,
        patient_id: patientId,
        member_id: event.data.memberId,
        role: event.data.role,
        valid_from: utcInstant(event.data.from),
        valid_until: null,
        closed_event_id: null,
      },
    },
  ];
}

function released(event: Of<'CareTeamMemberReleased'>): ReadModelChange[] {
  return [
    {
      kind: 'update',
      table: periods,
      where: {
        case_id: caseIdOf(event.streamId),
        member_id: event.data.memberId,
        closed_event_id: null,
      },
      set: { valid_until: utcInstant(event.data.until), closed_event_id: event.id },
    },
  ];
}

function handoffOffered(event: Of<'HandoffInitiated'>, view: ReadModelView): ReadModelChange[] {
  const { caseId, patientId } = caseAndPatientOf(event, view);
  return [
    {
      kind: 'upsert',
      table: offers,
      row: {
        handoff_id: event.data.handoffId,
        offered_event_id: event.id,
        case_id: caseId,
        patient_id: patientId,
        receiver_id: event.data.to.userId,
        offered_at: utcInstant(event.occurredAt),
      },
    },
  ];
}

/** Accepted or declined: the offer is settled either way. */
function handoffSettled(event: Of<'HandoffAccepted'> | Of<'HandoffDeclined'>): ReadModelChange[] {
  return [{ kind: 'delete', table: offers, where: { handoff_id: event.data.handoffId } }];
}

/** Only role, from and until matter here; memberId is a reference and never corrected. */
function corrected(event: Of<'EntryCorrected'>, view: ReadModelView): ReadModelChange[] {
  const { targetEventId, correctedData } = event.data;
  const { role, from, until, to } = correctedData;
  const receiver = (to as { userId?: unknown } | undefined)?.userId;
  if (typeof receiver === 'string' && view.find(offers, { offered_event_id: targetEventId }).length)
    return [
      {
        kind: 'update',
        table: offers,
        where: { offered_event_id: targetEventId },
        set: { receiver_id: receiver },
      },
    ];
  if (view.get(periods, { opened_event_id: targetEventId })) {
    const set = {
      ...(typeof role === 'string' ? { role } : {}),
      ...(typeof from === 'string' ? { valid_from: utcInstant(from) } : {}),
    };
    return Object.keys(set).length
      ? [{ kind: 'update', table: periods, where: { opened_event_id: targetEventId }, set }]
      : [];
  }
  if (typeof until === 'string' && view.find(periods, { closed_event_id: targetEventId }).length)
    return [
      {
        kind: 'update',
        table: periods,
        where: { closed_event_id: targetEventId },
        set: { valid_until: utcInstant(until) },
      },
    ];
  return [];
}

/** An assignment in error never granted access; a release in error never ended it. */
function markedInError(event: Of<'EntryMarkedInError'>): ReadModelChange[] {
  const { targetEventId } = event.data;
  return [
    { kind: 'delete', table: periods, where: { opened_event_id: targetEventId } },
    // A handoff initiated in error offered nothing.
    { kind: 'delete', table: offers, where: { offered_event_id: targetEventId } },
    {
      kind: 'update',
      table: periods,
      where: { closed_event_id: targetEventId },
      set: { valid_until: null, closed_event_id: null },
    },
  ];
}

/** Care-team membership over time: who was on which case's team, when, in what role. */
export const careTeamMembership: Projection = {
  name: 'care-team-membership',
  version: 2,
  description:
    'Membership periods per case (member, role, from, until, opening and closing events, patient) and handoffs waiting for their receiver, for access control at a point in time.',
  tables: [membershipPeriods, membershipCases, handoffOffers],
  handles: new Set<CaretrailEvent['type']>([
    'CaseOpened',
    'CareTeamMemberAssigned',
    'CareTeamMemberReleased',
    'HandoffInitiated',
    'HandoffAccepted',
    'HandoffDeclined',
    'EntryCorrected',
    'EntryMarkedInError',
  ]),
  apply(event, view) {
    switch (event.type) {
      case 'CaseOpened':
        return [
          {
            kind: 'upsert',
            table: cases,
            row: { case_id: event.data.caseId, patient_id: event.data.patientId },
          },
        ];
      case 'CareTeamMemberAssigned':
        return assigned(event, view);
      case 'CareTeamMemberReleased':
        return released(event);
      case 'HandoffInitiated':
        return handoffOffered(event, view);
      case 'HandoffAccepted':
      case 'HandoffDeclined':
        return handoffSettled(event);
      case 'EntryCorrected':
        return corrected(event, view);
      case 'EntryMarkedInError':
        return markedInError(event);
      case 'AssessmentRecorded':
      case 'AvoidableDayRecorded':
      case 'CarePlanActivated':
      case 'CarePlanClosed':
      case 'CarePlanDrafted':
      case 'CarePlanResumed':
      case 'CarePlanRevised':
      case 'CarePlanSuspended':
      case 'CaseClosed':
      case 'ConsentRecorded':
      case 'ConsentRevoked':
      case 'ContactLogged':
      case 'DischargeDecisionMade':
      case 'DischargePlanUpdated':
      case 'EducationProvided':
      case 'GoalProgressRecorded':
      case 'GoalSet':
      case 'GoalStatusChanged':
      case 'InterventionPlanned':
      case 'InterventionStatusChanged':
      case 'PatientDetailsUpdated':
      case 'PatientDischarged':
      case 'PatientRegistered':
      case 'PayerDeterminationRecorded':
      case 'PayerReportSubmitted':
      case 'ProblemIdentified':
      case 'ProblemResolved':
      case 'RiskStratified':
      case 'UtilizationReviewPerformed':
      case 'AmendmentRequested':
      case 'AmendmentDeadlineExtended':
      case 'AmendmentAccepted':
      case 'AmendmentDenied':
      case 'DisagreementStatementFiled':
      case 'AmendmentRebuttalRecorded':
        // Membership changes only through assignments and releases (a handoff emits its own).
        return [];
      default: {
        const _exhaustive: never = event;
        return [];
      }
    }
  },
};
