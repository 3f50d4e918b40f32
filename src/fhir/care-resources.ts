import type {
  AssessmentView,
  CarePlanView,
  CareTeamMemberView,
  CaseView,
  GoalView,
  InterventionView,
} from '../../projections/current-case/case-view-types.js';
import type {
  CarePlan,
  CareTeam,
  CodeableConcept,
  Encounter,
  EpisodeOfCare,
  Goal,
  Observation,
  Reference,
} from './r4-types.js';
import { coding, concept, systems, userIdentifier } from './terminology.js';

/**
 * How a case is named in a de-identified export: the patient's and the case's pseudonyms, and the
 * FHIR id the case's own resources are built on (a pseudonym may hold `_`, which an id may not).
 */
export interface CasePseudonyms {
  readonly patient: string;
  readonly case: string;
  readonly caseResourceId: string;
}

/** The resources of one case, by type, in the order the bulk export writes them. */
export interface CaseResources {
  readonly EpisodeOfCare: readonly EpisodeOfCare[];
  readonly Encounter: readonly Encounter[];
  readonly CareTeam: readonly CareTeam[];
  readonly CarePlan: readonly CarePlan[];
  readonly Goal: readonly Goal[];
  readonly Observation: readonly Observation[];
}

export type CareResourceType = keyof CaseResources;

export const careResourceTypes: readonly CareResourceType[] = [
  'EpisodeOfCare',
  'Encounter',
  'CareTeam',
  'CarePlan',
  'Goal',
  'Observation',
];

/** LOINC total-score codes of the standard instruments; LACE has none, so it keeps its local code. */
export const instrumentLoinc: Readonly<Record<string, { code: string; display: string }>> = {
  'PHQ-9': {
    code: '44261-6',
    display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
  },
  'GAD-7': {
    code: '70274-6',
    display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
  },
  Morse: { code: '59460-6', display: 'Fall risk total [Morse Fall Scale]' },
  Barthel: { code: '96761-2', display: 'Total score Barthel Index' },
};

const dateOf = (instant: string): string => instant.slice(0, 10);

/** A label typed in caretrail as a local code: FHIR codes allow single inner spaces only. */
const localCode = (label: string): string => label.trim().replace(/\s+/g, ' ');

/** A staff member by their caretrail user id alone: no name is exported. */
function staff(userId: string): Reference {
  return { type: 'Practitioner', identifier: userIdentifier(userId) };
}

function patientOf(ids: CasePseudonyms): Reference {
  return { type: 'Patient', identifier: { system: systems.patientPseudonym, value: ids.patient } };
}

/** A problem of the case by its id: problems are not exported, so the reference is logical. */
function problem(problemId: string): Reference {
  return { type: 'Condition', identifier: { system: systems.problemId, value: problemId } };
}

const live = <Entry extends { readonly enteredInError: boolean }>(entries: readonly Entry[]) =>
  entries.filter((entry) => !entry.enteredInError);

function period(start: string | undefined, end: string | null | undefined) {
  return {
    ...(start === undefined ? {} : { start }),
    ...(end === null || end === undefined ? {} : { end }),
  };
}

const episodeId = (ids: CasePseudonyms) => ids.caseResourceId;
const encounterId = (ids: CasePseudonyms) => `${ids.caseResourceId}-admission`;
const careTeamId = (ids: CasePseudonyms) => `${ids.caseResourceId}-team`;

function episodeOfCare(view: CaseView, ids: CasePseudonyms): EpisodeOfCare {
  const opening = view.opening!;
  return {
    resourceType: 'EpisodeOfCare',
    id: episodeId(ids),
    identifier: [{ system: systems.casePseudonym, value: ids.case }],
    status: view.status === 'closed' ? 'finished' : 'active',
    type: [concept(coding(systems.program, localCode(opening.program)))],
    patient: patientOf(ids),
    period: period(opening.admittedAt, view.closure?.occurredAt),
    ...(view.primaryCaseManager ? { careManager: staff(view.primaryCaseManager.userId) } : {}),
    team: [{ reference: `CareTeam/${careTeamId(ids)}` }],
  };
}

function encounter(view: CaseView, ids: CasePseudonyms): Encounter {
  const opening = view.opening!;
  const discharge = view.discharge && !view.discharge.enteredInError ? view.discharge : null;
  return {
    resourceType: 'Encounter',
    id: encounterId(ids),
    status: discharge ? 'finished' : 'in-progress',
    class: coding(systems.actCode, 'IMP', 'inpatient encounter'),
    type: [concept(coding(systems.admissionType, opening.admissionType))],
    subject: patientOf(ids),
    episodeOfCare: [{ reference: `EpisodeOfCare/${episodeId(ids)}` }],
    period: period(opening.admittedAt, discharge?.dischargedAt),
    ...(discharge
      ? {
          hospitalization: {
            dischargeDisposition: concept(
              coding(systems.dischargeDisposition, discharge.disposition),
            ),
          },
        }
      : {}),
  };
}

function participant(member: CareTeamMemberView) {
  return {
    role: [concept(coding(systems.careTeamRole, member.role))],
    member: staff(member.memberId),
    period: period(member.from, member.release?.until),
  };
}

function careTeam(view: CaseView, ids: CasePseudonyms): CareTeam {
  const members = live([...view.careTeam.past, ...view.careTeam.current]);
  return {
    resourceType: 'CareTeam',
    id: careTeamId(ids),
    status: view.status === 'closed' ? 'inactive' : 'active',
    subject: patientOf(ids),
    encounter: { reference: `Encounter/${encounterId(ids)}` },
    period: period(view.opening!.admittedAt, view.closure?.occurredAt),
    ...(members.length > 0 ? { participant: members.map(participant) } : {}),
  };
}

function activity(intervention: InterventionView) {
  const { performer } = intervention;
  return {
    detail: {
      kind: 'ServiceRequest',
      code: concept(coding(systems.interventionKind, intervention.kind)),
      ...(intervention.goalIds.length > 0
        ? { goal: intervention.goalIds.map((goalId) => ({ reference: `Goal/${goalId}` })) }
        : {}),
      status: intervention.status,
      ...(intervention.due === null ? {} : { scheduledPeriod: { end: intervention.due } }),
      ...(performer.userId === undefined ? {} : { performer: [staff(performer.userId)] }),
    },
  };
}

/** The plan in force carries the case's goals and interventions; earlier plans carry neither. */
function carePlan(
  plan: CarePlanView,
  view: CaseView,
  ids: CasePseudonyms,
  inForce: boolean,
): CarePlan {
  const goals = live(view.goals);
  const interventions = live(view.interventions);
  const problems = live(view.problems);
  return {
    resourceType: 'CarePlan',
    id: plan.carePlanId,
    status: plan.status,
    intent: 'plan',
    subject: patientOf(ids),
    encounter: { reference: `Encounter/${encounterId(ids)}` },
    ...(plan.period ? { period: period(plan.period.start, plan.period.end) } : {}),
    created: plan.occurredAt,
    careTeam: [{ reference: `CareTeam/${careTeamId(ids)}` }],
    ...(inForce && problems.length > 0
      ? { addresses: problems.map(({ problemId }) => problem(problemId)) }
      : {}),
    ...(inForce && goals.length > 0
      ? { goal: goals.map(({ goalId }) => ({ reference: `Goal/${goalId}` })) }
      : {}),
    ...(inForce && interventions.length > 0 ? { activity: interventions.map(activity) } : {}),
  };
}

/** The goal's measure code stands for its description: the description itself is free text. */
function measureOf(goal: GoalView): CodeableConcept {
  return concept(coding(systems.goalMeasure, localCode(goal.target.measure)));
}

function goal(entry: GoalView, ids: CasePseudonyms): Goal {
  return {
    resourceType: 'Goal',
    id: entry.goalId,
    lifecycleStatus: entry.lifecycleStatus,
    ...(entry.achievementStatus === null
      ? {}
      : { achievementStatus: concept(coding(systems.goalAchievement, entry.achievementStatus)) }),
    priority: concept(coding(systems.goalPriority, `${entry.priority}-priority`)),
    description: measureOf(entry),
    subject: patientOf(ids),
    startDate: dateOf(entry.occurredAt),
    target: [
      {
        measure: measureOf(entry),
        ...(entry.target.dueDate === undefined ? {} : { dueDate: entry.target.dueDate }),
      },
    ],
    ...(entry.addresses.length > 0 ? { addresses: entry.addresses.map(problem) } : {}),
  };
}

/** The instrument's code in caretrail: its own code, or `custom:<name>` for a local one. */
function instrumentCode(instrument: AssessmentView['instrument']): string {
  return instrument.code === 'custom' ? `custom:${localCode(instrument.name)}` : instrument.code;
}

function observation(entry: AssessmentView, ids: CasePseudonyms): Observation {
  const local = instrumentCode(entry.instrument);
  const loinc = instrumentLoinc[local];
  return {
    resourceType: 'Observation',
    id: entry.assessmentId,
    status: entry.corrections.some((correction) => !correction.enteredInError)
      ? 'amended'
      : 'final',
    category: [concept(coding(systems.observationCategory, 'survey', 'Survey'))],
    code: {
      coding: [
        ...(loinc ? [coding(systems.loinc, loinc.code, loinc.display)] : []),
        coding(systems.instrument, local),
      ],
    },
    subject: patientOf(ids),
    encounter: { reference: `Encounter/${encounterId(ids)}` },
    effectiveDateTime: entry.occurredAt,
    issued: entry.recordedAt,
    valueQuantity: { value: entry.total, unit: 'score', system: systems.ucum, code: '{score}' },
    ...(entry.band === null
      ? {}
      : { interpretation: [concept(coding(systems.assessmentBand, localCode(entry.band)))] }),
  };
}

/**
 * One case's care as de-identified FHIR R4 resources: no names, MRN, birth date or free text, only
 * pseudonyms, staff user ids, codes, numbers and dates. Entries entered in error are left out. A
 * case without its opening (not yet projected) has none.
 */
export function caseResources(view: CaseView, ids: CasePseudonyms): CaseResources {
  if (view.opening === null)
    return {
      EpisodeOfCare: [],
      Encounter: [],
      CareTeam: [],
      CarePlan: [],
      Goal: [],
      Observation: [],
    };
  const plans = [
    ...live(view.previousCarePlans).map((plan) => carePlan(plan, view, ids, false)),
    ...(view.carePlan && !view.carePlan.enteredInError
      ? [carePlan(view.carePlan, view, ids, true)]
      : []),
  ];
  return {
    EpisodeOfCare: [episodeOfCare(view, ids)],
    Encounter: [encounter(view, ids)],
    CareTeam: [careTeam(view, ids)],
    CarePlan: plans,
    Goal: live(view.goals).map((entry) => goal(entry, ids)),
    Observation: view.assessments.flatMap((series) =>
      live(series.entries).map((entry) => observation(entry, ids)),
    ),
  };
}
