// Generates the resolvers' TypeScript types from the SDL in `schema/`, so a resolver that no longer
// fits its field (a renamed argument, a changed return type, a missing field) fails `tsc`.
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, parse, printSchema } from 'graphql';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { loadTypeDefs } from '../src/graphql/build-yoga.js';

export const resolverTypesPath = join(
  import.meta.dirname,
  '..',
  'src',
  'graphql',
  'generated',
  'resolver-types.ts',
);

const readViews = '../../../projections/current-case/case-view-types.js';

/**
 * The object a resolver receives as parent, where it is not the GraphQL type itself: the read-model
 * records and views the resolvers in `src/graphql/resolvers` start from.
 */
const mappers: Record<string, string> = {
  Patient: '../read/case-reads.js#PatientRecord',
  Case: '../read/case-reads.js#CaseRecord',
  CaseSnapshot: '../read/case-reads.js#CaseRecord',
  TimelineEntry: '../read/timeline-reads.js#TimelineEntryRecord',
  Decision: '../read/audit-reads.js#DecisionRecord',
  AccessLogEntry: '../read/access-log-reads.js#AccessLogEntryRecord',
  Disclosure: '../read/disclosure-reads.js#DisclosureRecord',
  OutcomeFigure: '../../outcomes/compute-measures.js#Figure as OutcomeFigureRecord',
  OutcomeUnit: '../../outcomes/compute-measures.js#FigureUnit',
  OutcomeMeasure: '../../outcomes/measure.js#MeasureDefinition',
  RecordedEvent: '../../event-store/port.js#RecordedEvent as StoredEvent',
  DecisionTrace:
    '../../../projections/current-case/decision-trace.js#DecisionTrace as DecisionTraceRecord',
  TracedEvidence:
    '../../../projections/current-case/decision-trace.js#TracedEvidence as TracedEvidenceRecord',
  LearnedLater:
    '../../../projections/current-case/decision-trace.js#LearnedLater as LearnedLaterRecord',
  Ipass: `${readViews}#IpassView`,
  CarePlan: `${readViews}#CarePlanView`,
  Problem: `${readViews}#ProblemView`,
  Goal: `${readViews}#GoalView`,
  GoalProgress: `${readViews}#GoalProgressView`,
  Intervention: `${readViews}#InterventionView`,
  CareTeamMember: `${readViews}#CareTeamMemberView`,
  Handoff: `${readViews}#HandoffView`,
  Assessment: `${readViews}#AssessmentView`,
  UtilizationReview: `${readViews}#UtilizationReviewView`,
  PayerDetermination: `${readViews}#PayerDeterminationView`,
  DischargePlan: `${readViews}#DischargePlanView`,
  DischargeDecision: `${readViews}#DischargeDecisionView`,
  Amendment: `${readViews}#AmendmentView`,
  AmendmentRequester: `${readViews}#AmendmentRequesterView`,
  AmendmentDecision: `${readViews}#AmendmentDecisionView`,
  AmendmentExtension: `${readViews}#AmendmentExtensionView`,
  DisagreementStatement: `${readViews}#DisagreementStatementView`,
  AmendmentRebuttal: `${readViews}#AmendmentRebuttalView`,
  EntryCorrection: `${readViews}#CorrectionNote`,
  EntryInErrorMark: `${readViews}#InErrorMark`,
};

/** The generated module's text, formatted as the repository formats TypeScript. */
export async function generateResolverTypes(): Promise<string> {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const output = await codegen({
    filename: resolverTypesPath,
    schema: parse(printSchema(schema)),
    documents: [],
    config: {
      contextType: '../context.js#ApiContext',
      mappers,
      scalars: { DateTime: 'string', JSON: 'unknown' },
      enumsAsTypes: true,
      immutableTypes: true,
      useTypeImports: true,
      // Resolvers may be plain or async alike; the parent types above say what each starts from.
      resolverTypeWrapperSignature: 'T | Promise<T>',
    },
    plugins: [{ typescript: {} }, { 'typescript-resolvers': {} }],
    pluginMap: { typescript: typescriptPlugin, 'typescript-resolvers': resolversPlugin },
  });
  const header =
    '// Generated from schema/*.graphql by `npm run codegen`; do not edit. A test fails when it is stale.\n';
  const options = await resolveConfig(resolverTypesPath);
  return format(header + output, { ...options, filepath: resolverTypesPath });
}
