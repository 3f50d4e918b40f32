import { randomUUID } from 'node:crypto';
import { caseOutcomes } from '../../projections/case-outcomes/case-outcomes.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import type {
  CaretrailEvent,
  CaseEventType,
  EventData,
} from '../../src/domain/events/catalogue.js';
import { measureCases, type MeasureRequest } from '../../src/outcomes/compute-measures.js';
import { outcomeCaseOf } from '../../src/outcomes/outcome-case.js';
import {
  EventLog,
  projectionSpec,
  type EnvelopeOverrides,
} from '../projections/projection-spec.js';

// All data here is synthetic: ids are random, users are made-up handles, texts say "synthetic".

export const reason = { text: 'synthetic reason for the test' };

export interface CaseOptions {
  readonly patientId?: string;
  readonly admittedAt: string;
  readonly admissionType?: EventData<'CaseOpened'>['admissionType'];
  readonly program?: string;
  readonly manager?: string;
}

/** A synthetic case writing to a shared log, so that cases interleave as in a store. */
export function syntheticCase(log: EventLog, options: CaseOptions) {
  const caseId = randomUUID();
  const patientId = options.patientId ?? randomUUID();
  const stream = `case-${caseId}`;
  const record = <T extends CaseEventType>(
    type: T,
    data: EventData<T>,
    overrides?: EnvelopeOverrides,
  ): ProjectedEvent => log.record(stream, { type, data } as CaretrailEvent, overrides);
  const at = (occurredAt: string) => ({ occurredAt });
  return {
    caseId,
    patientId,
    record,
    opened: () =>
      record(
        'CaseOpened',
        {
          caseId,
          patientId,
          program: options.program ?? 'transitional-care',
          referralSource: { kind: 'physician', detail: 'Synthetic referrer' },
          admittedAt: options.admittedAt,
          admissionType: options.admissionType ?? 'unplanned',
          primaryCaseManager: { userId: options.manager ?? 'cm-ana', name: 'Ana Synthetic' },
        },
        at(options.admittedAt),
      ),
    discharged: (
      dischargedAt: string,
      disposition: EventData<'PatientDischarged'>['disposition'] = 'home',
      overrides: EnvelopeOverrides = at(dischargedAt),
    ) => record('PatientDischarged', { dischargedAt, disposition }, overrides),
    corrected: (target: ProjectedEvent, correctedData: Record<string, unknown>) =>
      record('EntryCorrected', { targetEventId: target.id, correctedData, reason }),
    contact: (occurredAt: string, reached = true) =>
      record(
        'ContactLogged',
        {
          contactId: randomUUID(),
          party: 'patient',
          channel: 'phone',
          direction: 'outbound',
          reached,
          purpose: 'coordination',
          summary: 'Synthetic free text',
        },
        at(occurredAt),
      ),
    goal: (goalId: string, dueDate: string | null, occurredAt: string) =>
      record(
        'GoalSet',
        {
          goalId,
          description: 'Synthetic goal',
          target: { measure: 'synthetic measure', ...(dueDate ? { dueDate } : {}) },
          priority: 'medium',
          addresses: [],
          lifecycleStatus: 'active',
        },
        at(occurredAt),
      ),
    progress: (
      goalId: string,
      achievementStatus: EventData<'GoalProgressRecorded'>['achievementStatus'],
      occurredAt: string,
    ) =>
      record(
        'GoalProgressRecorded',
        { goalId, achievementStatus, evidence: { text: 'Synthetic evidence' } },
        at(occurredAt),
      ),
    assessed: (code: 'PHQ-9' | 'GAD-7' | 'LACE' | 'Barthel', total: number, occurredAt: string) =>
      record(
        'AssessmentRecorded',
        { assessmentId: randomUUID(), instrument: { code }, items: [], total },
        at(occurredAt),
      ),
    revised: (occurredAt: string) =>
      record(
        'CarePlanRevised',
        {
          carePlanId: randomUUID(),
          summary: 'Synthetic summary',
          changes: [{ path: 'goals' }],
          evidence: [],
          reason,
        },
        at(occurredAt),
      ),
    review: (
      kind: EventData<'UtilizationReviewPerformed'>['kind'],
      occurredAt: string,
      nextReviewDue?: string,
      reviewId = randomUUID(),
    ) =>
      record(
        'UtilizationReviewPerformed',
        {
          reviewId,
          kind,
          criteriaSet: { name: 'Synthetic criteria', version: '1' },
          criteriaMet: true,
          levelOfCare: 'inpatient',
          ...(nextReviewDue ? { nextReviewDue } : {}),
          evidence: [],
        },
        at(occurredAt),
      ),
    determination: (
      payer: string,
      decision: EventData<'PayerDeterminationRecorded'>['decision'],
      occurredAt: string,
      reviewId?: string,
    ) =>
      record(
        'PayerDeterminationRecorded',
        {
          determinationId: randomUUID(),
          payer,
          decision,
          ...(reviewId ? { reviewId } : {}),
          evidence: [],
        },
        at(occurredAt),
      ),
    avoidable: (
      date: string,
      responsibleParty: EventData<'AvoidableDayRecorded'>['responsibleParty'],
      code?: string,
    ) =>
      record('AvoidableDayRecorded', {
        avoidableDayId: randomUUID(),
        date,
        reason: { text: 'Synthetic reason', ...(code ? { code } : {}) },
        responsibleParty,
      }),
    handoff: (handoffId: string, actions: number, occurredAt: string) =>
      record(
        'HandoffInitiated',
        {
          handoffId,
          kind: 'case-manager',
          from: { userId: 'cm-ana' },
          to: { userId: 'cm-ben' },
          transfersPrimary: false,
          ipass: {
            illnessSeverity: 'watcher',
            patientSummary: 'Synthetic summary',
            actionList: Array.from({ length: actions }, (_, i) => ({
              action: `Synthetic action ${i}`,
              owner: 'cm-ben',
            })),
            situationAwareness: 'Synthetic awareness',
            contingency: 'Synthetic contingency',
          },
        },
        at(occurredAt),
      ),
    accepted: (handoffId: string, synthesis: string, occurredAt: string) =>
      record('HandoffAccepted', { handoffId, synthesis }, at(occurredAt)),
  };
}

/** Projects the events into a real in-memory case-outcomes read model and measures the cases in it. */
export function measured(events: readonly ProjectedEvent[], request: MeasureRequest) {
  const given = projectionSpec(caseOutcomes).given(events);
  const facts = given.rows('case_outcomes_facts');
  const cases = given.rows('case_outcomes').map((row) =>
    outcomeCaseOf(
      row,
      facts.filter((f) => f['case_id'] === row['case_id']),
    ),
  );
  return measureCases(cases, request);
}

export { EventLog };
