import type { CaseEvent, CaseEventType } from '../events/catalogue.js';
import type { AmendmentState, CaseState, EntryState } from './case-state.js';

type Identified = CaseEvent & {
  readonly id?: string | undefined;
  readonly revision?: number | undefined;
};

function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

function update<V>(
  record: Readonly<Record<string, V>>,
  key: string,
  change: (value: V) => V,
): Readonly<Record<string, V>> {
  const current = record[key];
  return current === undefined ? record : { ...record, [key]: change(current) };
}

/** A step of an amendment request: the request's state with these fields changed. */
function amend(state: CaseState, amendmentId: string, change: Partial<AmendmentState>): CaseState {
  return {
    ...state,
    amendments: update(state.amendments, amendmentId, (amendment) => ({ ...amendment, ...change })),
  };
}

/** The entry a correction or in-error mark acts on. */
function targetOf(event: CaseEvent): string | undefined {
  return event.type === 'EntryCorrected' || event.type === 'EntryMarkedInError'
    ? event.data.targetEventId
    : undefined;
}

/** The entity an event creates, so that marking the event in error can drop it. */
function entityIdOf(event: CaseEvent): string | undefined {
  if (event.type === 'CarePlanDrafted') return event.data.carePlanId;
  if (event.type === 'GoalSet') return event.data.goalId;
  if (event.type === 'ProblemIdentified') return event.data.problemId;
  if (event.type === 'InterventionPlanned') return event.data.interventionId;
  if (event.type === 'AssessmentRecorded') return event.data.assessmentId;
  if (event.type === 'UtilizationReviewPerformed') return event.data.reviewId;
  if (event.type === 'HandoffInitiated') return event.data.handoffId;
  if (event.type === 'DischargeDecisionMade') return event.data.decisionId;
  return undefined;
}

/** How an entity entered in error leaves the state: it no longer exists for decisions. */
const dropEntityCreatedBy: Readonly<
  Partial<Record<CaseEventType, (state: CaseState, id: string) => CaseState>>
> = {
  CarePlanDrafted: (state, id) =>
    state.carePlan?.carePlanId === id ? { ...state, carePlan: null } : state,
  GoalSet: (state, id) => ({ ...state, goals: without(state.goals, id) }),
  ProblemIdentified: (state, id) => ({ ...state, problems: without(state.problems, id) }),
  InterventionPlanned: (state, id) => ({
    ...state,
    interventions: without(state.interventions, id),
  }),
  AssessmentRecorded: (state, id) => ({ ...state, assessments: without(state.assessments, id) }),
  UtilizationReviewPerformed: (state, id) => ({ ...state, reviews: without(state.reviews, id) }),
  HandoffInitiated: (state, id) => ({ ...state, handoffs: without(state.handoffs, id) }),
  DischargeDecisionMade: (state, id) => ({
    ...state,
    dischargeDecisions: state.dischargeDecisions.filter((decision) => decision.decisionId !== id),
  }),
};

function dropEntity(state: CaseState, entry: EntryState): CaseState {
  const drop = dropEntityCreatedBy[entry.type];
  return drop && entry.entityId !== undefined ? drop(state, entry.entityId) : state;
}

function applyEvent(state: CaseState, event: Identified): CaseState {
  switch (event.type) {
    case 'CaseOpened':
      return {
        ...state,
        status: 'open',
        caseId: event.data.caseId,
        patientId: event.data.patientId,
        admittedAt: event.data.admittedAt,
        primaryCaseManager: event.data.primaryCaseManager,
      };
    case 'CaseClosed':
      return { ...state, status: 'closed' };
    case 'AssessmentRecorded':
      return {
        ...state,
        assessments: {
          ...state.assessments,
          [event.data.assessmentId]: { instrument: event.data.instrument.code },
        },
      };
    case 'ProblemIdentified':
      return {
        ...state,
        problems: { ...state.problems, [event.data.problemId]: { status: 'active' } },
      };
    case 'ProblemResolved':
      return {
        ...state,
        problems: update(state.problems, event.data.problemId, () => ({
          status: 'resolved' as const,
        })),
      };
    case 'CarePlanDrafted':
      return { ...state, carePlan: { carePlanId: event.data.carePlanId, status: 'draft' } };
    case 'CarePlanActivated':
    case 'CarePlanResumed':
      return state.carePlan
        ? { ...state, carePlan: { ...state.carePlan, status: 'active' } }
        : state;
    case 'CarePlanSuspended':
      return state.carePlan
        ? { ...state, carePlan: { ...state.carePlan, status: 'on-hold' } }
        : state;
    case 'CarePlanClosed':
      return state.carePlan
        ? { ...state, carePlan: { ...state.carePlan, status: event.data.outcome } }
        : state;
    case 'GoalSet':
      return {
        ...state,
        goals: { ...state.goals, [event.data.goalId]: { status: event.data.lifecycleStatus } },
      };
    case 'GoalStatusChanged':
      return {
        ...state,
        goals: update(state.goals, event.data.goalId, () => ({ status: event.data.to })),
      };
    case 'InterventionPlanned':
      return {
        ...state,
        interventions: {
          ...state.interventions,
          [event.data.interventionId]: { status: 'scheduled' },
        },
      };
    case 'InterventionStatusChanged':
      return {
        ...state,
        interventions: update(state.interventions, event.data.interventionId, () => ({
          status: event.data.to,
        })),
      };
    case 'CareTeamMemberAssigned':
      return {
        ...state,
        careTeam: {
          ...state.careTeam,
          [event.data.memberId]: { role: event.data.role, from: event.data.from },
        },
      };
    case 'CareTeamMemberReleased':
      return { ...state, careTeam: without(state.careTeam, event.data.memberId) };
    case 'UtilizationReviewPerformed':
      return {
        ...state,
        reviews: {
          ...state.reviews,
          [event.data.reviewId]: { criteriaMet: event.data.criteriaMet },
        },
      };
    case 'HandoffInitiated':
      return {
        ...state,
        handoffs: {
          ...state.handoffs,
          [event.data.handoffId]: {
            status: 'open',
            fromUserId: event.data.from.userId,
            to: { userId: event.data.to.userId, name: event.data.to.name },
            transfersPrimary: event.data.transfersPrimary,
          },
        },
      };
    case 'HandoffAccepted': {
      const handoff = state.handoffs[event.data.handoffId];
      if (!handoff) return state;
      // The one place the primary case manager changes.
      const primaryCaseManager = handoff.transfersPrimary ? handoff.to : state.primaryCaseManager;
      return {
        ...state,
        primaryCaseManager,
        handoffs: { ...state.handoffs, [event.data.handoffId]: { ...handoff, status: 'accepted' } },
      };
    }
    case 'HandoffDeclined':
      return {
        ...state,
        handoffs: update(state.handoffs, event.data.handoffId, (handoff) => ({
          ...handoff,
          status: 'declined' as const,
        })),
      };
    case 'DischargeDecisionMade':
      return {
        ...state,
        dischargeDecisions: [
          ...state.dischargeDecisions,
          {
            decisionId: event.data.decisionId,
            decision: event.data.decision,
            disposition: event.data.disposition,
          },
        ],
      };
    case 'PatientDischarged':
      return { ...state, discharged: true };
    case 'EntryMarkedInError': {
      const target = state.entries[event.data.targetEventId];
      if (!target) return state;
      const marked = {
        ...state,
        entries: { ...state.entries, [event.data.targetEventId]: { ...target, inError: true } },
      };
      return dropEntity(marked, target);
    }
    case 'AmendmentRequested':
      return {
        ...state,
        amendments: {
          ...state.amendments,
          [event.data.amendmentId]: {
            targetEventIds: event.data.targetEventIds,
            dueDate: event.data.dueDate,
            extended: false,
            status: 'pending',
            statementFiled: false,
            rebuttalRecorded: false,
          },
        },
      };
    case 'AmendmentDeadlineExtended':
      return amend(state, event.data.amendmentId, { dueDate: event.data.dueDate, extended: true });
    case 'AmendmentAccepted':
      return amend(state, event.data.amendmentId, { status: 'accepted' });
    case 'AmendmentDenied':
      return amend(state, event.data.amendmentId, { status: 'denied' });
    case 'DisagreementStatementFiled':
      return amend(state, event.data.amendmentId, { statementFiled: true });
    case 'AmendmentRebuttalRecorded':
      return amend(state, event.data.amendmentId, { rebuttalRecorded: true });
    case 'RiskStratified':
    case 'CarePlanRevised':
    case 'GoalProgressRecorded':
    case 'ContactLogged':
    case 'EducationProvided':
    case 'PayerDeterminationRecorded':
    case 'AvoidableDayRecorded':
    case 'PayerReportSubmitted':
    case 'DischargePlanUpdated':
      // Records that change no state a rule depends on.
      return state;
    case 'EntryCorrected':
      // Corrections never touch state-bearing fields; the target learns which is its latest.
      return {
        ...state,
        entries: update(state.entries, event.data.targetEventId, (target) => ({
          ...target,
          correctionRevision: event.revision ?? null,
        })),
      };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** Folds one case event into the state; a stored event's `id` and revision are remembered so corrections can target it and decisions pin it. */
export function evolveCase(state: CaseState, event: Identified): CaseState {
  const next = applyEvent(state, event);
  if (event.id === undefined) return next;
  return {
    ...next,
    entries: {
      ...next.entries,
      [event.id]: {
        type: event.type,
        inError: false,
        entityId: entityIdOf(event),
        revision: event.revision ?? null,
        correctionRevision: null,
        targetEventId: targetOf(event),
      },
    },
  };
}
