import { evidenceIds } from '../../src/domain/events/evidence.js';
import type { ProjectedEvent } from '../projection.js';
import type {
  AssessmentSeriesView,
  CarePlanView,
  CaseView,
  HandoffView,
  PrimaryCaseManagerView,
} from './case-view-types.js';
import { applyAmendmentEvent } from './apply-amendment.js';
import { applyCorrection, applyInErrorMark, entryMeta } from './entry-corrections.js';
import { insertByOccurredAt } from './valid-time-order.js';

type CaseEventOf<T extends ProjectedEvent['type']> = Extract<ProjectedEvent, { type: T }>;

function updateWhere<T>(
  list: readonly T[],
  matches: (item: T) => boolean,
  change: (item: T) => T,
): T[] {
  return list.map((item) => (matches(item) ? change(item) : item));
}

function updatePlan(
  view: CaseView,
  carePlanId: string,
  change: (plan: CarePlanView) => CarePlanView,
): CaseView {
  return view.carePlan?.carePlanId === carePlanId
    ? { ...view, carePlan: change(view.carePlan) }
    : view;
}

function changePlanStatus(
  view: CaseView,
  event: ProjectedEvent,
  carePlanId: string,
  status: CarePlanView['status'],
  reason: CarePlanView['statusHistory'][number]['reason'],
): CaseView {
  return updatePlan(view, carePlanId, (plan) => ({
    ...plan,
    status,
    statusHistory: [...plan.statusHistory, { status, reason, ...entryMeta(event) }],
  }));
}

/** A local instrument is told apart by name, since its range is its own. */
function seriesKey(instrument: CaseEventOf<'AssessmentRecorded'>['data']['instrument']): string {
  return instrument.code === 'custom' ? `custom:${instrument.name}` : instrument.code;
}

function addAssessment(view: CaseView, event: CaseEventOf<'AssessmentRecorded'>): CaseView {
  const { data } = event;
  const entry = {
    assessmentId: data.assessmentId,
    instrument: data.instrument,
    total: data.total,
    band: data.band ?? null,
    notes: data.notes ?? null,
    ...entryMeta(event),
  };
  const key = seriesKey(data.instrument);
  const existing = view.assessments.find((series) => series.instrument === key);
  const series: AssessmentSeriesView = {
    instrument: key,
    entries: insertByOccurredAt(existing?.entries ?? [], entry),
  };
  // Series sorted by instrument, so the order never depends on which came first.
  const assessments = [...view.assessments.filter((s) => s.instrument !== key), series].sort(
    (a, b) => (a.instrument < b.instrument ? -1 : a.instrument > b.instrument ? 1 : 0),
  );
  return { ...view, assessments };
}

function settleHandoff(
  view: CaseView,
  handoffId: string,
  settle: (handoff: HandoffView) => HandoffView,
): CaseView {
  const handoff = view.handoffs.open.find((h) => h.handoffId === handoffId);
  if (!handoff) return view;
  return {
    ...view,
    handoffs: {
      open: view.handoffs.open.filter((h) => h !== handoff),
      past: [...view.handoffs.past, settle(handoff)],
    },
  };
}

function acceptHandoff(view: CaseView, event: CaseEventOf<'HandoffAccepted'>): CaseView {
  const handoff = view.handoffs.open.find((h) => h.handoffId === event.data.handoffId);
  const settled = settleHandoff(view, event.data.handoffId, (h) => ({
    ...h,
    status: 'accepted',
    settlement: {
      outcome: 'accepted',
      synthesis: event.data.synthesis,
      reason: null,
      ...entryMeta(event),
    },
  }));
  const previous = view.primaryCaseManager;
  if (!handoff?.transfersPrimary || !previous) return settled;
  // The one place the primary case manager changes, as in the decider.
  const primaryCaseManager: PrimaryCaseManagerView = {
    userId: handoff.to.userId,
    name: handoff.to.name ?? null,
    since: event.occurredAt,
    handoffId: handoff.handoffId,
    sinceEventId: event.id,
  };
  return {
    ...settled,
    primaryCaseManager,
    primaryCaseManagerHistory: [
      ...view.primaryCaseManagerHistory,
      { ...previous, until: event.occurredAt, untilEventId: event.id },
    ],
  };
}

/** The domain part of evolving the view: one event's change, before derived fields are refreshed. */
export function applyCaseEvent(view: CaseView, event: ProjectedEvent): CaseView {
  switch (event.type) {
    case 'CaseOpened': {
      const { data } = event;
      return {
        ...view,
        caseId: data.caseId,
        patientId: data.patientId,
        status: 'open',
        opening: {
          program: data.program,
          referralSource: data.referralSource,
          admittedAt: data.admittedAt,
          admissionType: data.admissionType,
          ...entryMeta(event),
        },
        primaryCaseManager: {
          userId: data.primaryCaseManager.userId,
          name: data.primaryCaseManager.name ?? null,
          since: event.occurredAt,
          handoffId: null,
          sinceEventId: event.id,
        },
      };
    }
    case 'CaseClosed':
      return {
        ...view,
        status: 'closed',
        closure: { reason: event.data.reason, outcome: event.data.outcome, ...entryMeta(event) },
      };
    case 'AssessmentRecorded':
      return addAssessment(view, event);
    case 'RiskStratified':
      return {
        ...view,
        riskStratifications: insertByOccurredAt(view.riskStratifications, {
          stratificationId: event.data.stratificationId,
          tier: event.data.tier,
          basis: event.data.basis,
          assessmentIds: event.data.assessmentIds,
          ...entryMeta(event),
        }),
      };
    case 'ProblemIdentified':
      return {
        ...view,
        problems: [
          ...view.problems,
          {
            problemId: event.data.problemId,
            status: 'active',
            description: event.data.description,
            category: event.data.category,
            code: event.data.code ?? null,
            resolved: null,
            ...entryMeta(event),
          },
        ],
      };
    case 'ProblemResolved':
      return {
        ...view,
        problems: updateWhere(
          view.problems,
          (problem) => problem.problemId === event.data.problemId,
          (problem) => ({
            ...problem,
            status: 'resolved',
            resolved: { resolution: event.data.resolution ?? null, ...entryMeta(event) },
          }),
        ),
      };
    case 'CarePlanDrafted':
      return {
        ...view,
        previousCarePlans: view.carePlan
          ? [...view.previousCarePlans, view.carePlan]
          : view.previousCarePlans,
        carePlan: {
          carePlanId: event.data.carePlanId,
          status: 'draft',
          title: event.data.title,
          description: event.data.description ?? null,
          period: event.data.period ?? null,
          revisionCount: 0,
          latestRevision: null,
          statusHistory: [],
          revisions: [],
          ...entryMeta(event),
        },
      };
    case 'CarePlanActivated':
      return changePlanStatus(view, event, event.data.carePlanId, 'active', null);
    case 'CarePlanResumed':
      return changePlanStatus(view, event, event.data.carePlanId, 'active', null);
    case 'CarePlanSuspended':
      return changePlanStatus(view, event, event.data.carePlanId, 'on-hold', event.data.reason);
    case 'CarePlanClosed':
      return changePlanStatus(
        view,
        event,
        event.data.carePlanId,
        event.data.outcome,
        event.data.reason,
      );
    case 'CarePlanRevised':
      return updatePlan(view, event.data.carePlanId, (plan) => ({
        ...plan,
        revisions: insertByOccurredAt(plan.revisions, {
          summary: event.data.summary,
          changes: event.data.changes,
          triggeringEventIds: evidenceIds(event.data.evidence),
          reason: event.data.reason,
          ...entryMeta(event),
        }),
      }));
    case 'GoalSet':
      return {
        ...view,
        goals: [
          ...view.goals,
          {
            goalId: event.data.goalId,
            description: event.data.description,
            target: event.data.target,
            due: event.data.target.dueDate ?? null,
            priority: event.data.priority,
            addresses: event.data.addresses,
            lifecycleStatus: event.data.lifecycleStatus,
            achievementStatus: null,
            progress: [],
            ...entryMeta(event),
          },
        ],
      };
    case 'GoalProgressRecorded':
      return {
        ...view,
        goals: updateWhere(
          view.goals,
          (goal) => goal.goalId === event.data.goalId,
          (goal) => ({
            ...goal,
            progress: insertByOccurredAt(goal.progress, {
              achievementStatus: event.data.achievementStatus,
              evidence: event.data.evidence,
              ...entryMeta(event),
            }),
          }),
        ),
      };
    case 'GoalStatusChanged':
      return {
        ...view,
        goals: updateWhere(
          view.goals,
          (goal) => goal.goalId === event.data.goalId,
          (goal) => ({ ...goal, lifecycleStatus: event.data.to }),
        ),
      };
    case 'InterventionPlanned':
      return {
        ...view,
        interventions: [
          ...view.interventions,
          {
            interventionId: event.data.interventionId,
            kind: event.data.kind,
            description: event.data.description,
            performer: event.data.performer,
            due: event.data.due ?? null,
            goalIds: event.data.goalIds,
            status: 'scheduled',
            outcome: null,
            statusHistory: [],
            ...entryMeta(event),
          },
        ],
      };
    case 'InterventionStatusChanged':
      return {
        ...view,
        interventions: updateWhere(
          view.interventions,
          (intervention) => intervention.interventionId === event.data.interventionId,
          (intervention) => ({
            ...intervention,
            status: event.data.to,
            statusHistory: [
              ...intervention.statusHistory,
              {
                from: event.data.from,
                to: event.data.to,
                outcome: event.data.outcome ?? null,
                ...entryMeta(event),
              },
            ],
          }),
        ),
      };
    case 'CareTeamMemberAssigned':
      return {
        ...view,
        careTeam: {
          current: [
            ...view.careTeam.current.filter((member) => member.memberId !== event.data.memberId),
            {
              memberId: event.data.memberId,
              name: event.data.name ?? null,
              role: event.data.role,
              from: event.data.from,
              release: null,
              ...entryMeta(event),
            },
          ],
          past: view.careTeam.past,
        },
      };
    case 'CareTeamMemberReleased': {
      const member = view.careTeam.current.find((m) => m.memberId === event.data.memberId);
      if (!member) return view;
      return {
        ...view,
        careTeam: {
          current: view.careTeam.current.filter((m) => m !== member),
          past: [
            ...view.careTeam.past,
            { ...member, release: { until: event.data.until, ...entryMeta(event) } },
          ],
        },
      };
    }
    case 'ContactLogged':
      return {
        ...view,
        contacts: insertByOccurredAt(view.contacts, {
          contactId: event.data.contactId,
          party: event.data.party,
          channel: event.data.channel,
          direction: event.data.direction,
          reached: event.data.reached,
          purpose: event.data.purpose,
          summary: event.data.summary,
          ...entryMeta(event),
        }),
      };
    case 'EducationProvided':
      return {
        ...view,
        education: insertByOccurredAt(view.education, {
          educationId: event.data.educationId,
          topic: event.data.topic,
          recipient: event.data.recipient,
          method: event.data.method,
          teachBack: event.data.teachBack,
          notes: event.data.notes ?? null,
          ...entryMeta(event),
        }),
      };
    case 'UtilizationReviewPerformed':
      return {
        ...view,
        utilizationReviews: insertByOccurredAt(view.utilizationReviews, {
          reviewId: event.data.reviewId,
          kind: event.data.kind,
          criteriaSet: event.data.criteriaSet,
          criteriaMet: event.data.criteriaMet,
          levelOfCare: event.data.levelOfCare,
          nextReviewDue: event.data.nextReviewDue ?? null,
          evidenceEventIds: evidenceIds(event.data.evidence),
          notes: event.data.notes ?? null,
          ...entryMeta(event),
        }),
      };
    case 'PayerDeterminationRecorded':
      return {
        ...view,
        payerDeterminations: insertByOccurredAt(view.payerDeterminations, {
          determinationId: event.data.determinationId,
          payer: event.data.payer,
          authorizationNumber: event.data.authorizationNumber ?? null,
          decision: event.data.decision,
          authorizedDays: event.data.authorizedDays ?? null,
          denialReason: event.data.denialReason ?? null,
          reviewId: event.data.reviewId ?? null,
          ...entryMeta(event),
        }),
      };
    case 'AvoidableDayRecorded':
      return {
        ...view,
        avoidableDays: insertByOccurredAt(view.avoidableDays, {
          avoidableDayId: event.data.avoidableDayId,
          date: event.data.date,
          reason: event.data.reason,
          responsibleParty: event.data.responsibleParty,
          ...entryMeta(event),
        }),
      };
    case 'PayerReportSubmitted':
      return {
        ...view,
        payerReports: insertByOccurredAt(view.payerReports, {
          reportId: event.data.reportId,
          payer: event.data.payer,
          reportType: event.data.reportType,
          period: event.data.period,
          contentHash: event.data.contentHash,
          purpose: event.data.purpose,
          ...entryMeta(event),
        }),
      };
    case 'HandoffInitiated':
      return {
        ...view,
        handoffs: {
          open: [
            ...view.handoffs.open,
            {
              handoffId: event.data.handoffId,
              status: 'open',
              kind: event.data.kind,
              from: event.data.from,
              to: event.data.to,
              transfersPrimary: event.data.transfersPrimary,
              ipass: event.data.ipass,
              settlement: null,
              ...entryMeta(event),
            },
          ],
          past: view.handoffs.past,
        },
      };
    case 'HandoffAccepted':
      return acceptHandoff(view, event);
    case 'HandoffDeclined':
      return settleHandoff(view, event.data.handoffId, (handoff) => ({
        ...handoff,
        status: 'declined',
        settlement: {
          outcome: 'declined',
          synthesis: null,
          reason: event.data.reason,
          ...entryMeta(event),
        },
      }));
    case 'DischargePlanUpdated':
      return {
        ...view,
        dischargePlanHistory: insertByOccurredAt(view.dischargePlanHistory, {
          expectedDate: event.data.expectedDate ?? null,
          plannedDisposition: event.data.plannedDisposition ?? null,
          servicesArranged: event.data.servicesArranged,
          followUps: event.data.followUps,
          barriers: event.data.barriers,
          caregiver: event.data.caregiver ?? null,
          patientChoice: event.data.patientChoice ?? null,
          ...entryMeta(event),
        }),
      };
    case 'DischargeDecisionMade':
      return {
        ...view,
        dischargeDecisions: insertByOccurredAt(view.dischargeDecisions, {
          decisionId: event.data.decisionId,
          decision: event.data.decision,
          disposition: event.data.disposition ?? null,
          rationale: event.data.rationale,
          evidenceEventIds: evidenceIds(event.data.evidence),
          ...entryMeta(event),
        }),
      };
    case 'PatientDischarged':
      return {
        ...view,
        discharge: {
          dischargedAt: event.data.dischargedAt,
          disposition: event.data.disposition,
          ...entryMeta(event),
        },
      };
    case 'EntryCorrected':
      return applyCorrection(view, event);
    case 'EntryMarkedInError':
      return applyInErrorMark(view, event);
    case 'AmendmentRequested':
    case 'AmendmentDeadlineExtended':
    case 'AmendmentAccepted':
    case 'AmendmentDenied':
    case 'DisagreementStatementFiled':
    case 'AmendmentRebuttalRecorded':
      return applyAmendmentEvent(view, event);
    case 'PatientRegistered':
    case 'PatientDetailsUpdated':
    case 'ConsentRecorded':
    case 'ConsentRevoked':
      // Patient-stream events are not part of a case's picture.
      return view;
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}
