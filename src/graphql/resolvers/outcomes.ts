import { readsOutcomes } from '../../access/access-policy.js';
import { ForbiddenError } from '../../access/forbidden-error.js';
import { ValidationError } from '../../domain/errors.js';
import type { CohortFilters, GroupBy } from '../../outcomes/compute-measures.js';
import { computeMeasures } from '../../outcomes/compute-measures-read.js';
import { measureCatalogue } from '../../outcomes/measure-catalogue.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import type {
  OutcomeCohortFilter,
  OutcomeEvidenceRole,
  OutcomeGrouping,
  Resolvers,
} from '../generated/resolver-types.js';

const groupings: Readonly<Record<OutcomeGrouping, GroupBy>> = {
  MONTH: 'month',
  PROGRAM: 'program',
  PRIMARY_CASE_MANAGER: 'primaryCaseManager',
  DISPOSITION: 'disposition',
  RISK_TIER: 'riskTier',
  PAYER: 'payer',
};
const groupingOf = new Map(Object.entries(groupings).map(([k, v]) => [v, k as OutcomeGrouping]));

const roles: Readonly<Record<string, OutcomeEvidenceRole>> = {
  denominator: 'DENOMINATOR',
  numerator: 'NUMERATOR',
  exclusion: 'EXCLUSION',
};

/** The most drill-down units one figure returns at a time. */
const maxUnits = 500;

function filtersOf(filter: OutcomeCohortFilter | null | undefined): CohortFilters {
  if (!filter) return {};
  const lists: CohortFilters = {
    program: filter.programs ?? undefined,
    primaryCaseManager: filter.primaryCaseManagers ?? undefined,
    disposition: filter.dispositions ?? undefined,
    riskTier: filter.riskTiers ?? undefined,
    payer: filter.payers ?? undefined,
  };
  return Object.fromEntries(Object.entries(lists).filter(([, v]) => v !== undefined));
}

/** The `outcomes` query: quality analysts and auditors, the access policy decides. */
export const outcomeResolvers: Resolvers = {
  Query: {
    outcomes: (_, args, context: ApiContext) =>
      mapped(async () => {
        if (!readsOutcomes(context.actor.role))
          throw new ForbiddenError(`the ${context.actor.role} role does not read outcome measures`);
        const report = computeMeasures(context.services.projections, {
          period: { from: args.from, to: args.to },
          ...(args.measures
            ? {
                measures: args.measures.map((m) =>
                  m.version === null || m.version === undefined
                    ? { id: m.id }
                    : { id: m.id, version: m.version },
                ),
              }
            : {}),
          filters: filtersOf(args.filter),
          groupBy: args.groupBy ? groupings[args.groupBy] : null,
          ...(args.timeZone ? { timeZone: args.timeZone } : {}),
        });
        const computed = new Set(report.figures.map((f) => `${f.measureId}@${f.version}`));
        return {
          from: report.period.from,
          to: report.period.to,
          groupBy: report.groupBy === null ? null : (groupingOf.get(report.groupBy) ?? null),
          smallCellThreshold: report.smallCellThreshold,
          measures: measureCatalogue.filter((m) => computed.has(`${m.id}@${m.version}`)),
          figures: report.figures,
        };
      }),
  },
  OutcomeFigure: {
    cases: (figure, args, context: ApiContext) =>
      mapped(async () => {
        const first = args.first ?? 100;
        const offset = args.offset ?? 0;
        if (first < 0 || first > maxUnits || offset < 0)
          throw new ValidationError('first must be 0 to 500 and offset not negative', [
            { path: ['first'], message: `expected 0 ≤ first ≤ ${maxUnits}, offset ≥ 0` },
          ]);
        const units = figure.contributions
          .filter((unit) =>
            args.inNumerator === null || args.inNumerator === undefined
              ? true
              : unit.excludedBy === null && unit.numerator > 0 === args.inNumerator,
          )
          .slice(offset, offset + first);
        // Listing the cases behind a figure reads those patients' data: the access log records it.
        await context.access.readsOf(units);
        return units;
      }),
  },
  OutcomeUnit: {
    events: (unit) => unit.evidence.map((e) => ({ ...e, role: roles[e.role] ?? 'DENOMINATOR' })),
  },
};
