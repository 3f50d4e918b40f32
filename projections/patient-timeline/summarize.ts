import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import { about, capitalised, dischargedTo, excerpt, textField, typeLabel } from './summary-text.js';

/** What a summary may look up: entities by id and entries by event id, as currently corrected. */
export interface SummaryLookup {
  /** The current data of the event that created the entity, if it is on this timeline. */
  entity(entityId: string): Readonly<Record<string, unknown>> | undefined;
  /** The type of an entry on this timeline, if it is there. */
  eventType(eventId: string): string | undefined;
}

const patientDetailFields = ['mrn', 'name', 'birthDate', 'sex', 'contact'] as const;

function receiverOf(handoff: Readonly<Record<string, unknown>> | undefined): string {
  const to = handoff?.['to'];
  const userId =
    to !== null && typeof to === 'object' ? (to as Record<string, unknown>)['userId'] : undefined;
  return typeof userId === 'string' ? userId : 'the receiver';
}

/** One line for a frontend: never a patient's name or identifiers, free text only as an excerpt. */
export function summarize(event: CaretrailEvent, lookup: SummaryLookup): string {
  switch (event.type) {
    case 'PatientRegistered':
      return 'Patient registered';
    case 'PatientDetailsUpdated': {
      const fields = patientDetailFields.filter((field) => event.data[field] !== undefined);
      return `Patient details updated: ${fields.join(', ') || 'no fields'}`;
    }
    case 'ConsentRecorded': {
      const { start, end } = event.data.period;
      return `Consent recorded: ${event.data.scope} from ${start}${end ? ` to ${end}` : ''}`;
    }
    case 'ConsentRevoked':
      return 'Consent revoked';
    case 'CaseOpened':
      return `Case opened: ${excerpt(event.data.program)} (${event.data.admissionType} admission, referred by ${event.data.referralSource.kind})`;
    case 'CaseClosed':
      return `Case closed: ${event.data.outcome}`;
    case 'AssessmentRecorded': {
      const { instrument, total, band } = event.data;
      const name = instrument.code === 'custom' ? excerpt(instrument.name) : instrument.code;
      return `${name} recorded: ${total}${band ? ` (${excerpt(band)})` : ''}`;
    }
    case 'RiskStratified':
      return `Risk stratified: ${event.data.tier}`;
    case 'ProblemIdentified':
      return `Problem identified (${event.data.category}): ${excerpt(event.data.description)}`;
    case 'ProblemResolved':
      return about(
        'Problem resolved',
        textField(lookup.entity(event.data.problemId), 'description'),
      );
    case 'CarePlanDrafted':
      return `Care plan drafted: ${excerpt(event.data.title)}`;
    case 'CarePlanActivated':
      return about('Care plan activated', textField(lookup.entity(event.data.carePlanId), 'title'));
    case 'CarePlanRevised': {
      const count = event.data.changes.length;
      return `Care plan revised (${count} change${count === 1 ? '' : 's'}): ${excerpt(event.data.summary)}`;
    }
    case 'CarePlanSuspended':
      return about('Care plan suspended', textField(lookup.entity(event.data.carePlanId), 'title'));
    case 'CarePlanResumed':
      return about('Care plan resumed', textField(lookup.entity(event.data.carePlanId), 'title'));
    case 'CarePlanClosed':
      return about(
        `Care plan closed (${event.data.outcome})`,
        textField(lookup.entity(event.data.carePlanId), 'title'),
      );
    case 'GoalSet':
      return `Goal set (${event.data.priority} priority): ${excerpt(event.data.description)}`;
    case 'GoalProgressRecorded':
      return about(
        `Goal progress: ${event.data.achievementStatus}`,
        textField(lookup.entity(event.data.goalId), 'description'),
      );
    case 'GoalStatusChanged':
      return about(
        `Goal ${event.data.from} → ${event.data.to}`,
        textField(lookup.entity(event.data.goalId), 'description'),
      );
    case 'InterventionPlanned':
      return `Intervention planned (${event.data.kind}): ${excerpt(event.data.description)}`;
    case 'InterventionStatusChanged':
      return about(
        `Intervention ${event.data.from} → ${event.data.to}`,
        textField(lookup.entity(event.data.interventionId), 'description'),
      );
    case 'CareTeamMemberAssigned':
      return `${event.data.memberId} joined the care team as ${event.data.role}`;
    case 'CareTeamMemberReleased':
      return `${event.data.memberId} left the care team`;
    case 'ContactLogged': {
      const d = event.data;
      return `${capitalised(d.channel)} contact with ${d.party} (${d.direction}, ${d.reached ? 'reached' : 'not reached'}), ${d.purpose}: ${excerpt(d.summary)}`;
    }
    case 'EducationProvided': {
      const d = event.data;
      return `Education on ${excerpt(d.topic)} for ${d.recipient} (${d.method}): teach-back ${d.teachBack}`;
    }
    case 'UtilizationReviewPerformed': {
      const d = event.data;
      return `${capitalised(d.kind)} review (${excerpt(`${d.criteriaSet.name} ${d.criteriaSet.version}`)}): criteria ${d.criteriaMet ? 'met' : 'not met'}, ${d.levelOfCare}`;
    }
    case 'PayerDeterminationRecorded': {
      const d = event.data;
      const days = d.authorizedDays === undefined ? '' : `, ${d.authorizedDays} days authorized`;
      return `Payer determination from ${excerpt(d.payer)}: ${d.decision}${days}`;
    }
    case 'AvoidableDayRecorded':
      return `Avoidable day ${event.data.date} (${event.data.responsibleParty}): ${excerpt(event.data.reason.text)}`;
    case 'PayerReportSubmitted': {
      const d = event.data;
      return `Report sent to ${excerpt(d.payer)}: ${excerpt(d.reportType)}, ${d.period.from} to ${d.period.to} (${d.purpose})`;
    }
    case 'HandoffInitiated':
      return `Handoff to ${event.data.to.userId} initiated (${event.data.ipass.illnessSeverity})`;
    case 'HandoffAccepted':
      return `Handoff to ${receiverOf(lookup.entity(event.data.handoffId))} accepted`;
    case 'HandoffDeclined':
      return `Handoff to ${receiverOf(lookup.entity(event.data.handoffId))} declined: ${excerpt(event.data.reason.text)}`;
    case 'DischargePlanUpdated': {
      const d = event.data;
      const parts = [
        d.plannedDisposition ? `planned ${d.plannedDisposition}` : undefined,
        d.expectedDate ? `expected ${d.expectedDate}` : undefined,
        `${d.barriers.length} barrier${d.barriers.length === 1 ? '' : 's'}`,
      ].filter((part) => part !== undefined);
      return `Discharge plan updated: ${parts.join(', ')}`;
    }
    case 'DischargeDecisionMade':
      return `Discharge decision: ${event.data.decision}${event.data.disposition ? ` (${event.data.disposition})` : ''}`;
    case 'PatientDischarged':
      return `Discharged ${dischargedTo[event.data.disposition]}`;
    case 'EntryCorrected': {
      const target = lookup.eventType(event.data.targetEventId);
      const fields = Object.keys(event.data.correctedData).sort().join(', ');
      return `Corrected ${target ? typeLabel(target).toLowerCase() : 'entry'}: ${fields}`;
    }
    case 'EntryMarkedInError': {
      const target = lookup.eventType(event.data.targetEventId);
      return `Marked in error: ${target ? typeLabel(target).toLowerCase() : 'entry'} (${excerpt(event.data.reason.text)})`;
    }
    case 'AmendmentRequested': {
      const count = event.data.targetEventIds.length;
      return `Amendment requested by the ${event.data.requestedBy.kind.replace('-', ' ')} for ${count} entr${count === 1 ? 'y' : 'ies'}; due ${event.data.dueDate}`;
    }
    case 'AmendmentDeadlineExtended':
      return `Amendment deadline extended by ${event.data.extensionDays} days to ${event.data.dueDate}`;
    case 'AmendmentAccepted': {
      const count = event.data.correctionEventIds.length;
      return `Amendment accepted: ${count} correction${count === 1 ? '' : 's'} linked`;
    }
    case 'AmendmentDenied':
      return `Amendment denied: ${event.data.basis.replaceAll('-', ' ')}`;
    case 'DisagreementStatementFiled':
      return `Statement of disagreement filed by the ${event.data.filedBy.kind.replace('-', ' ')}`;
    case 'AmendmentRebuttalRecorded':
      return 'Rebuttal of the statement of disagreement recorded';
    default: {
      const _exhaustive: never = event;
      return 'Entry recorded';
    }
  }
}
