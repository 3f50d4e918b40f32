import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventData } from '../../src/domain/events/catalogue.js';
import { readModelStatementCount } from '../../src/graphql/read/read-model-sql.js';
import { startApi } from '../support/api-harness.js';
import { syntheticUser } from '../support/synthetic-writes.js';

// The synthetic demo cohort, as `npm start` seeds it: no real person in it.

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi({ demoCohort: true });
});
afterAll(() => api.stop());

const outcomes = `query ($measures: [MeasureSelection!], $groupBy: OutcomeGrouping, $first: Int) {
  outcomes(from: "2024-01-01", to: "2027-01-01", measures: $measures, groupBy: $groupBy) {
    smallCellThreshold
    measures { id version title }
    figures {
      measureId version group units numerator denominator rate smallCell
      excluded { reason count }
      cases(first: $first) { caseId patientId unitId numerator excludedBy
        events { eventId caseId type occurredAt role } }
    }
  }
}`;

interface OutcomesAnswer {
  outcomes: {
    smallCellThreshold: number;
    measures: { id: string; version: number }[];
    figures: {
      measureId: string;
      version: number;
      group: string | null;
      units: number;
      numerator: number;
      denominator: number;
      cases: {
        caseId: string;
        patientId: string;
        events: { eventId: string; caseId: string; type: string; role: string }[];
      }[];
    }[];
  };
}

/** The demo cohort's identifying values: names, MRNs, patient and case ids. */
async function demoIdentities(): Promise<Set<string>> {
  const identifying = new Set<string>();
  for await (const event of api.store.readAll()) {
    if (event.type === 'PatientRegistered') {
      const { patientId, mrn, name } = event.data as EventData<'PatientRegistered'>;
      for (const value of [patientId, mrn, name.given, name.family]) identifying.add(value);
    }
    if (event.type === 'CaseOpened')
      identifying.add((event.data as EventData<'CaseOpened'>).caseId);
  }
  return identifying;
}

/** Every string in an answer and every word in them. */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value, ...value.split(/[^\p{L}\d-]+/u)];
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}

describe('the outcomes query', () => {
  it('gives a quality analyst every measure with counts, and cases behind each figure as pseudonyms only', async () => {
    const analyst = syntheticUser('quality_analyst', 'analyst');

    const answer = await api.graphql<OutcomesAnswer>(outcomes, { first: 500 }, analyst);

    expect(answer.errors).toBeUndefined();
    const report = answer.data!.outcomes;
    expect(report.smallCellThreshold).toBe(11);
    expect(report.measures.map((m) => `${m.id}@${m.version}`)).toContain('readmission-30d@2');
    const los = report.figures.find((f) => f.measureId === 'length-of-stay');
    expect(los?.units).toBeGreaterThan(0);
    expect(los?.cases).toHaveLength(los?.units ?? -1);
    const units = report.figures.flatMap((f) => f.cases);
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      expect(unit.caseId).toMatch(/^cs_/);
      expect(unit.patientId).toMatch(/^pt_/);
      for (const event of unit.events) expect(event.caseId).toMatch(/^cs_/);
    }
    const identifying = await demoIdentities();
    expect(identifying.size).toBeGreaterThan(0);
    expect(wordsOf(answer.data).filter((word) => identifying.has(word))).toEqual([]);
  });

  it('records the drill-down as reads of those patients, and the figures alone as none', async () => {
    const analyst = syntheticUser('quality_analyst', 'analyst');
    const auditor = syntheticUser('auditor', 'auditor');
    const figuresOnly = `query { outcomes(from: "2024-01-01", to: "2027-01-01", measures: [{ id: "length-of-stay" }]) { figures { units } } }`;
    await api.graphql(figuresOnly, {}, analyst);
    const drilled = await api.graphql<OutcomesAnswer>(
      outcomes,
      { measures: [{ id: 'length-of-stay' }], first: 3 },
      analyst,
    );
    const pseudonym = drilled.data!.outcomes.figures[0]!.cases[0]!.patientId;
    const patientId = api.pseudonyms.reveal('patient', pseudonym);
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    const log = await api.graphql<{
      accessLog: { edges: { node: { operationName: string | null } }[] };
    }>(
      `query ($filter: AccessLogFilter) { accessLog(filter: $filter, first: 50) { edges { node { operationName } } } }`,
      { filter: { patientId, userId: analyst.userId } },
      auditor,
    );
    expect(log.data!.accessLog.edges).toHaveLength(1);
  });

  it('reads the read model in the same number of statements whatever the number of figures and cases', async () => {
    const analyst = syntheticUser('quality_analyst', 'analyst');
    const before = readModelStatementCount();
    await api.graphql(outcomes, { measures: [{ id: 'length-of-stay' }], first: 1 }, analyst);
    const one = readModelStatementCount() - before;
    const again = readModelStatementCount();
    await api.graphql(outcomes, { groupBy: 'MONTH', first: 500 }, analyst);
    expect(readModelStatementCount() - again).toBe(one);
  });

  it('is refused to a case manager and an admin, and answered to an auditor', async () => {
    const query = `query { outcomes(from: "2025-01-01", to: "2026-01-01") { figures { units } } }`;
    const manager = await api.graphql(query, {}, syntheticUser('case_manager', 'cm'));
    const admin = await api.graphql(query, {}, syntheticUser('admin', 'admin'));
    const auditor = await api.graphql(query, {}, syntheticUser('auditor', 'auditor'));

    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(manager.data?.['outcomes'] ?? null).toBeNull();
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(auditor.errors).toBeUndefined();
  });

  it('refuses a bad period with a typed error', async () => {
    const answer = await api.graphql(
      `query { outcomes(from: "2026-01-01", to: "2025-01-01") { figures { units } } }`,
      {},
      syntheticUser('quality_analyst', 'analyst'),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
