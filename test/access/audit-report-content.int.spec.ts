import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { startApi } from '../support/api-harness.js';
import { caseManagedBy, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic people and records only.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

/**
 * ASTM E2147's audit log content, and this project's design: when (date and time), which patient
 * (and case), who (user and role), what was done (the action), which data (fields and their kind),
 * from where (the client's address, the request), why (the purpose of use, the emergency reason)
 * and the outcome.
 */
const accessLog = `query ($filter: AccessLogFilter, $orderBy: AccessLogOrder) {
  accessLog(filter: $filter, orderBy: $orderBy) {
    edges { node {
      recordedAt patientId caseIds userId role operationType operationName fields dataCategories
      clientAddress requestId purposeOfUse emergencyReason basis outcome
    } }
  }
}`;
interface Row {
  readonly [element: string]: unknown;
}
const readCase = `query ReadCase($id: ID!) { case(id: $id) { status carePlan { title } timeline(first: 5) { edges { node { summary } } } } }`;

async function settled(): Promise<void> {
  const { headPosition } = await api.store.stats();
  await api.projections.waitForPosition(headPosition!, 10_000);
}

async function rowsFor(auditor: Actor, filter: Record<string, unknown>, orderBy?: unknown) {
  const answer = await api.graphql<{ accessLog: { edges: { node: Row }[] } }>(
    accessLog,
    { filter, ...(orderBy ? { orderBy } : {}) },
    auditor,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.accessLog.edges.map((edge) => edge.node);
}

describe('an audit report of who accessed a record', () => {
  it('carries every ASTM E2147 element on every row, as a GraphQL connection and as CSV', async () => {
    // Given a case read by its manager, refused to an outsider, and read in an emergency
    const manager = syntheticUser('case_manager', 'cm-astm');
    const outsider = syntheticUser('case_manager', 'cm-astm-outsider');
    const nurse = syntheticUser('clinician', 'nurse-astm');
    const auditor = syntheticUser('auditor', 'auditor-astm');
    const { caseId, patientId } = await caseManagedBy(api, manager);
    await api.graphql(readCase, { id: caseId }, manager, { 'x-request-id': 'req-astm-1' });
    await api.graphql(readCase, { id: caseId }, outsider, { 'x-request-id': 'req-astm-2' });
    await api.graphql(
      `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { position } }`,
      { input: { patientId, reason: { text: 'Synthetic emergency review' } } },
      nurse,
    );
    await settled();
    await api.graphql(readCase, { id: caseId }, nurse, { 'x-request-id': 'req-astm-3' });
    await settled();

    // When an auditor asks for the patient's access report, oldest first
    const rows = await rowsFor(auditor, { patientId }, { field: 'RECORDED_AT', direction: 'ASC' });

    // Then there is a row per access, each with every element
    expect(rows.map((row) => [row['userId'], row['outcome'], row['basis']])).toEqual([
      [manager.userId, 'GRANTED', 'CARE_TEAM'],
      [outsider.userId, 'DENIED', null],
      [nurse.userId, 'GRANTED', 'EMERGENCY'],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({
        recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/) as string,
        patientId,
        caseIds: [caseId],
        role: expect.stringMatching(/^(case_manager|clinician)$/) as string,
        operationType: 'query',
        operationName: 'ReadCase',
        fields: expect.arrayContaining([
          'Case.status',
          'CarePlan.title',
          'TimelineEntry.summary',
        ]) as string[],
        dataCategories: ['care-plan', 'case', 'timeline'],
        clientAddress: expect.stringMatching(/127\.0\.0\.1/) as string,
        requestId: expect.stringMatching(/^req-astm-\d$/) as string,
        purposeOfUse: expect.stringMatching(/TREATMENT$/) as string,
      });
    }
    expect(rows[2]).toMatchObject({
      purposeOfUse: 'EMERGENCY_TREATMENT',
      emergencyReason: 'Synthetic emergency review',
    });

    // And the CSV export has the same elements as columns, one row per access
    const csv = await fetch(`${api.base}/exports/access-log.csv?patientId=${patientId}`, {
      headers: await api.authorizationAs(auditor),
    });
    const [header, ...lines] = (await csv.text()).trimEnd().split('\r\n');
    expect(header!.split(',')).toEqual(
      expect.arrayContaining([
        'recorded_at',
        'patient_id',
        'case_ids',
        'user_id',
        'role',
        'operation_type',
        'operation_name',
        'fields',
        'data_categories',
        'client_address',
        'request_id',
        'purpose_of_use',
        'emergency_reason',
        'outcome',
      ]),
    );
    expect(lines).toHaveLength(3);
  });

  it('filters and sorts by every audited element, the action and the kind of data included', async () => {
    // Given one patient's record read for its care plan and, separately, its timeline
    const manager = syntheticUser('case_manager', 'cm-astm-filters');
    const auditor = syntheticUser('auditor', 'auditor-astm-filters');
    const { caseId, patientId } = await caseManagedBy(api, manager);
    await api.graphql(
      `query Plan($id: ID!) { case(id: $id) { carePlan { title } } }`,
      { id: caseId },
      manager,
    );
    await api.graphql(
      `query Timeline($id: ID!) { case(id: $id) { timeline(first: 3) { edges { node { summary } } } } }`,
      { id: caseId },
      manager,
    );
    await settled();

    // When the auditor filters by kind of data, by action, and sorts by action
    const planReads = await rowsFor(auditor, { patientId, dataCategory: 'care-plan' });
    const timelineReads = await rowsFor(auditor, { patientId, dataCategory: 'timeline' });
    const queries = await rowsFor(auditor, { patientId, operationType: 'query' });
    const mutations = await rowsFor(auditor, { patientId, operationType: 'mutation' });
    const byAction = await rowsFor(
      auditor,
      { caseId },
      { field: 'OPERATION_TYPE', direction: 'ASC' },
    );

    // Then each answer holds exactly the matching reads
    expect(planReads.map((row) => row['operationName'])).toEqual(['Plan']);
    expect(timelineReads.map((row) => row['operationName'])).toEqual(['Timeline']);
    expect(queries).toHaveLength(2);
    expect(mutations).toEqual([]);
    expect(byAction.map((row) => row['operationType'])).toEqual(['query', 'query']);
    const csv = await fetch(
      `${api.base}/exports/access-log.csv?patientId=${patientId}&dataCategory=timeline&operationType=query`,
      { headers: await api.authorizationAs(auditor) },
    );
    expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(2);
  });
});
