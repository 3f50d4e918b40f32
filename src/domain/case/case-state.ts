import type { CaseEventType } from '../events/catalogue.js';
import type {
  CarePlanStatus,
  CareTeamRole,
  GoalLifecycleStatus,
  InterventionStatus,
} from '../value-sets.js';

/** A user as the case names them. */
export interface UserRef {
  readonly userId: string;
  readonly name?: string | undefined;
}

/** An event of this stream, learnt from its envelope id, so corrections can target it. */
export interface EntryState {
  readonly type: CaseEventType;
  readonly inError: boolean;
  /** The id of the entity the entry created, if it created one (goalId, handoffId, …). */
  readonly entityId?: string | undefined;
  /** Its stream revision; null where the event was folded without one (never guessed). */
  readonly revision: number | null;
  /** The revision of the latest correction of it, if it was corrected. */
  readonly correctionRevision: number | null;
  /** For corrections and in-error marks: the entry they act on. */
  readonly targetEventId?: string | undefined;
}

/** Where a patient's amendment request stands (HIPAA 164.526). */
export interface AmendmentState {
  readonly targetEventIds: readonly string[];
  /** The date (YYYY-MM-DD) by which it must be acted on, extension included. */
  readonly dueDate: string;
  readonly extended: boolean;
  readonly status: 'pending' | 'accepted' | 'denied';
  readonly statementFiled: boolean;
  readonly rebuttalRecorded: boolean;
}

export interface HandoffState {
  readonly status: 'open' | 'accepted' | 'declined';
  readonly fromUserId: string;
  readonly to: UserRef;
  readonly transfersPrimary: boolean;
}

export interface DischargeDecisionState {
  readonly decisionId: string;
  readonly decision: 'ready' | 'not-ready' | 'delayed';
  readonly disposition?: string | undefined;
}

/** What the case decider knows of one case stream; entities marked in error are dropped. */
export interface CaseState {
  readonly status: 'none' | 'open' | 'closed';
  readonly caseId: string | null;
  readonly patientId: string | null;
  readonly admittedAt: string | null;
  readonly primaryCaseManager: UserRef | null;
  readonly carePlan: { readonly carePlanId: string; readonly status: CarePlanStatus } | null;
  readonly problems: Readonly<Record<string, { readonly status: 'active' | 'resolved' }>>;
  readonly goals: Readonly<Record<string, { readonly status: GoalLifecycleStatus }>>;
  readonly interventions: Readonly<Record<string, { readonly status: InterventionStatus }>>;
  readonly assessments: Readonly<Record<string, { readonly instrument: string }>>;
  readonly reviews: Readonly<Record<string, { readonly criteriaMet: boolean }>>;
  /** Current members by userId. */
  readonly careTeam: Readonly<
    Record<string, { readonly role: CareTeamRole; readonly from: string }>
  >;
  readonly handoffs: Readonly<Record<string, HandoffState>>;
  /** In order of recording; the last one is the one in force. */
  readonly dischargeDecisions: readonly DischargeDecisionState[];
  readonly discharged: boolean;
  readonly entries: Readonly<Record<string, EntryState>>;
  readonly amendments: Readonly<Record<string, AmendmentState>>;
}

/** The state of a case stream before its first event. */
export function initialCaseState(): CaseState {
  return {
    status: 'none',
    caseId: null,
    patientId: null,
    admittedAt: null,
    primaryCaseManager: null,
    carePlan: null,
    problems: {},
    goals: {},
    interventions: {},
    assessments: {},
    reviews: {},
    careTeam: {},
    handoffs: {},
    dischargeDecisions: [],
    discharged: false,
    entries: {},
    amendments: {},
  };
}

/** The discharge decision in force, if any. */
export function latestDischargeDecision(state: CaseState): DischargeDecisionState | undefined {
  return state.dischargeDecisions.at(-1);
}
