import type { InterventionTemplate, ProblemTemplate, ProgramProfile } from '../clinical-content.js';
import type { StaffMember, SyntheticIdentity } from '../synthetic-people.js';

export type AdmissionType = 'planned' | 'unplanned' | 'emergency';
export type Disposition =
  'home' | 'alt-home' | 'other-hcf' | 'hosp' | 'long' | 'psy' | 'rehab' | 'snf' | 'oth';
export type GoalStatus = 'proposed' | 'active' | 'on-hold' | 'completed' | 'cancelled';
export type InterventionStatus =
  'scheduled' | 'in-progress' | 'completed' | 'cancelled' | 'stopped';

/** What the patient journey tells an episode (one case, from referral to closure). */
export interface EpisodeInput {
  readonly patientId: string;
  readonly caseId: string;
  readonly identity: SyntheticIdentity;
  readonly program: ProgramProfile;
  readonly admissionType: AdmissionType;
  readonly admittedAt: number;
  readonly primary: StaffMember;
  readonly payer: string;
  readonly readmission: boolean;
  readonly familyCaregiverId: string;
  /** Rare turns of this episode, decided by the journey so that a small cohort still shows each. */
  readonly rare: {
    readonly icu: boolean;
    readonly duplicateEntry: boolean;
    readonly correction: boolean;
    readonly correctionAfterClosure: boolean;
    /** The patient asks to amend the record after closure: one request accepted, one denied. */
    readonly amendment: boolean;
  };
}

export interface EpisodeResult {
  readonly dischargedAt: number;
  readonly closedAt: number;
  readonly laceAtDischarge: number;
  readonly primary: StaffMember;
}

export interface Problem {
  readonly problemId: string;
  readonly template: ProblemTemplate;
}

export interface Goal {
  readonly goalId: string;
  readonly problem: Problem;
  status: GoalStatus;
  progress: number;
}

export interface Intervention {
  readonly interventionId: string;
  readonly template: InterventionTemplate;
  status: InterventionStatus;
}

/** A recorded assessment: the event id (evidence cites it) and its total. */
export interface Scored {
  readonly eventId: string;
  readonly assessmentId: string;
  readonly total: number;
}
