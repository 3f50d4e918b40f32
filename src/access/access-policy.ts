import { amendmentCommandTypes, type CaretrailCommand } from '../domain/commands/index.js';
import type { Actor, Role } from '../domain/values.js';

/**
 * caretrail's access model (design: "Access (PHI)") as pure rules over what the caller is, what
 * the care-team membership read model says, and the time. Every path to patient data asks here.
 */

/** What a role may read. */
export type ReadScope =
  /** Cases whose care team they are on now (and patients through those cases). */
  | 'care-team'
  /** Every case and patient, identified, including history and access logs. */
  | 'everything'
  /** Every case and patient, de-identified: pseudonymous ids, no names, MRNs, birth dates or free text. */
  | 'de-identified'
  /** No patient data at all: operations only. */
  | 'none';

export const readScopeOf: Readonly<Record<Role, ReadScope>> = {
  case_manager: 'care-team',
  clinician: 'care-team',
  auditor: 'everything',
  quality_analyst: 'de-identified',
  admin: 'none',
};

type CommandType = CaretrailCommand['type'];

/** Clinical documentation: what a clinician on the care team records. */
const clinicalDocumentation: readonly CommandType[] = [
  'RecordAssessment',
  'StratifyRisk',
  'IdentifyProblem',
  'ResolveProblem',
  'RecordGoalProgress',
  'PlanIntervention',
  'UpdateInterventionStatus',
  'LogContact',
  'RecordEducation',
  'InitiateHandoff',
  'AcceptHandoff',
  'DeclineHandoff',
  'RecordDischargeDecision',
  'RecordConsent',
  'RevokeConsent',
  'CorrectEntry',
  'MarkEntryInError',
  // The patient's right to amend (HIPAA 164.526): handled by the team that keeps the record.
  ...amendmentCommandTypes,
];

/** Every command a case manager may send: they run the case, from registration to closure. */
const caseManagement: readonly CommandType[] = [
  ...clinicalDocumentation,
  'RegisterPatient',
  'UpdatePatientDetails',
  'OpenCase',
  'CloseCase',
  'DraftCarePlan',
  'ActivateCarePlan',
  'ReviseCarePlan',
  'SuspendCarePlan',
  'ResumeCarePlan',
  'CloseCarePlan',
  'SetGoal',
  'ChangeGoalStatus',
  'AssignCareTeamMember',
  'ReleaseCareTeamMember',
  'PerformUtilizationReview',
  'RecordPayerDetermination',
  'RecordAvoidableDay',
  'SubmitPayerReport',
  'UpdateDischargePlan',
  'DischargePatient',
];

/** The kinds of record each role may make; auditors, quality analysts and admins record nothing. */
export const recordableBy: Readonly<Record<Role, ReadonlySet<CommandType>>> = {
  case_manager: new Set(caseManagement),
  clinician: new Set(clinicalDocumentation),
  auditor: new Set(),
  quality_analyst: new Set(),
  admin: new Set(),
};

/**
 * Commands that create what the care team would guard (a patient, a case): a case manager records
 * them at intake, before there is any care team to be on.
 */
export const intakeCommands: ReadonlySet<CommandType> = new Set(['RegisterPatient', 'OpenCase']);

/** Only auditors read the access log: who read which patient's data, when and why. */
export function readsAccessLog(role: Role): boolean {
  return role === 'auditor';
}

/**
 * Outcome measures are for those who read every record (auditors) or every record de-identified
 * (quality analysts), and so are the de-identified outcome exports: care-team roles see their own
 * teams' cases only, admins no patient data.
 */
export function readsOutcomes(role: Role): boolean {
  const scope = readScopeOf[role];
  return scope === 'everything' || scope === 'de-identified';
}

/** Emergency access is for those who treat: a care-team role off the patient's teams. */
export function mayBreakGlass(role: Role): boolean {
  return readScopeOf[role] === 'care-team';
}

/** The longest emergency access, in minutes; it may be granted again with a new reason. */
export const maxEmergencyMinutes = 240;

/** One period of a user's care-team membership, as the membership read model holds it. */
export interface MembershipPeriod {
  readonly caseId: string;
  readonly patientId: string;
  /** UTC ISO instants; `until` null while the member is on the team. */
  readonly from: string;
  readonly until: string | null;
}

/** A time-limited emergency ("break-glass") read of one patient's record. */
export interface EmergencyAccess {
  readonly patientId: string;
  readonly grantedAt: string;
  readonly expiresAt: string;
  /** Why it was needed, as given when it was granted. */
  readonly reason: { readonly text: string; readonly code?: string };
}

/** A handoff waiting for the caller to accept or decline it. */
export interface HandoffOffer {
  readonly caseId: string;
  readonly patientId: string;
}

/** What the caller may reach at this moment: memberships, handoffs offered, emergency accesses. */
export interface AccessFacts {
  readonly memberships: readonly MembershipPeriod[];
  readonly handoffOffers: readonly HandoffOffer[];
  readonly emergencyAccesses: readonly EmergencyAccess[];
  /** UTC ISO instant of the request. */
  readonly now: string;
}

/** On the team at `now`: from is reached and until (exclusive) is not. */
export function isCurrent(period: MembershipPeriod, now: string): boolean {
  return period.from <= now && (period.until === null || now < period.until);
}

function emergencyCovers(facts: AccessFacts, patientId: string): boolean {
  return facts.emergencyAccesses.some(
    (access) =>
      access.patientId === patientId &&
      access.grantedAt <= facts.now &&
      facts.now < access.expiresAt,
  );
}

/** How a caller reaches a case or a patient, if at all: the access audit records which. */
export type AccessBasis = 'care-team' | 'handoff' | 'emergency' | 'role';

/** Handoffs that add a command to those a role records, for the receiver of an open offer. */
const settlingAHandoff: ReadonlySet<CommandType> = new Set(['AcceptHandoff', 'DeclineHandoff']);

/** The basis on which a role reaches a record, given how to recognise that record's facts. */
function readBasis(
  actor: Actor,
  facts: AccessFacts,
  record: {
    readonly patientId: string;
    readonly membership: (period: MembershipPeriod) => boolean;
    readonly offer: (offer: HandoffOffer) => boolean;
  },
): AccessBasis | null {
  switch (readScopeOf[actor.role]) {
    case 'everything':
    case 'de-identified':
      return 'role';
    case 'none':
      return null;
    case 'care-team':
      if (facts.memberships.some((m) => record.membership(m) && isCurrent(m, facts.now)))
        return 'care-team';
      if (facts.handoffOffers.some(record.offer)) return 'handoff';
      return emergencyCovers(facts, record.patientId) ? 'emergency' : null;
  }
}

/** May this caller read this case (of this patient) now, and on what basis? Null: no. */
export function caseReadBasis(
  actor: Actor,
  facts: AccessFacts,
  target: { readonly caseId: string; readonly patientId: string },
): AccessBasis | null {
  return readBasis(actor, facts, {
    patientId: target.patientId,
    membership: (m) => m.caseId === target.caseId,
    offer: (offer) => offer.caseId === target.caseId,
  });
}

/** May this caller read this patient's record (registration, and cases they may read) now? */
export function patientReadBasis(
  actor: Actor,
  facts: AccessFacts,
  patientId: string,
): AccessBasis | null {
  return readBasis(actor, facts, {
    patientId,
    membership: (m) => m.patientId === patientId,
    offer: (offer) => offer.patientId === patientId,
  });
}

/**
 * Which of a patient's cases this caller may read now: all of them (a role that reads everything,
 * or an emergency access to the patient), only these (the teams they are on and the handoffs
 * offered to them), or null when they may not read the patient at all.
 */
export function readableCasesOfPatient(
  actor: Actor,
  facts: AccessFacts,
  patientId: string,
): 'all' | readonly string[] | null {
  const basis = patientReadBasis(actor, facts, patientId);
  if (basis === null) return null;
  if (basis === 'role' || emergencyCovers(facts, patientId)) return 'all';
  const reached = [
    ...facts.memberships
      .filter((m) => m.patientId === patientId && isCurrent(m, facts.now))
      .map((m) => m.caseId),
    ...facts.handoffOffers.filter((o) => o.patientId === patientId).map((o) => o.caseId),
  ];
  return [...new Set(reached)];
}

/** Why a write is refused; `hidden` is told to the caller exactly as "no such case or patient". */
export type WriteRefusal = 'hidden' | 'forbidden';

/**
 * May this caller record this command now? A write needs a role that records its kind and, except
 * at intake, current membership of the case's team (or, for the patient record, of a team of one
 * of the patient's cases); the receiver of an open handoff may also accept or decline it.
 * Emergency access is read-only.
 */
export function writeRefusal(
  actor: Actor,
  facts: AccessFacts,
  command: CaretrailCommand,
): WriteRefusal | null {
  const recordable = recordableBy[actor.role];
  if (recordable.size === 0) return 'forbidden';
  if (intakeCommands.has(command.type)) return recordable.has(command.type) ? null : 'forbidden';
  const member =
    'caseId' in command
      ? facts.memberships.some((m) => m.caseId === command.caseId && isCurrent(m, facts.now)) ||
        (settlingAHandoff.has(command.type) &&
          facts.handoffOffers.some((offer) => offer.caseId === command.caseId))
      : facts.memberships.some((m) => m.patientId === command.patientId && isCurrent(m, facts.now));
  if (!member) return 'hidden';
  return recordable.has(command.type) ? null : 'forbidden';
}
