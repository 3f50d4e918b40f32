import type {
  AssessmentView,
  CareTeamMemberView,
  CaseView,
  HandoffView,
} from '../../../projections/current-case/case-view-types.js';
import { caseAsOfTime } from '../../application/case-time-travel.js';
import { streams } from '../../application/streams.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { RecordedEvent } from '../../event-store/port.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import { loaders } from '../loaders.js';
import {
  enumFieldResolvers,
  fromGraphQLEnumName,
  toGraphQLEnumValue,
} from '../mutations/enum-names.js';
import { decisionPage } from '../read/audit-reads.js';
import { atPosition, callerId } from '../read/caller.js';
import { caseloadKeyOf, caseloadPage, caseStatuses, type CaseRecord } from '../read/case-reads.js';
import {
  connectionFrom,
  integerKey,
  pageRequest,
  textIntegerKey,
  textTextKey,
  type PageArgs,
} from '../read/connection.js';
import { streamEvents } from '../read/event-reads.js';
import type { TimelineEntryRecord, TimelineQuery } from '../read/timeline-reads.js';

interface TimelineArgs extends PageArgs {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly kinds?: readonly string[] | null;
  readonly atPosition?: string | null;
}

/** A Case or a CaseSnapshot: both show a CaseView. */
interface ViewParent {
  readonly id: string;
  readonly view: CaseView;
}

const utc = (instant: string | null | undefined): string | null =>
  instant == null ? null : new Date(instant).toISOString();

async function timeline(scope: TimelineQuery['scope'], args: TimelineArgs, context: ApiContext) {
  return mapped(async () => {
    const page = pageRequest(args, textIntegerKey);
    await atPosition(context, args.atPosition);
    const query: TimelineQuery = {
      scope,
      from: utc(args.from),
      to: utc(args.to),
      kinds: args.kinds ?? null,
      page,
    };
    const rows = await loaders(context).timelinePage.load(query);
    return connectionFrom(rows, page, (entry) => entry.key);
  });
}

function instrumentName(entry: AssessmentView): string {
  const instrument = entry.instrument;
  return instrument.code === 'custom' ? `custom:${instrument.name}` : instrument.code;
}

/** The fields Case and CaseSnapshot share: the same picture of a case, now or then. */
const caseViewFields = {
  patientId: ({ view }: ViewParent) => view.patientId,
  status: ({ view }: ViewParent) => toGraphQLEnumValue(view.status),
  program: ({ view }: ViewParent) => view.opening?.program ?? null,
  admissionType: ({ view }: ViewParent) => toGraphQLEnumValue(view.opening?.admissionType),
  admittedAt: ({ view }: ViewParent) => view.opening?.admittedAt ?? null,
  dischargedAt: ({ view }: ViewParent) => view.discharge?.dischargedAt ?? null,
  primaryCaseManager: ({ view }: ViewParent) => view.primaryCaseManager,
  revision: ({ view }: ViewParent) => view.revision,
  riskTier: ({ view }: ViewParent) => toGraphQLEnumValue(view.riskTier),
  carePlan: ({ view }: ViewParent) => view.carePlan,
  previousCarePlans: ({ view }: ViewParent) => view.previousCarePlans,
  problems: ({ view }: ViewParent) => view.problems,
  goals: ({ view }: ViewParent) => view.goals,
  interventions: ({ view }: ViewParent) => view.interventions,
  careTeam: ({ view }: ViewParent) => view.careTeam,
  assessments: ({ view }: ViewParent, args: { instrument?: string | null }) =>
    view.assessments
      .filter((series) => args.instrument == null || series.instrument === args.instrument)
      .flatMap((series) => series.entries)
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
  handoffs: ({ view }: ViewParent) => [...view.handoffs.open, ...view.handoffs.past],
  utilizationReviews: ({ view }: ViewParent) => view.utilizationReviews,
  payerDeterminations: ({ view }: ViewParent) => view.payerDeterminations,
  dischargePlan: ({ view }: ViewParent) => view.dischargePlan,
  dischargeDecisions: ({ view }: ViewParent) => view.dischargeDecisions,
  dischargeDecisionInForce: ({ view }: ViewParent) => view.dischargeDecisionInForce,
};

/** The queries of the API (see schema/): thin resolvers over loaders and read modules. */
export const queryResolvers = {
  Query: {
    patient: (_: unknown, args: { id: string; atPosition?: string | null }, context: ApiContext) =>
      mapped(async () => {
        await atPosition(context, args.atPosition);
        return (await loaders(context).patientKnown.load(args.id)) ? { id: args.id } : null;
      }),
    case: (_: unknown, args: { id: string; atPosition?: string | null }, context: ApiContext) =>
      mapped(async () => {
        await atPosition(context, args.atPosition);
        return loaders(context).caseById.load(args.id);
      }),
    caseload: (_: unknown, args: PageArgs & { status?: string | null }, context: ApiContext) =>
      mapped(async () => {
        const userId = callerId(context);
        const page = pageRequest(args, textTextKey);
        const records = caseloadPage(context.services.projections, {
          userId,
          status:
            args.status == null ? null : (fromGraphQLEnumName(args.status, caseStatuses) ?? null),
          page,
        });
        for (const record of records) loaders(context).caseById.prime(record.id, record);
        return connectionFrom(records, page, caseloadKeyOf);
      }),
    event: (_: unknown, args: { id: string }, context: ApiContext) =>
      mapped(() => loaders(context).eventById.load(args.id)),
  },
  Patient: {
    cases: (patient: { id: string }, _: unknown, context: ApiContext) =>
      loaders(context).casesOfPatient.load(patient.id),
    timeline: (patient: { id: string }, args: TimelineArgs, context: ApiContext) =>
      timeline({ patientId: patient.id }, args, context),
  },
  Case: {
    ...caseViewFields,
    timeline: (record: CaseRecord, args: TimelineArgs, context: ApiContext) =>
      timeline({ caseId: record.id }, args, context),
    history: (record: CaseRecord, args: PageArgs, context: ApiContext) =>
      mapped(async () => {
        const page = pageRequest(args, integerKey);
        const from = page.after === null ? 0 : page.after + 1;
        const events = await streamEvents(
          context.services.store,
          streams.case(record.id),
          from,
          page.size + 1,
        );
        return connectionFrom(events, page, (event: RecordedEvent) => event.revision);
      }),
    decisions: (
      record: CaseRecord,
      args: PageArgs & { kinds?: readonly string[] | null },
      context: ApiContext,
    ) =>
      mapped(async () => {
        const page = pageRequest(args, integerKey);
        const rows = decisionPage(context.services.projections, {
          streamId: streams.case(record.id),
          kinds: args.kinds ?? null,
          page,
        });
        return connectionFrom(rows, page, (row) => row.revision);
      }),
    asOf: (
      record: CaseRecord,
      args: { revision?: number | null; recordedAt?: string | null; occurredAt?: string | null },
      context: ApiContext,
    ) =>
      mapped(async () => {
        if (args.revision == null && args.recordedAt == null && args.occurredAt == null)
          throw new ValidationError('asOf needs a revision, a recordedAt or an occurredAt', [
            { path: ['revision'], message: 'give revision, recordedAt or occurredAt' },
          ]);
        try {
          const view = await caseAsOfTime(context.services.store, record.id, {
            ...(args.revision == null ? {} : { revision: args.revision }),
            ...(args.recordedAt == null ? {} : { recordedAt: args.recordedAt }),
            ...(args.occurredAt == null ? {} : { occurredAt: args.occurredAt }),
          });
          return { id: record.id, view };
        } catch (error) {
          // Before the case's first event there is nothing to show: null, like a missing case.
          if (error instanceof NotFoundError) return null;
          throw error;
        }
      }),
  },
  CaseSnapshot: {
    ...caseViewFields,
    lastEventAt: ({ view }: ViewParent) => view.lastEventAt,
  },
  TimelineEntry: {
    case: (entry: TimelineEntryRecord, _: unknown, context: ApiContext) =>
      entry.caseId === null ? null : loaders(context).caseById.load(entry.caseId),
  },
  CarePlan: {
    id: (plan: { carePlanId: string }) => plan.carePlanId,
    ...enumFieldResolvers('status'),
  },
  Problem: {
    id: (problem: { problemId: string }) => problem.problemId,
    ...enumFieldResolvers('status', 'category'),
  },
  Goal: {
    id: (goal: { goalId: string }) => goal.goalId,
    ...enumFieldResolvers('priority', 'lifecycleStatus', 'achievementStatus'),
  },
  GoalProgress: enumFieldResolvers('achievementStatus'),
  Intervention: {
    id: (intervention: { interventionId: string }) => intervention.interventionId,
    ...enumFieldResolvers('kind', 'status'),
  },
  CareTeamMember: {
    ...enumFieldResolvers('role'),
    userId: (member: CareTeamMemberView) => member.memberId,
    until: (member: CareTeamMemberView) => member.release?.until ?? null,
  },
  Ipass: enumFieldResolvers('illnessSeverity'),
  Handoff: {
    id: (handoff: HandoffView) => handoff.handoffId,
    ...enumFieldResolvers('status', 'kind'),
    outcome: (handoff: HandoffView) => toGraphQLEnumValue(handoff.settlement?.outcome),
    synthesis: (handoff: HandoffView) => handoff.settlement?.synthesis ?? null,
    declineReason: (handoff: HandoffView) => handoff.settlement?.reason ?? null,
    settledAt: (handoff: HandoffView) => handoff.settlement?.occurredAt ?? null,
  },
  Assessment: {
    id: (assessment: AssessmentView) => assessment.assessmentId,
    instrument: instrumentName,
  },
  UtilizationReview: {
    id: (review: { reviewId: string }) => review.reviewId,
    ...enumFieldResolvers('kind', 'levelOfCare'),
  },
  PayerDetermination: {
    id: (determination: { determinationId: string }) => determination.determinationId,
    ...enumFieldResolvers('decision'),
  },
  DischargePlan: enumFieldResolvers('plannedDisposition'),
  DischargeDecision: {
    id: (decision: { decisionId: string }) => decision.decisionId,
    ...enumFieldResolvers('decision', 'disposition'),
  },
};
