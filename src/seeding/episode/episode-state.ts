import type { CareTeamRole } from '../../domain/value-sets.js';
import type { Actor } from '../../domain/values.js';
import type { JourneyWriter } from '../journey-writer.js';
import type { Random } from '../random.js';
import { staff, type StaffMember } from '../synthetic-people.js';
import { asCaseManager, asClinician } from './actors.js';
import type { AvoidableCause } from './avoidable-causes.js';
import type {
  Disposition,
  EpisodeInput,
  Goal,
  Intervention,
  Problem,
  Scored,
} from './episode-types.js';

/**
 * Everything one episode knows and remembers: the patient's course drawn up front (in a fixed order
 * of random draws, which the output depends on) and what the steps have recorded so far.
 */
export class EpisodeState {
  readonly random: Random;
  primary: StaffMember;
  readonly team = new Map<string, CareTeamRole>();
  readonly physician: StaffMember;
  readonly nurse: StaffMember;
  readonly members = new Map<CareTeamRole, StaffMember>();
  readonly losDays: number;
  readonly openedAt: number;
  carePlanId = '';
  readonly problems: Problem[] = [];
  readonly goals: Goal[] = [];
  readonly interventions: Intervention[] = [];
  lace: Scored | undefined;
  barthel: Scored | undefined;
  phq: Scored | undefined;
  lastReviewEventId: string | undefined;
  lastContactEventId: string | undefined;
  barthelLevel: number;
  phqLevel: number;
  gadLevel: number;
  readonly screensMood: boolean;
  readonly acute: boolean;
  readonly comorbidity: 0 | 1 | 2 | 3 | 5;
  readonly edVisits: number;
  readonly fellBefore: boolean;
  readonly confused: boolean;
  nextReviewDay = 2;
  pendingDetermination: { reviewId: string; appeal: boolean } | undefined;
  reteach = false;
  plannedDisposition: Disposition;
  // Days (from the opening day) on which the episode's notable things happen; -1 when they do not.
  readonly worseningDay: number;
  readonly icuDay: number;
  readonly icuDays: number;
  readonly handoffDay: number;
  readonly handoffDeclinedFirst: boolean;
  readonly coverDay: number;
  coverMember: StaffMember | undefined;
  readonly avoidableDay: number;
  readonly delay:
    | {
        readonly days: number;
        readonly cause: AvoidableCause;
        readonly firstDecision: 'not-ready' | 'delayed';
      }
    | undefined;
  readonly correctionDay: number;
  readonly duplicateDay: number;
  worsened = false;

  constructor(
    readonly w: JourneyWriter,
    readonly input: EpisodeInput,
  ) {
    this.random = w.random;
    const random = this.random;
    this.primary = input.primary;
    this.openedAt = w.now;
    this.physician = random.pick(staff.physicians);
    this.nurse = random.pick(staff.nurses);
    const meanLos = input.program.meanLengthOfStay * (input.readmission ? 0.8 : 1);
    // A stay with an ICU transfer lasts at least five days.
    this.losDays = random.normalInt(meanLos, meanLos / 2.5, input.rare.icu ? 5 : 2, 16);
    this.acute = input.admissionType !== 'planned';
    this.comorbidity = random.weighted([
      [0, 12],
      [1, 18],
      [2, 25],
      [3, 25],
      [5, input.program.code === 'behavioral-health' ? 5 : 20],
    ] as const);
    this.edVisits = random.weighted([
      [0, input.readmission ? 10 : 45],
      [1, 25],
      [2, 15],
      [3, 10],
      [4, 5],
    ] as const);
    this.fellBefore = random.chance(input.identity.ageAtStart > 75 ? 0.45 : 0.2);
    this.confused = random.chance(input.identity.ageAtStart > 80 ? 0.3 : 0.08);
    this.barthelLevel = random.normal(
      input.program.code === 'behavioral-health' ? 0.85 : 0.55,
      0.2,
      0.05,
      1,
    );
    this.screensMood = input.program.screensMood || random.chance(0.25);
    this.phqLevel = input.program.screensMood
      ? random.normal(16, 4, 5, 27)
      : random.normal(6, 4, 0, 20);
    this.gadLevel = input.program.screensMood
      ? random.normal(12, 4, 3, 21)
      : random.normal(5, 3, 0, 15);
    this.plannedDisposition =
      this.barthelLevel < 0.35 ? random.pick(['snf', 'rehab'] as const) : 'home';

    const los = this.losDays;
    this.worseningDay = los >= 3 && random.chance(0.25) ? random.int(2, los - 1) : -1;
    this.icuDays = random.int(1, 2);
    this.icuDay = input.rare.icu ? random.int(2, los - 1 - this.icuDays) : -1;
    this.handoffDay = random.chance(0.35) ? random.int(1, los - 1) : -1;
    this.handoffDeclinedFirst = random.chance(0.25);
    this.coverDay = los >= 4 && random.chance(0.15) ? random.int(2, los - 2) : -1;
    this.avoidableDay = los >= 3 && random.chance(0.1) ? random.int(2, los - 1) : -1;
    this.delay = random.chance(0.22)
      ? {
          days: random.int(1, 3),
          cause: random.choose({
            'post-acute-bed': 40,
            'payer-authorization': 25,
            'family-decision': 20,
            'home-services': 15,
          }),
          firstDecision: random.chance(0.4) ? 'not-ready' : 'delayed',
        }
      : undefined;
    if (this.delay && this.delay.cause !== 'home-services')
      this.plannedDisposition = random.pick(['snf', 'rehab', 'long'] as const);
    this.correctionDay = input.rare.correction ? random.int(2, los - 1) : -1;
    this.duplicateDay = input.rare.duplicateEntry ? random.int(2, los - 1) : -1;
  }

  get caseId(): string {
    return this.input.caseId;
  }

  get cm(): Actor {
    return asCaseManager(this.primary);
  }

  /** A nurse charts most bedside assessments; the case manager charts the rest. */
  get bedside(): Actor {
    return this.random.chance(0.7) ? asClinician(this.nurse) : this.cm;
  }
}
