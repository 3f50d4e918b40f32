import type { CaseEventType, EventData } from '../../src/domain/events/catalogue.js';
import { utcInstant } from '../shared/utc-instant.js';

/** A kept field's value: ids, codes, instants, numbers and flags, never free text. */
export type FactValue = string | number | boolean | null;
export type FactValues = Readonly<Record<string, FactValue>>;

type Picked = Readonly<Record<string, FactValue | undefined>>;
type Picker<T extends CaseEventType> = (data: Partial<EventData<T>>) => Picked;

const utc = (iso: string | undefined) => (iso === undefined ? undefined : utcInstant(iso));

/** The entries outcomes rest on, each reduced to what a measure needs; the rest is not kept. */
const pickers = {
  CaseOpened: (d) => ({
    program: d.program,
    admissionType: d.admissionType,
    admittedAt: utc(d.admittedAt),
    primaryCaseManagerId: d.primaryCaseManager?.userId,
  }),
  PatientDischarged: (d) => ({ dischargedAt: utc(d.dischargedAt), disposition: d.disposition }),
  CaseClosed: (d) => ({ outcome: d.outcome }),
  // A corrected target replaces the due date, including with none.
  GoalSet: (d) => ({ dueDate: d.target === undefined ? undefined : (d.target.dueDate ?? null) }),
  GoalProgressRecorded: (d) => ({ achievementStatus: d.achievementStatus }),
  GoalStatusChanged: (d) => ({ to: d.to }),
  // A custom instrument's name is free text, so only its code is kept.
  AssessmentRecorded: (d) => ({ instrument: d.instrument?.code, total: d.total }),
  RiskStratified: (d) => ({ tier: d.tier }),
  CarePlanRevised: () => ({}),
  HandoffInitiated: (d) => ({
    transfersPrimary: d.transfersPrimary,
    toUserId: d.to?.userId,
    ipassComplete: d.ipass === undefined ? undefined : d.ipass.actionList.length > 0,
  }),
  HandoffAccepted: (d) => ({
    synthesisPresent: d.synthesis === undefined ? undefined : d.synthesis.trim().length > 0,
  }),
  HandoffDeclined: () => ({}),
  ContactLogged: (d) => ({ reached: d.reached }),
  UtilizationReviewPerformed: (d) => ({
    reviewId: d.reviewId,
    kind: d.kind,
    // A corrected review can drop its next due date.
    nextReviewDue: d.kind === undefined ? d.nextReviewDue : (d.nextReviewDue ?? null),
  }),
  PayerDeterminationRecorded: (d) => ({
    payer: d.payer,
    decision: d.decision,
    reviewId: d.reviewId,
  }),
  // The reason's text is free text, so only its optional code is kept.
  AvoidableDayRecorded: (d) => ({
    date: d.date,
    responsibleParty: d.responsibleParty,
    reasonCode: d.reason === undefined ? undefined : (d.reason.code ?? null),
  }),
} satisfies { [T in CaseEventType]?: Picker<T> };

export type FactType = keyof typeof pickers;

export function isFactType(type: string): type is FactType {
  return Object.hasOwn(pickers, type);
}

/** The kept fields present in (possibly partial) event data, without the absent ones. */
export function pickFacts<T extends FactType>(type: T, data: Partial<EventData<T>>): FactValues {
  const picker: Picker<T> = pickers[type];
  const picked: Record<string, FactValue> = {};
  for (const [key, value] of Object.entries(picker(data)))
    if (value !== undefined) picked[key] = value;
  return picked;
}

/** The goal or handoff an entry belongs to: identities are never corrected, so read once. */
export function entityIdOf(event: { type: string; data: unknown }): string | null {
  const data = event.data as Readonly<Record<string, unknown>>;
  const id = data['goalId'] ?? data['handoffId'];
  return typeof id === 'string' ? id : null;
}
