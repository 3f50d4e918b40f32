import type {
  AssessmentView,
  CarePlanView,
  CareTeamMemberView,
  DischargeDecisionView,
  DischargePlanView,
  GoalProgressView,
  GoalView,
  HandoffView,
  InterventionView,
  IpassView,
  PayerDeterminationView,
  ProblemView,
  UtilizationReviewView,
} from '../../../projections/current-case/case-view-types.js';
import { caseAsOfTime } from '../../application/case-time-travel.js';
import { streams } from '../../application/streams.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { RecordedEvent } from '../../event-store/port.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import type {
  CaseTimelineArgs,
  PatientTimelineArgs,
  Resolvers,
} from '../generated/resolver-types.js';
import { loaders } from '../loaders.js';
import {
  enumFieldResolvers,
  fromGraphQLEnumName,
  toGraphQLEnumValue,
} from '../mutations/enum-names.js';
import { decisionPage } from '../read/audit-reads.js';
import { atPosition } from '../read/caller.js';
import { caseloadKeyOf, caseloadPage, caseStatuses, type CaseRecord } from '../read/case-reads.js';
import {
  connectionFrom,
  integerKey,
  pageRequest,
  textIntegerKey,
  textTextKey,
} from '../read/connection.js';
import { accountingYears, disclosuresOf, type DisclosureRecord } from '../read/disclosure-reads.js';
import { streamEvents } from '../read/event-reads.js';
import type { TimelineQuery } from '../read/timeline-reads.js';

/** The timeline's arguments, the same on Patient and Case. */
type TimelineArgs = PatientTimelineArgs & CaseTimelineArgs;

/** A Case or a CaseSnapshot: both show a CaseView. */
type ViewParent = CaseRecord;

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
      recordedFrom: utc(args.recordedFrom),
      recordedTo: utc(args.recordedTo),
      knownAt: utc(args.knownAt),
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
  amendments: ({ view }: ViewParent) => view.amendments,
};

/** The queries of the API (see schema/): thin resolvers over loaders and read modules. */
export const queryResolvers: Resolvers = {
  Query: {
    patient: (_, args, context) =>
      mapped(async () => {
        await atPosition(context, args.atPosition);
        return (await loaders(context).patientKnown.load(args.id)) ? { id: args.id } : null;
      }),
    case: (_, args, context) =>
      mapped(async () => {
        await atPosition(context, args.atPosition);
        return loaders(context).caseById.load(args.id);
      }),
    caseload: (_, args, context) =>
      mapped(async () => {
        const page = pageRequest(args, textTextKey);
        const records = caseloadPage(context.services.projections, {
          caseIds: await context.access.currentCaseIds(),
          status:
            args.status == null ? null : (fromGraphQLEnumName(args.status, caseStatuses) ?? null),
          page,
        });
        return connectionFrom(await loaders(context).readableCases(records), page, caseloadKeyOf);
      }),
    event: (_, args, context) => mapped(() => loaders(context).eventById.load(args.id)),
  },
  Patient: {
    cases: (patient, _, context) => loaders(context).casesOfPatient.load(patient.id),
    timeline: (patient, args, context) => timeline({ patientId: patient.id }, args, context),
    disclosures: async (patient, args, context) => {
      const sixYearsAgo = new Date(context.services.clock());
      sixYearsAgo.setUTCFullYear(sixYearsAgo.getUTCFullYear() - accountingYears);
      const since = args.since ?? sixYearsAgo.toISOString();
      return disclosuresOf(await loaders(context).casesOfPatient.load(patient.id), since);
    },
  },
  Case: {
    ...caseViewFields,
    timeline: (record, args, context) => timeline({ caseId: record.id }, args, context),
    history: (record, args, context) =>
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
    decisions: (record, args, context) =>
      mapped(async () => {
        const page = pageRequest(args, integerKey);
        const rows = decisionPage(context.services.projections, {
          streamId: streams.case(record.id),
          kinds: args.kinds ?? null,
          page,
        });
        return connectionFrom(rows, page, (row) => row.revision);
      }),
    asOf: (record, args, context) =>
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
    case: (entry, _, context) =>
      entry.caseId === null ? null : loaders(context).caseById.load(entry.caseId),
  },
  CarePlan: {
    id: (plan) => plan.carePlanId,
    ...enumFieldResolvers<CarePlanView>()('status'),
  },
  Problem: {
    id: (problem) => problem.problemId,
    ...enumFieldResolvers<ProblemView>()('status', 'category'),
  },
  Goal: {
    id: (goal) => goal.goalId,
    ...enumFieldResolvers<GoalView>()('priority', 'lifecycleStatus', 'achievementStatus'),
  },
  GoalProgress: enumFieldResolvers<GoalProgressView>()('achievementStatus'),
  Intervention: {
    id: (intervention) => intervention.interventionId,
    ...enumFieldResolvers<InterventionView>()('kind', 'status'),
  },
  CareTeamMember: {
    ...enumFieldResolvers<CareTeamMemberView>()('role'),
    userId: (member) => member.memberId,
    until: (member) => member.release?.until ?? null,
  },
  Ipass: enumFieldResolvers<IpassView>()('illnessSeverity'),
  Handoff: {
    id: (handoff) => handoff.handoffId,
    ...enumFieldResolvers<HandoffView>()('status', 'kind'),
    outcome: (handoff) => toGraphQLEnumValue(handoff.settlement?.outcome),
    synthesis: (handoff) => handoff.settlement?.synthesis ?? null,
    declineReason: (handoff) => handoff.settlement?.reason ?? null,
    settledAt: (handoff) => handoff.settlement?.occurredAt ?? null,
  },
  Assessment: {
    id: (assessment) => assessment.assessmentId,
    instrument: instrumentName,
  },
  UtilizationReview: {
    id: (review) => review.reviewId,
    ...enumFieldResolvers<UtilizationReviewView>()('kind', 'levelOfCare'),
  },
  PayerDetermination: {
    id: (determination) => determination.determinationId,
    ...enumFieldResolvers<PayerDeterminationView>()('decision'),
  },
  Disclosure: {
    disclosedAt: (disclosure) => disclosure.occurredAt,
    recipient: (disclosure) => disclosure.payer,
    what: (disclosure) => disclosure.reportType,
    ...enumFieldResolvers<DisclosureRecord>()('purpose'),
  },
  DischargePlan: enumFieldResolvers<DischargePlanView>()('plannedDisposition'),
  DischargeDecision: {
    id: (decision) => decision.decisionId,
    ...enumFieldResolvers<DischargeDecisionView>()('decision', 'disposition'),
  },
};
