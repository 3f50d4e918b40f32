import { createHash } from 'node:crypto';
import type { CommandOf } from '../domain/commands/index.js';
import type { CareTeamRole } from '../domain/value-sets.js';
import type { Actor, Reason } from '../domain/values.js';
import {
  barthelItems,
  laceItems,
  likertItems,
  morseItems,
  sumOf,
  type ItemScore,
} from './assessments.js';
import {
  criteriaSets,
  ICD10_SYSTEM,
  type InterventionTemplate,
  type ProblemTemplate,
  type ProgramProfile,
} from './clinical-content.js';
import { DAY, eventOf, isoDate, type JourneyPart, type JourneyWriter } from './journey-writer.js';
import { staff, type StaffMember, type SyntheticIdentity } from './synthetic-people.js';

type AdmissionType = 'planned' | 'unplanned' | 'emergency';
type Disposition =
  'home' | 'alt-home' | 'other-hcf' | 'hosp' | 'long' | 'psy' | 'rehab' | 'snf' | 'oth';
type GoalStatus = 'proposed' | 'active' | 'on-hold' | 'completed' | 'cancelled';
type InterventionStatus = 'scheduled' | 'in-progress' | 'completed' | 'cancelled' | 'stopped';

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
  };
}

export interface EpisodeResult {
  readonly dischargedAt: number;
  readonly closedAt: number;
  readonly laceAtDischarge: number;
  readonly primary: StaffMember;
}

interface Problem {
  readonly problemId: string;
  readonly template: ProblemTemplate;
}

interface Goal {
  readonly goalId: string;
  readonly problem: Problem;
  status: GoalStatus;
  progress: number;
}

interface Intervention {
  readonly interventionId: string;
  readonly template: InterventionTemplate;
  status: InterventionStatus;
}

/** A recorded assessment: the event id (evidence cites it) and its total. */
interface Scored {
  readonly eventId: string;
  readonly assessmentId: string;
  readonly total: number;
}

export const asCaseManager = (member: StaffMember): Actor => ({
  userId: member.userId,
  role: 'case_manager',
});
const asClinician = (member: StaffMember): Actor => ({ userId: member.userId, role: 'clinician' });
const reason = (text: string, code?: string): Reason =>
  code === undefined ? { text } : { text, code };

const avoidableCauses = {
  'post-acute-bed': {
    text: 'Awaiting a skilled nursing facility bed',
    code: 'AD-POST-ACUTE-BED',
    party: 'post-acute-provider',
  },
  'payer-authorization': {
    text: 'Awaiting payer authorization for post-acute care',
    code: 'AD-PAYER-AUTH',
    party: 'payer',
  },
  'family-decision': {
    text: 'Family has not yet chosen a facility',
    code: 'AD-FAMILY-DECISION',
    party: 'patient-family',
  },
  'test-scheduling': {
    text: 'Imaging not available until the next weekday',
    code: 'AD-TEST-SCHEDULING',
    party: 'hospital',
  },
  'consult-delay': {
    text: 'Specialist consult recommendations delayed',
    code: 'AD-CONSULT-DELAY',
    party: 'physician',
  },
  'home-services': {
    text: 'Home health agency could not start services in time',
    code: 'AD-HOME-SERVICES',
    party: 'community',
  },
} as const;
type AvoidableCause = keyof typeof avoidableCauses;

/** One case-management episode as a hospital case manager lives it, day by day, through the real command path. */
export class CaseEpisode {
  private readonly random;
  private primary: StaffMember;
  private readonly team = new Map<string, CareTeamRole>();
  private readonly physician: StaffMember;
  private readonly nurse: StaffMember;
  private readonly members = new Map<CareTeamRole, StaffMember>();
  private readonly losDays: number;
  private readonly openedAt: number;
  private carePlanId = '';
  private readonly problems: Problem[] = [];
  private readonly goals: Goal[] = [];
  private readonly interventions: Intervention[] = [];
  private lace: Scored | undefined;
  private barthel: Scored | undefined;
  private phq: Scored | undefined;
  private lastReviewEventId: string | undefined;
  private lastContactEventId: string | undefined;
  private barthelLevel: number;
  private phqLevel: number;
  private gadLevel: number;
  private readonly screensMood: boolean;
  private readonly acute: boolean;
  private readonly comorbidity: 0 | 1 | 2 | 3 | 5;
  private readonly edVisits: number;
  private readonly fellBefore: boolean;
  private readonly confused: boolean;
  private nextReviewDay = 2;
  private pendingDetermination: { reviewId: string; appeal: boolean } | undefined;
  private reteach = false;
  private plannedDisposition: Disposition;
  // Days (from the opening day) on which the episode's notable things happen; -1 when they do not.
  private readonly worseningDay: number;
  private readonly icuDay: number;
  private readonly icuDays: number;
  private readonly handoffDay: number;
  private readonly handoffDeclinedFirst: boolean;
  private readonly coverDay: number;
  private coverMember: StaffMember | undefined;
  private readonly avoidableDay: number;
  private readonly delay:
    | {
        readonly days: number;
        readonly cause: AvoidableCause;
        readonly firstDecision: 'not-ready' | 'delayed';
      }
    | undefined;
  private readonly correctionDay: number;
  private readonly duplicateDay: number;
  private worsened = false;

  constructor(
    private readonly w: JourneyWriter,
    private readonly input: EpisodeInput,
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

  private get caseId(): string {
    return this.input.caseId;
  }

  private get cm(): Actor {
    return asCaseManager(this.primary);
  }

  /** A nurse charts most bedside assessments; the case manager charts the rest. */
  private get bedside(): Actor {
    return this.random.chance(0.7) ? asClinician(this.nurse) : this.cm;
  }

  /** The whole episode, from the case's opening to its closure. */
  *run(): JourneyPart<EpisodeResult> {
    yield* this.openDay();
    yield* this.planDay();
    let day = 2;
    for (; day < this.losDays; day += 1) yield* this.routineDay(day);
    if (this.delay) {
      yield* this.notYetReady(day);
      for (let extra = 1; extra <= this.delay.days; extra += 1) {
        day += 1;
        yield* this.routineDay(day);
        yield* this.recordAvoidableDay(day, this.delay.cause);
      }
    }
    const dischargedAt = yield* this.dischargeDay(day);
    const closedAt = yield* this.afterDischarge(dischargedAt);
    return {
      dischargedAt,
      closedAt,
      laceAtDischarge: this.lace?.total ?? 0,
      primary: this.primary,
    };
  }

  // ---- day 0: referral, opening, admission assessments and review ----

  private *openDay(): JourneyPart {
    const { w, random, input } = this;
    const referralSource = input.readmission
      ? { kind: 'emergency-department' as const, detail: 'Returned within 30 days of a discharge' }
      : input.admissionType === 'emergency'
        ? { kind: 'emergency-department' as const }
        : input.admissionType === 'planned'
          ? { kind: 'physician' as const, detail: 'Pre-admission referral from the surgeon' }
          : random.weighted([
              [{ kind: 'hospital' as const, detail: 'Inpatient unit referral' }, 50],
              [{ kind: 'payer' as const, detail: 'Health plan high-risk list' }, 20],
              [{ kind: 'physician' as const }, 20],
              [{ kind: 'family' as const }, 10],
            ] as const);
    yield w.command(
      {
        type: 'OpenCase',
        caseId: this.caseId,
        patientId: input.patientId,
        program: input.program.code,
        referralSource,
        admittedAt: new Date(input.admittedAt).toISOString(),
        admissionType: input.admissionType,
        primaryCaseManager: { userId: this.primary.userId, name: this.primary.name },
      },
      this.cm,
    );
    this.team.set(this.primary.userId, 'case-manager');
    w.lateFloor = w.now;
    yield* this.assign(this.physician, 'physician');
    yield* this.assign(this.nurse, 'nurse');

    this.lace = yield* this.recordLace(
      this.losDays,
      'LACE at admission, length of stay as expected',
    );
    yield* this.recordMorse(0);
    this.barthel = yield* this.recordBarthel('Admission baseline');
    const moodIds: string[] = [];
    if (this.screensMood) {
      this.phq = yield* this.recordLikert('PHQ-9', this.phqLevel, 'Admission depression screen');
      moodIds.push(this.phq.assessmentId);
      if (input.program.screensMood || random.chance(0.4))
        moodIds.push(
          (yield* this.recordLikert('GAD-7', this.gadLevel, 'Admission anxiety screen'))
            .assessmentId,
        );
    }
    yield* this.stratify(
      [this.lace.assessmentId, this.barthel.assessmentId, ...moodIds],
      input.readmission ? 'Readmitted within 30 days' : undefined,
    );
    yield* this.admissionReview();

    const count = random.int(2, Math.min(4, input.program.problems.length));
    const templates = [
      input.program.problems[0]!,
      ...random.sample(input.program.problems.slice(1), count - 1),
    ];
    for (const template of templates) {
      const outcome = yield w.command(
        {
          type: 'IdentifyProblem',
          caseId: this.caseId,
          description: template.description,
          category: template.category,
          code: template.icd10
            ? { system: ICD10_SYSTEM, code: template.icd10.code, display: template.icd10.display }
            : undefined,
        },
        this.cm,
      );
      this.problems.push({
        problemId: eventOf(outcome, 'ProblemIdentified').data.problemId,
        template,
      });
    }
    yield* this.contact(
      'patient',
      'in-person',
      true,
      random.pick(['advice-on-options', 'emotional-support'] as const),
      'Introduced case management, discussed goals for this stay and the options after discharge',
    );
    yield* this.familyContact(
      'Updated the family on the admission and asked about support at home',
    );
    yield* this.updateDischargePlan('initial');
  }

  private *admissionReview(): JourneyPart {
    const { random } = this;
    const met = random.chance(0.93);
    const reviewId = yield* this.review('admission', met, met ? 'inpatient' : 'observation', 2);
    const decision = random.choose({ approved: 75, pending: 12, partial: 7, denied: 6 });
    yield* this.determination(reviewId, decision);
    if (decision === 'pending' || decision === 'denied')
      this.pendingDetermination = { reviewId, appeal: decision === 'denied' };
  }

  // ---- day 1: the care plan ----

  private *planDay(): JourneyPart {
    const { w, random, input } = this;
    w.toDay(this.openedAt, 1, 8, 10);
    yield* this.morningAssessments(1);
    const start = isoDate(w.now);
    const drafted = yield w.command(
      {
        type: 'DraftCarePlan',
        caseId: this.caseId,
        title: input.program.planTitle,
        description: `Plan for the ${input.readmission ? 'readmission' : 'admission'}: ${this.problems.map((p) => p.template.description.toLowerCase()).join('; ')}`,
        period: random.chance(0.6)
          ? { start, end: isoDate(input.admittedAt + (this.losDays + 30) * DAY) }
          : { start },
      },
      this.cm,
    );
    this.carePlanId = eventOf(drafted, 'CarePlanDrafted').data.carePlanId;

    if (
      this.problems.some((p) =>
        ['psychosocial', 'financial', 'environmental', 'behavioral-health'].includes(
          p.template.category,
        ),
      ) ||
      random.chance(0.3)
    )
      yield* this.assign(random.pick(staff.socialWorkers), 'social-worker');
    if (
      this.problems.some((p) =>
        p.template.interventions.some((i) => i.kind === 'medication-review'),
      ) ||
      random.chance(0.3)
    )
      yield* this.assign(random.pick(staff.pharmacists), 'pharmacist');
    if (
      this.problems.some((p) =>
        p.template.interventions.some((i) => i.performerRole === 'therapist'),
      )
    )
      yield* this.assign(random.pick(staff.therapists), 'therapist');
    if (!this.team.has(input.familyCaregiverId) && random.chance(0.6))
      yield* this.assign(
        {
          userId: input.familyCaregiverId,
          name: `Family caregiver of ${input.identity.name.family}`,
        },
        'family-caregiver',
      );

    for (const [index, problem] of this.problems.entries()) {
      const direct = random.chance(0.4);
      const outcome = yield w.command(
        {
          type: 'SetGoal',
          caseId: this.caseId,
          description: problem.template.goal.description,
          target: {
            measure: problem.template.goal.measure,
            detail: problem.template.goal.detail,
            dueDate: isoDate(
              input.admittedAt + (this.losDays + (problem.template.resolvesInStay ? 0 : 14)) * DAY,
            ),
          },
          priority: index === 0 ? 'high' : random.pick(['medium', 'medium', 'low'] as const),
          addresses: [problem.problemId],
          lifecycleStatus: direct ? 'active' : 'proposed',
        },
        this.cm,
      );
      const goal: Goal = {
        goalId: eventOf(outcome, 'GoalSet').data.goalId,
        problem,
        status: direct ? 'active' : 'proposed',
        progress: 0,
      };
      this.goals.push(goal);
      for (const template of problem.template.interventions)
        yield* this.planIntervention(template, [goal.goalId]);
    }
    yield w.command(
      { type: 'ActivateCarePlan', caseId: this.caseId, carePlanId: this.carePlanId },
      this.cm,
    );
    w.wait(20, 90);
    for (const goal of this.goals) {
      // Most proposed goals are agreed with the patient; a few are left and later cancelled.
      if (goal.status === 'proposed' && random.chance(0.9)) yield* this.changeGoal(goal, 'active');
    }
    yield* this.educate(0);
    for (const intervention of this.interventions)
      if (random.chance(0.5)) yield* this.moveIntervention(intervention, 'in-progress');
    if (this.pendingDetermination) yield* this.settlePending();
    if (this.handoffDay === 1) yield* this.handoff(1);
  }

  // ---- the days in between ----

  private *routineDay(day: number): JourneyPart {
    const { w, random } = this;
    w.toDay(this.openedAt, day, 8, 9);
    yield* this.morningAssessments(day);
    if (day === this.worseningDay) yield* this.worsening();
    if (day === this.icuDay) yield* this.suspendForIcu();
    if (this.icuDay >= 0 && day === this.icuDay + this.icuDays) yield* this.resumeAfterIcu();
    if (day >= this.nextReviewDay) yield* this.continuedStayReview(day);
    if (this.pendingDetermination) yield* this.settlePending();
    if (day === this.handoffDay) yield* this.handoff(day);
    if (day === this.coverDay) yield* this.coverHandoff();
    if (this.coverMember && day === this.coverDay + 2) yield* this.releaseCover();
    if (this.reteach) yield* this.educate(0, true);
    if (day === this.avoidableDay)
      yield* this.recordAvoidableDay(
        day,
        random.pick(['test-scheduling', 'consult-delay'] as const),
      );
    if (day === Math.floor(this.losDays / 2) + 1) yield* this.updateDischargePlan('mid-stay');
    w.wait(30, 120);
    if (day !== this.icuDay) yield* this.progressGoals();
    for (const intervention of this.interventions) {
      if (intervention.status === 'scheduled' && random.chance(0.35))
        yield* this.moveIntervention(intervention, 'in-progress');
      else if (
        intervention.status === 'in-progress' &&
        intervention.template.kind !== 'follow-up' &&
        random.chance(0.3)
      )
        yield* this.moveIntervention(intervention, 'completed');
    }
    w.wait(20, 120);
    yield* this.contact(
      'physician',
      random.pick(['in-person', 'message'] as const),
      random.chance(0.92),
      'coordination',
      'Discussed progress, pending tests and the expected discharge date at interdisciplinary rounds',
    );
    if (random.chance(0.6))
      yield* this.familyContact('Updated the family on progress and the discharge plan');
    if (random.chance(0.3))
      yield* this.contact(
        'patient',
        'in-person',
        true,
        random.pick(['emotional-support', 'advice-on-options', 'education'] as const),
        'Checked in with the patient about concerns, questions and preferences for after discharge',
      );
    if (day === this.correctionDay) yield* this.correctLastContact();
    if (day === this.duplicateDay) yield* this.duplicateAndMarkInError();
  }

  private *morningAssessments(day: number): JourneyPart {
    const { random } = this;
    this.barthelLevel = Math.min(1, this.barthelLevel + random.normal(0.045, 0.02, 0, 0.1));
    this.phqLevel = Math.max(0, this.phqLevel - random.normal(0.9, 0.5, 0, 2));
    this.gadLevel = Math.max(0, this.gadLevel - random.normal(0.7, 0.4, 0, 2));
    if (day % 2 === 0) {
      yield* this.recordMorse(day);
      this.barthel = yield* this.recordBarthel(`Day ${day} reassessment`);
    }
    if (this.input.program.screensMood && day === 4) {
      this.phq = yield* this.recordLikert('PHQ-9', this.phqLevel, 'Mid-stay reassessment');
      yield* this.recordLikert('GAD-7', this.gadLevel, 'Mid-stay reassessment');
    }
  }

  /** A worsening assessment, recorded as worsening progress, revises the plan and raises the risk tier. */
  private *worsening(): JourneyPart {
    const { w, random, input } = this;
    this.worsened = true;
    let trigger: Scored;
    let cause: string;
    if (input.program.screensMood) {
      this.phqLevel = Math.min(27, this.phqLevel + random.normal(6, 2, 3, 10));
      trigger = this.phq = yield* this.recordLikert(
        'PHQ-9',
        this.phqLevel,
        'Reassessed after the patient reported hopelessness and poor sleep',
      );
      cause = `PHQ-9 rose to ${trigger.total}`;
    } else {
      this.barthelLevel = Math.max(0.05, this.barthelLevel - random.normal(0.25, 0.05, 0.15, 0.35));
      trigger = this.barthel = yield* this.recordBarthel(
        'Reassessed after a new hospital-acquired infection with delirium',
      );
      cause = `Barthel fell to ${trigger.total}`;
      if (this.plannedDisposition === 'home' && this.barthelLevel < 0.45)
        this.plannedDisposition = 'snf';
    }
    const goal = this.goals.find((g) => g.status === 'active');
    const triggering = [trigger.eventId];
    if (goal) {
      const progress = yield w.command(
        {
          type: 'RecordGoalProgress',
          caseId: this.caseId,
          goalId: goal.goalId,
          achievementStatus: 'worsening',
          evidence: { text: cause, eventIds: [trigger.eventId] },
        },
        this.cm,
      );
      triggering.push(eventOf(progress, 'GoalProgressRecorded').id);
    }
    w.wait(30, 120);
    const added: InterventionTemplate = input.program.screensMood
      ? {
          kind: 'psychosocial-support',
          description: 'Increase therapy to twice daily and psychiatry review of medication',
          performerRole: 'physician',
        }
      : {
          kind: 'service',
          description: 'Delirium prevention bundle and physical therapy twice daily',
          performerRole: 'therapist',
        };
    yield w.command(
      {
        type: 'ReviseCarePlan',
        caseId: this.caseId,
        carePlanId: this.carePlanId,
        summary: `Plan intensified after a worsening reassessment (${cause})`,
        changes: [
          { path: 'interventions', after: added.description },
          ...(goal
            ? [
                {
                  path: `goals/${goal.goalId}/target/dueDate`,
                  before: 'by the expected discharge date',
                  after: 'three days later than planned',
                },
              ]
            : []),
          {
            path: 'dischargePlan/plannedDisposition',
            before: 'home',
            after: this.plannedDisposition,
          },
        ],
        triggeringEventIds: triggering,
        reason: reason(
          `Worsening reassessment: ${cause}; the current plan would not meet the goal in time`,
          'clinical-deterioration',
        ),
      },
      this.cm,
    );
    yield* this.planIntervention(added, goal ? [goal.goalId] : []);
    yield* this.stratify([trigger.assessmentId], 'Raised after a worsening reassessment', true);
  }

  private *suspendForIcu(): JourneyPart {
    const { w } = this;
    yield w.command(
      {
        type: 'SuspendCarePlan',
        caseId: this.caseId,
        carePlanId: this.carePlanId,
        reason: reason(
          'Transferred to the intensive care unit; plan paused until transfer back',
          'level-of-care-change',
        ),
      },
      this.cm,
    );
    const reviewId = yield* this.review('continued-stay', true, 'intensive-care', 1);
    yield* this.determination(reviewId, 'approved');
    for (const goal of this.goals)
      if (goal.status === 'active' && this.random.chance(0.5))
        yield* this.changeGoal(goal, 'on-hold');
  }

  private *resumeAfterIcu(): JourneyPart {
    const { w } = this;
    yield w.command(
      {
        type: 'ResumeCarePlan',
        caseId: this.caseId,
        carePlanId: this.carePlanId,
        reason: reason('Transferred back to the ward'),
      },
      this.cm,
    );
    for (const goal of this.goals)
      if (goal.status === 'on-hold') yield* this.changeGoal(goal, 'active');
  }

  private *continuedStayReview(day: number): JourneyPart {
    const { random } = this;
    const met = random.chance(this.delay && day >= this.losDays ? 0.5 : 0.88);
    const reviewId = yield* this.review(
      'continued-stay',
      met,
      met ? 'inpatient' : random.pick(['observation', 'skilled-nursing'] as const),
      random.int(2, 3),
    );
    const decision = met
      ? random.choose({ approved: 88, pending: 8, partial: 4 })
      : random.choose({ denied: 45, partial: 35, pending: 20 });
    yield* this.determination(reviewId, decision);
    if (decision === 'pending' || decision === 'denied')
      this.pendingDetermination = { reviewId, appeal: decision === 'denied' };
    yield* this.contact(
      'insurer',
      random.pick(['phone', 'message'] as const),
      random.chance(0.85),
      'coordination',
      'Sent the clinical update for the continued-stay review',
    );
    if (random.chance(0.15))
      yield* this.payerReport('continued-stay-clinical-update', isoDate(this.w.now));
  }

  /** A pending determination is decided a day later; a denial is appealed through a peer-to-peer review. */
  private *settlePending(): JourneyPart {
    const pending = this.pendingDetermination;
    if (!pending) return;
    this.pendingDetermination = undefined;
    if (pending.appeal) {
      yield* this.contact(
        'insurer',
        'phone',
        true,
        'advocacy',
        'Requested a peer-to-peer review of the denial with the attending physician',
      );
    }
    const decision = this.random.choose({
      approved: pending.appeal ? 60 : 80,
      partial: 20,
      denied: pending.appeal ? 20 : 0,
    });
    yield* this.determination(pending.reviewId, decision);
  }

  private *handoff(day: number): JourneyPart {
    const { w, random } = this;
    const sender = this.primary;
    const candidates = staff.caseManagers.filter((member) => member.userId !== sender.userId);
    let receiver = random.pick(candidates);
    let outcome = yield w.command(
      this.initiateHandoff(receiver, true, 'case-manager', day),
      this.cm,
    );
    w.wait(20, 180);
    if (this.handoffDeclinedFirst) {
      yield w.command(
        {
          type: 'DeclineHandoff',
          caseId: this.caseId,
          handoffId: eventOf(outcome, 'HandoffInitiated').data.handoffId,
          reason: reason(
            random.pick([
              'Caseload at capacity this week',
              'On leave from tomorrow',
              'Patient is outside my unit',
            ]),
            'receiver-unavailable',
          ),
        },
        asCaseManager(receiver),
      );
      w.wait(10, 90);
      receiver = random.pick(candidates.filter((member) => member.userId !== receiver.userId));
      outcome = yield w.command(this.initiateHandoff(receiver, true, 'case-manager', day), this.cm);
      w.wait(20, 180);
    }
    yield w.command(
      {
        type: 'AcceptHandoff',
        caseId: this.caseId,
        handoffId: eventOf(outcome, 'HandoffInitiated').data.handoffId,
        synthesis: `Taking over as primary case manager: ${this.problems.length} active problems, expected discharge ${isoDate(this.input.admittedAt + this.losDays * DAY)} to ${this.plannedDisposition}; first action is to confirm the disposition with the family`,
      },
      asCaseManager(receiver),
    );
    this.primary = receiver;
    this.team.set(receiver.userId, 'case-manager');
    if (random.chance(0.6)) {
      w.wait(30, 240);
      yield* this.release(sender.userId);
    }
  }

  private *coverHandoff(): JourneyPart {
    const { w, random } = this;
    const cover = random.pick(
      staff.caseManagers.filter(
        (member) => member.userId !== this.primary.userId && !this.team.has(member.userId),
      ),
    );
    const outcome = yield w.command(
      this.initiateHandoff(cover, false, 'team', this.coverDay),
      this.cm,
    );
    w.wait(15, 120);
    yield w.command(
      {
        type: 'AcceptHandoff',
        caseId: this.caseId,
        handoffId: eventOf(outcome, 'HandoffInitiated').data.handoffId,
        synthesis:
          'Covering over the weekend: will chase the payer decision and call the family with any change',
      },
      asCaseManager(cover),
    );
    yield* this.assign(cover, 'case-manager');
    this.coverMember = cover;
    w.wait(30, 180);
    yield* this.contact(
      'family',
      'phone',
      true,
      'coordination',
      'Weekend cover: introduced myself and confirmed the plan',
      asCaseManager(cover),
    );
  }

  private *releaseCover(): JourneyPart {
    const cover = this.coverMember;
    this.coverMember = undefined;
    if (!cover || cover.userId === this.primary.userId || !this.team.has(cover.userId)) return;
    yield* this.release(cover.userId);
  }

  private initiateHandoff(
    to: StaffMember,
    transfersPrimary: boolean,
    kind: 'case-manager' | 'team',
    day: number,
  ): CommandOf<'InitiateHandoff'> {
    const { input, w } = this;
    const severity =
      this.worsened || (this.icuDay >= 0 && day >= this.icuDay)
        ? 'unstable'
        : this.lace && this.lace.total >= 10
          ? 'watcher'
          : 'stable';
    const expected = isoDate(input.admittedAt + this.losDays * DAY);
    return {
      type: 'InitiateHandoff',
      caseId: this.caseId,
      kind,
      to: { userId: to.userId, name: to.name },
      transfersPrimary,
      ipass: {
        illnessSeverity: severity,
        patientSummary: `${input.identity.ageAtStart}-year-old in the ${input.program.code} programme, ${input.admissionType} admission, day ${day} of stay. Problems: ${this.problems.map((p) => p.template.description).join('; ')}. Latest Barthel ${this.barthel?.total ?? 'n/a'}, LACE ${this.lace?.total ?? 'n/a'}.`,
        actionList: [
          {
            action: 'Confirm the discharge disposition with the patient and family',
            owner: to.userId,
            due: new Date(w.now + DAY).toISOString(),
          },
          {
            action: 'Follow the payer determination for the continued stay',
            owner: to.userId,
            due: new Date(w.now + 2 * DAY).toISOString(),
          },
          { action: 'Book the first follow-up appointment before discharge', owner: to.userId },
        ],
        situationAwareness: `Expected discharge ${expected} to ${this.plannedDisposition}. ${this.delay ? 'A placement delay is likely.' : 'No barrier to discharge known.'}`,
        contingency:
          'If the patient deteriorates, suspend the plan and call the attending; if the payer denies, request a peer-to-peer review the same day.',
      },
    };
  }

  // ---- discharge ----

  private *notYetReady(day: number): JourneyPart {
    const { w } = this;
    const delay = this.delay!;
    w.toDay(this.openedAt, day, 10, 12);
    const cause = avoidableCauses[delay.cause];
    const evidence = [this.barthel?.eventId, this.lastReviewEventId].filter(
      (id): id is string => id !== undefined,
    );
    yield w.command(
      {
        type: 'RecordDischargeDecision',
        caseId: this.caseId,
        decision: delay.firstDecision,
        evidenceEventIds: evidence,
        reason:
          delay.firstDecision === 'not-ready'
            ? reason(
                `Not ready: Barthel ${this.barthel?.total ?? 'n/a'} and the ${this.plannedDisposition} placement is not confirmed`,
                'not-ready-clinical',
              )
            : reason(
                `Medically ready but discharge delayed: ${cause.text.toLowerCase()}`,
                cause.code,
              ),
      },
      this.cm,
    );
    yield* this.contact(
      'facility',
      'phone',
      this.random.chance(0.6),
      'coordination',
      'Asked post-acute facilities about bed availability and sent the referral packet',
    );
    yield* this.updateDischargePlan('delayed');
  }

  private *dischargeDay(day: number): JourneyPart<number> {
    const { w, random, input } = this;
    w.toDay(this.openedAt, day, 8, 9);
    yield* this.morningAssessments(day);
    const admittedDays = Math.max(1, Math.round((w.now - input.admittedAt) / DAY));
    this.lace = yield* this.recordLace(
      admittedDays,
      'LACE before discharge, actual length of stay',
    );
    if (day % 2 === 1)
      this.barthel = yield* this.recordBarthel('Pre-discharge functional assessment');
    if (input.program.screensMood)
      this.phq = yield* this.recordLikert('PHQ-9', this.phqLevel, 'Pre-discharge reassessment');
    for (const goal of this.goals) {
      if (goal.status === 'active' && random.chance(0.75))
        yield* this.goalProgress(goal, 'achieved');
    }
    yield* this.educate(1);
    if (this.coverMember) yield* this.releaseCover();
    const disposition = this.chooseDisposition();
    this.plannedDisposition = disposition;
    yield* this.updateDischargePlan('final');
    yield* this.familyContact('Confirmed the discharge time, transport and who will be at home');
    const evidence = [
      this.lace.eventId,
      this.barthel?.eventId,
      this.phq?.eventId,
      this.lastReviewEventId,
    ].filter((id): id is string => id !== undefined);
    yield w.command(
      {
        type: 'RecordDischargeDecision',
        caseId: this.caseId,
        decision: 'ready',
        disposition,
        evidenceEventIds: evidence,
        reason: reason(
          `Medically stable; LACE ${this.lace.total}, Barthel ${this.barthel?.total ?? 'n/a'}; ${disposition} arranged and accepted by the patient`,
          'ready',
        ),
      },
      this.cm,
    );
    w.wait(60, 180);
    yield w.command({ type: 'DischargePatient', caseId: this.caseId, disposition }, this.cm);
    return w.now;
  }

  private chooseDisposition(): Disposition {
    const { random, input } = this;
    if (this.plannedDisposition !== 'home') return this.plannedDisposition;
    if (input.program.code === 'behavioral-health' && random.chance(0.15)) return 'psy';
    return random.choose({ home: 78, 'alt-home': 10, 'other-hcf': 4, hosp: 3, long: 3, oth: 2 });
  }

  // ---- after discharge: follow-up, wrap-up, closure ----

  private *afterDischarge(dischargedAt: number): JourneyPart<number> {
    const { w, random, input } = this;
    const closeAfterDays = random.int(2, 6);
    w.toDay(dischargedAt, random.int(1, 2), 9, 15);
    const reached = random.chance(0.75);
    yield* this.contact(
      'patient',
      'phone',
      reached,
      'follow-up',
      reached
        ? 'Post-discharge call: medications picked up, follow-up appointment confirmed, no warning signs'
        : 'Post-discharge call: no answer, left a voicemail',
    );
    if (!reached) {
      w.toDay(w.now, 1, 9, 15);
      yield* this.contact(
        'patient',
        'phone',
        true,
        'follow-up',
        'Post-discharge call: reached on the second attempt, no new concerns',
      );
    }
    w.toDay(dischargedAt, closeAfterDays, 9, 16);
    for (const intervention of this.interventions) {
      if (intervention.status === 'in-progress')
        yield* this.moveIntervention(intervention, random.chance(0.93) ? 'completed' : 'stopped');
      else if (intervention.status === 'scheduled')
        yield* this.moveIntervention(intervention, random.chance(0.8) ? 'completed' : 'cancelled');
    }
    for (const goal of this.goals) {
      if (goal.status === 'active') {
        if (goal.progress >= 2 || random.chance(0.8)) yield* this.changeGoal(goal, 'completed');
        else {
          yield* this.goalProgress(goal, 'not-achieved');
          yield* this.changeGoal(goal, 'cancelled');
        }
      } else if (goal.status === 'proposed') yield* this.changeGoal(goal, 'cancelled');
    }
    for (const problem of this.problems) {
      if (problem.template.resolvesInStay || random.chance(0.3))
        yield w.command(
          {
            type: 'ResolveProblem',
            caseId: this.caseId,
            problemId: problem.problemId,
            resolution: 'Addressed during the stay; follow-up arranged',
          },
          this.cm,
        );
    }
    yield w.command(
      {
        type: 'CloseCarePlan',
        caseId: this.caseId,
        carePlanId: this.carePlanId,
        outcome: 'completed',
        reason: reason(
          'Discharged and the transition period is over; remaining needs handed to primary care',
          'discharged',
        ),
      },
      this.cm,
    );
    for (const [memberId, role] of [...this.team]) {
      if (memberId === this.primary.userId) continue;
      const leaves =
        role === 'nurse' ||
        role === 'pharmacist' ||
        role === 'therapist' ||
        (role === 'case-manager' ? true : random.chance(0.5));
      if (leaves) yield* this.release(memberId);
    }
    if (random.chance(0.4))
      yield* this.payerReport('discharge-clinical-summary', isoDate(dischargedAt));
    if (random.chance(0.05)) {
      const reviewId = yield* this.review(
        'retrospective',
        random.chance(0.7),
        'inpatient',
        undefined,
      );
      yield* this.determination(reviewId, random.chance(0.8) ? 'approved' : 'partial');
    }
    const achieved = this.goals.filter((goal) => goal.status === 'completed').length;
    const outcome =
      achieved === this.goals.length
        ? 'goals-met'
        : achieved > 0
          ? 'goals-partially-met'
          : 'goals-not-met';
    yield w.command(
      {
        type: 'CloseCase',
        caseId: this.caseId,
        outcome,
        reason: reason(
          `Transition complete: ${achieved} of ${this.goals.length} goals met; patient seen in follow-up`,
          'episode-complete',
        ),
      },
      this.cm,
    );
    const closedAt = w.now;
    if (input.rare.correctionAfterClosure && this.lastContactEventId !== undefined) {
      w.wait(24 * 60, 5 * 24 * 60);
      yield w.command(
        {
          type: 'CorrectEntry',
          caseId: this.caseId,
          targetEventId: this.lastContactEventId,
          correctedData: {
            summary:
              'Post-discharge call: spoke with the patient and the daughter; appointments confirmed',
          },
          reason: reason(
            'Audit found the summary left out that the daughter joined the call',
            'documentation-error',
          ),
        },
        this.cm,
      );
    }
    return closedAt;
  }

  // ---- building blocks ----

  private *assign(member: StaffMember, role: CareTeamRole): JourneyPart {
    if (this.team.has(member.userId)) return;
    yield this.w.command(
      {
        type: 'AssignCareTeamMember',
        caseId: this.caseId,
        memberId: member.userId,
        name: member.name,
        role,
      },
      this.cm,
    );
    this.team.set(member.userId, role);
    if (!this.members.has(role)) this.members.set(role, member);
  }

  private *release(memberId: string): JourneyPart {
    yield this.w.command({ type: 'ReleaseCareTeamMember', caseId: this.caseId, memberId }, this.cm);
    this.team.delete(memberId);
  }

  private *assessment(
    instrument: { code: 'PHQ-9' | 'GAD-7' | 'LACE' | 'Morse' | 'Barthel' },
    items: ItemScore[],
    notes: string,
    actor: Actor,
  ): JourneyPart<Scored> {
    // Half the time the total is stated, half the time the decider sums the items.
    const total = this.random.chance(0.5) ? sumOf(items) : undefined;
    const outcome = yield this.w.command(
      { type: 'RecordAssessment', caseId: this.caseId, instrument, items, total, notes },
      actor,
      { mayBeLate: true },
    );
    const recorded = eventOf(outcome, 'AssessmentRecorded');
    return {
      eventId: recorded.id,
      assessmentId: recorded.data.assessmentId,
      total: recorded.data.total,
    };
  }

  private recordLace(lengthOfStayDays: number, notes: string): JourneyPart<Scored> {
    return this.assessment(
      { code: 'LACE' },
      laceItems(lengthOfStayDays, this.acute, this.comorbidity, this.edVisits),
      notes,
      this.cm,
    );
  }

  private recordMorse(day: number): JourneyPart<Scored> {
    const observed = {
      fellBefore: this.fellBefore,
      secondaryDiagnosis: this.comorbidity > 0,
      onIv:
        day < 3 ||
        day === this.worseningDay ||
        (this.icuDay >= 0 && day >= this.icuDay && day <= this.icuDay + this.icuDays),
      confused: this.confused && day < 4,
      mobility: this.barthelLevel,
    };
    return this.assessment(
      { code: 'Morse' },
      morseItems(this.random, observed),
      'Fall risk reassessment',
      this.bedside,
    );
  }

  private recordBarthel(notes: string): JourneyPart<Scored> {
    return this.assessment(
      { code: 'Barthel' },
      barthelItems(this.random, this.barthelLevel),
      notes,
      this.bedside,
    );
  }

  private recordLikert(code: 'PHQ-9' | 'GAD-7', level: number, notes: string): JourneyPart<Scored> {
    return this.assessment(
      { code },
      likertItems(this.random, code, level),
      notes,
      this.random.chance(0.5) ? asClinician(this.physician) : this.cm,
    );
  }

  private *stratify(assessmentIds: string[], note: string | undefined, raise = false): JourneyPart {
    const lace = this.lace?.total ?? 0;
    const tiers = ['low', 'moderate', 'high', 'very-high'] as const;
    let tier = lace >= 14 ? 3 : lace >= 10 ? 2 : lace >= 5 ? 1 : 0;
    if ((this.barthel?.total ?? 100) < 40) tier = Math.max(tier, 2);
    if (raise) tier = Math.min(3, tier + 1);
    yield this.w.command(
      {
        type: 'StratifyRisk',
        caseId: this.caseId,
        tier: tiers[tier]!,
        basis: `LACE ${lace}, Barthel ${this.barthel?.total ?? 'n/a'}${this.phq ? `, PHQ-9 ${this.phq.total}` : ''}${note ? `; ${note}` : ''}`,
        assessmentIds,
      },
      this.cm,
    );
  }

  private *review(
    kind: 'admission' | 'continued-stay' | 'retrospective',
    criteriaMet: boolean,
    levelOfCare: 'inpatient' | 'intensive-care' | 'observation' | 'skilled-nursing',
    nextInDays: number | undefined,
  ): JourneyPart<string> {
    const { w, random } = this;
    const day = Math.round((w.now - this.openedAt) / DAY);
    if (nextInDays !== undefined) this.nextReviewDay = day + nextInDays;
    const evidence = [this.lace?.eventId, this.barthel?.eventId].filter(
      (id): id is string => id !== undefined,
    );
    const outcome = yield w.command(
      {
        type: 'PerformUtilizationReview',
        caseId: this.caseId,
        kind,
        criteriaSet: random.pick(criteriaSets),
        criteriaMet,
        levelOfCare,
        nextReviewDue: nextInDays === undefined ? undefined : isoDate(w.now + nextInDays * DAY),
        evidenceEventIds: evidence,
        notes: criteriaMet
          ? `Meets ${levelOfCare} criteria`
          : `Does not meet inpatient criteria; ${levelOfCare} level of care appropriate`,
      },
      this.cm,
    );
    const recorded = eventOf(outcome, 'UtilizationReviewPerformed');
    this.lastReviewEventId = recorded.id;
    return recorded.data.reviewId;
  }

  private *determination(
    reviewId: string,
    decision: 'approved' | 'denied' | 'partial' | 'pending',
  ): JourneyPart {
    const { w, random, input } = this;
    w.wait(30, 240);
    const authorization = `SYN-AUTH-${String(random.int(100000, 999999))}`;
    yield w.command(
      {
        type: 'RecordPayerDetermination',
        caseId: this.caseId,
        payer: input.payer,
        decision,
        reviewId,
        authorizationNumber:
          decision === 'approved' || decision === 'partial' ? authorization : undefined,
        authorizedDays:
          decision === 'approved'
            ? random.int(2, 5)
            : decision === 'partial'
              ? random.int(1, 2)
              : undefined,
        denialReason:
          decision === 'denied'
            ? 'Does not meet inpatient criteria; observation level of care appropriate'
            : decision === 'partial'
              ? 'Fewer days approved than requested; next review on the last authorized day'
              : undefined,
      },
      this.cm,
    );
  }

  private *recordAvoidableDay(day: number, cause: AvoidableCause): JourneyPart {
    const detail = avoidableCauses[cause];
    // The day just ended is recorded the next morning, so the date is never in the future.
    const date = isoDate(this.openedAt + (day - 1) * DAY);
    yield this.w.command(
      {
        type: 'RecordAvoidableDay',
        caseId: this.caseId,
        date,
        responsibleParty: detail.party,
        reason: reason(detail.text, detail.code),
      },
      this.cm,
      { mayBeLate: true },
    );
  }

  private *payerReport(reportType: string, to: string): JourneyPart {
    const { input } = this;
    const from = isoDate(input.admittedAt);
    // The hash stands for the report as sent; the synthetic report is its type, case and period.
    const contentHash = createHash('sha256')
      .update(`${reportType}|${this.caseId}|${from}|${to}|synthetic`)
      .digest('hex');
    yield this.w.command(
      {
        type: 'SubmitPayerReport',
        caseId: this.caseId,
        payer: input.payer,
        reportType,
        period: { from, to: to < from ? from : to },
        contentHash,
        purpose: 'payment',
      },
      this.cm,
    );
  }

  private *planIntervention(template: InterventionTemplate, goalIds: string[]): JourneyPart {
    const { w, input, random } = this;
    const member = this.members.get(template.performerRole);
    const performer = member
      ? { userId: member.userId, name: member.name, role: template.performerRole }
      : template.kind === 'follow-up'
        ? { role: template.performerRole, organization: 'Synthetic Community Clinic' }
        : { role: template.performerRole };
    const due =
      template.kind === 'follow-up'
        ? input.admittedAt + (this.losDays + random.int(5, 7)) * DAY
        : w.now + random.int(1, Math.max(1, this.losDays - 1)) * DAY;
    const outcome = yield w.command(
      {
        type: 'PlanIntervention',
        caseId: this.caseId,
        kind: template.kind,
        description: template.description,
        performer,
        due: isoDate(due),
        goalIds,
      },
      this.cm,
    );
    this.interventions.push({
      interventionId: eventOf(outcome, 'InterventionPlanned').data.interventionId,
      template,
      status: 'scheduled',
    });
  }

  private *moveIntervention(intervention: Intervention, to: InterventionStatus): JourneyPart {
    const outcomes: Partial<Record<InterventionStatus, string>> = {
      completed: 'Done as planned',
      cancelled: 'Not needed any more: the patient declined',
      stopped: 'Stopped: the patient was transferred before it could finish',
    };
    yield this.w.command(
      {
        type: 'UpdateInterventionStatus',
        caseId: this.caseId,
        interventionId: intervention.interventionId,
        to,
        outcome: outcomes[to],
      },
      this.cm,
    );
    intervention.status = to;
  }

  private *changeGoal(goal: Goal, to: GoalStatus): JourneyPart {
    yield this.w.command(
      { type: 'ChangeGoalStatus', caseId: this.caseId, goalId: goal.goalId, to },
      this.cm,
    );
    goal.status = to;
  }

  private *progressGoals(): JourneyPart {
    for (const goal of this.goals) {
      if (goal.status !== 'active' || !this.random.chance(0.45)) continue;
      const status = this.random.choose({
        improving: 45,
        'in-progress': 30,
        'no-change': 15,
        sustaining: 5,
        'no-progress': 5,
      });
      yield* this.goalProgress(goal, status);
    }
  }

  private *goalProgress(
    goal: Goal,
    achievementStatus:
      | 'improving'
      | 'in-progress'
      | 'no-change'
      | 'sustaining'
      | 'no-progress'
      | 'achieved'
      | 'not-achieved'
      | 'not-attainable',
  ): JourneyPart {
    const evidenceIds =
      goal.problem.template.goal.measure === 'Barthel index' && this.barthel
        ? [this.barthel.eventId]
        : goal.problem.template.goal.measure === 'PHQ-9' && this.phq
          ? [this.phq.eventId]
          : undefined;
    yield this.w.command(
      {
        type: 'RecordGoalProgress',
        caseId: this.caseId,
        goalId: goal.goalId,
        achievementStatus,
        evidence: {
          text: `${goal.problem.template.goal.measure}: ${achievementStatus.replace('-', ' ')} at today's review`,
          eventIds: evidenceIds,
        },
      },
      this.cm,
      { mayBeLate: true },
    );
    if (achievementStatus === 'improving' || achievementStatus === 'achieved') goal.progress += 1;
  }

  private *educate(topicIndex: number, again = false): JourneyPart {
    const { random, input } = this;
    this.reteach = false;
    const topics = input.program.educationTopics;
    const teachBack = again
      ? random.choose({ understood: 80, partial: 20 })
      : random.choose({ understood: 62, partial: 24, 'not-understood': 10, 'not-assessed': 4 });
    yield this.w.command(
      {
        type: 'RecordEducation',
        caseId: this.caseId,
        topic: topics[topicIndex % topics.length]!,
        recipient: random.choose({ patient: 65, family: 15, caregiver: 20 }),
        method: again
          ? 'demonstration'
          : random.choose({
              verbal: 40,
              written: 25,
              demonstration: 20,
              video: 7,
              'interpreter-assisted': 8,
            }),
        teachBack,
        notes: again ? 'Re-taught with a demonstration after an incomplete teach-back' : undefined,
      },
      random.chance(0.6) ? asClinician(this.nurse) : this.cm,
      { mayBeLate: true },
    );
    if (teachBack === 'not-understood' || teachBack === 'partial') this.reteach = true;
  }

  private *contact(
    party: 'patient' | 'family' | 'physician' | 'insurer' | 'facility',
    channel: 'phone' | 'in-person' | 'video' | 'message' | 'letter' | 'email',
    reached: boolean,
    purpose:
      | 'coordination'
      | 'advice-on-options'
      | 'emotional-support'
      | 'advocacy'
      | 'education'
      | 'follow-up',
    summary: string,
    actor: Actor = this.cm,
  ): JourneyPart {
    const outcome = yield this.w.command(
      {
        type: 'LogContact',
        caseId: this.caseId,
        party,
        channel,
        direction: party === 'family' && this.random.chance(0.2) ? 'inbound' : undefined,
        reached,
        purpose,
        summary: reached
          ? summary
          : `Attempted: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}; not reached`,
      },
      actor,
      { mayBeLate: true },
    );
    this.lastContactEventId = eventOf(outcome, 'ContactLogged').id;
  }

  private *familyContact(summary: string): JourneyPart {
    const reached = this.random.chance(0.72);
    yield* this.contact('family', 'phone', reached, 'coordination', summary);
    if (!reached) {
      this.w.wait(60, 180);
      yield* this.contact('family', 'phone', this.random.chance(0.8), 'coordination', summary);
    }
  }

  private *updateDischargePlan(stage: 'initial' | 'mid-stay' | 'delayed' | 'final'): JourneyPart {
    const { input, random, w } = this;
    const expected =
      stage === 'delayed' || stage === 'final'
        ? w.now + (stage === 'final' ? 0 : (this.delay?.days ?? 1)) * DAY
        : input.admittedAt + this.losDays * DAY;
    const goingHome = ['home', 'alt-home'].includes(this.plannedDisposition);
    const firstFollowUp = {
      with: 'Primary care (Synthetic Community Clinic)',
      date: isoDate(expected + random.int(3, 7) * DAY),
      purpose: 'Post-discharge visit',
    };
    const specialist =
      input.program.code === 'heart-failure'
        ? {
            with: 'Heart failure clinic',
            date: isoDate(expected + 7 * DAY),
            purpose: 'Volume status and medication titration',
          }
        : input.program.code === 'behavioral-health'
          ? {
              with: 'Outpatient psychiatry',
              date: isoDate(expected + 5 * DAY),
              purpose: 'Medication management',
            }
          : undefined;
    const barriers =
      stage === 'final'
        ? []
        : [
            ...(this.problems.some((p) => p.template.category === 'psychosocial')
              ? ['No caregiver confirmed for the first week']
              : []),
            ...(this.problems.some((p) => p.template.category === 'care-access')
              ? ['No transport to follow-up appointments']
              : []),
            ...(this.delay && stage !== 'initial' ? [avoidableCauses[this.delay.cause].text] : []),
          ];
    yield w.command(
      {
        type: 'UpdateDischargePlan',
        caseId: this.caseId,
        expectedDate: isoDate(expected),
        plannedDisposition: this.plannedDisposition,
        servicesArranged:
          stage === 'initial'
            ? []
            : goingHome
              ? [
                  {
                    service: 'Home health skilled nursing',
                    provider: 'Synthetic Home Health Agency',
                    startDate: isoDate(expected + DAY),
                  },
                ]
              : [
                  {
                    service: `${this.plannedDisposition.toUpperCase()} placement`,
                    provider: 'Synthetic Post-Acute Care Center',
                    startDate: isoDate(expected),
                  },
                ],
        followUps:
          stage === 'initial' ? [] : specialist ? [firstFollowUp, specialist] : [firstFollowUp],
        barriers,
        caregiver: this.team.has(input.familyCaregiverId)
          ? { relationship: 'daughter', confirmed: stage === 'final' }
          : undefined,
        patientChoice: {
          optionsOffered: stage !== 'initial',
          choice:
            stage === 'initial'
              ? undefined
              : goingHome
                ? 'Home with home health'
                : 'Synthetic Post-Acute Care Center',
        },
      },
      this.cm,
    );
  }

  private *correctLastContact(): JourneyPart {
    if (this.lastContactEventId === undefined) return;
    this.w.wait(60, 240);
    yield this.w.command(
      {
        type: 'CorrectEntry',
        caseId: this.caseId,
        targetEventId: this.lastContactEventId,
        correctedData: { channel: 'video' },
        reason: reason('The contact was by video, not as first charted', 'documentation-error'),
      },
      this.cm,
    );
  }

  private *duplicateAndMarkInError(): JourneyPart {
    const { w } = this;
    yield* this.contact(
      'physician',
      'message',
      true,
      'coordination',
      'Sent the attending the updated discharge checklist',
    );
    const duplicate = this.lastContactEventId!;
    yield* this.contact(
      'physician',
      'message',
      true,
      'coordination',
      'Sent the attending the updated discharge checklist',
    );
    const copy = this.lastContactEventId!;
    w.wait(30, 180);
    yield w.command(
      {
        type: 'MarkEntryInError',
        caseId: this.caseId,
        targetEventId: copy,
        reason: reason('Duplicate entry: the same contact was charted twice', 'duplicate'),
      },
      this.cm,
    );
    // Later corrections must target the entry that stands, not the one now in error.
    this.lastContactEventId = duplicate;
  }
}
