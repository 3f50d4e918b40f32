import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import type { RecordedEvent } from '../../src/event-store/port.js';
import { startApi } from '../support/api-harness.js';
import {
  caseManagedBy as openCaseManagedBy,
  logContactAs,
  syntheticUser,
} from '../support/synthetic-writes.js';

// Synthetic people and records only, made up by each test.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const someone = syntheticUser;

const caseManagedBy = (manager: Actor) => openCaseManagedBy(api, manager);

async function accessRecordsOf(patientId: string): Promise<RecordedEvent[]> {
  const records: RecordedEvent[] = [];
  for await (const event of api.store.readStream(`access-${patientId}`)) records.push(event);
  return records;
}

const readCase = `query ReadCase($id: ID!) { case(id: $id) { id status carePlan { title } } }`;

describe('the access audit', () => {
  it('records a read of a case: who, when, what, why, from where and the outcome', async () => {
    // Given Ann's case
    const ann = someone('case_manager', 'cm-ann');
    const { caseId, patientId } = await caseManagedBy(ann);

    // When Ann reads it with a request id
    const answer = await api.graphql(readCase, { id: caseId }, ann, {
      'x-request-id': 'req-audit-1',
    });

    // Then exactly one record is in the patient's access stream, before the answer came back
    expect(answer.data).toEqual({ case: { id: caseId, status: 'OPEN', carePlan: null } });
    const records = await accessRecordsOf(patientId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      type: 'PatientRecordAccessed',
      actor: ann,
      correlationId: 'req-audit-1',
      data: {
        patientId,
        operation: { type: 'query', name: 'ReadCase' },
        fields: ['Case.carePlan', 'Case.id', 'Case.status', 'CarePlan.title'].sort(),
        caseIds: [caseId],
        outcome: 'granted',
        basis: 'care-team',
        purposeOfUse: 'treatment',
        client: {
          address: expect.stringMatching(/127\.0\.0\.1/) as unknown,
          requestId: 'req-audit-1',
        },
        role: 'case_manager',
      },
    });
  });

  it('records a refused attempt on an existing record, and nothing for one that does not exist', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const bob = someone('case_manager', 'cm-bob');
    const { caseId, patientId } = await caseManagedBy(ann);

    const refused = await api.graphql(readCase, { id: caseId }, bob);
    const { headPosition: before } = await api.store.stats();
    const missing = await api.graphql(readCase, { id: randomUUID() }, bob);
    const { headPosition: after } = await api.store.stats();

    expect(refused.data).toEqual({ case: null });
    expect(missing.data).toEqual({ case: null });
    const records = await accessRecordsOf(patientId);
    expect(records.map((r) => r.data)).toEqual([
      expect.objectContaining({ outcome: 'denied', basis: null, caseIds: [caseId] }),
    ]);
    expect(records[0]?.actor.userId).toBe(bob.userId);
    expect(after).toBe(before);
  });

  it('records the cases a caseload shows, like any other read', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const { caseId, patientId } = await caseManagedBy(ann);

    await api.graphql(`query Caseload { caseload(first: 10) { edges { node { id } } } }`, {}, ann);

    expect((await accessRecordsOf(patientId)).map((r) => r.data)).toEqual([
      expect.objectContaining({
        operation: { type: 'query', name: 'Caseload' },
        caseIds: [caseId],
        outcome: 'granted',
        basis: 'care-team',
      }),
    ]);
  });

  it('records nothing for questions that read no patient data', async () => {
    const { headPosition: before } = await api.store.stats();
    await api.graphql('{ projections { name } }');
    expect((await api.store.stats()).headPosition).toBe(before);
  });

  it('returns no data when the access cannot be recorded', async () => {
    // Given the access stream cannot be written
    const ann = someone('case_manager', 'cm-ann');
    const { caseId } = await caseManagedBy(ann);
    const record = api.services.accessRecords.record.bind(api.services.accessRecords);
    api.services.accessRecords.record = () => Promise.reject(new Error('synthetic: disk full'));
    try {
      // When Ann reads her case
      const response = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await api.authorizationAs(ann)) },
        body: JSON.stringify({ query: readCase, variables: { id: caseId } }),
      });

      // Then she gets a 503 and no data, without detail
      expect(response.status).toBe(503);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: unknown }[] };
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0]?.extensions).toEqual({ code: 'ACCESS_NOT_RECORDED' });
      expect(JSON.stringify(body)).not.toContain(caseId);
    } finally {
      api.services.accessRecords.record = record;
    }
  });
});

describe('emergency ("break-glass") access', () => {
  const breakGlass = `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { patientId expiresAt position } }`;

  it('opens a record to a clinician off its teams, with a reason, flagged in every access record', async () => {
    // Given a clinician on no team of Ann's case
    const ann = someone('case_manager', 'cm-ann');
    const nurse = someone('clinician', 'rn-er');
    const { caseId, patientId } = await caseManagedBy(ann);
    expect((await api.graphql(readCase, { id: caseId }, nurse)).data).toEqual({ case: null });

    // When the clinician breaks the glass with a reason, and reads the case
    const reason = { text: 'Synthetic: patient arrived unresponsive in the emergency department' };
    const granted = await api.graphql<{ breakGlass: { expiresAt: string; position: string } }>(
      breakGlass,
      { input: { patientId, reason, minutes: 30 } },
      nurse,
    );
    const read = await api.graphql(
      `query ($id: ID!, $at: String) { case(id: $id, atPosition: $at) { id } }`,
      { id: caseId, at: granted.data?.breakGlass.position },
      nurse,
    );

    // Then the read works, for 30 minutes, and its record says emergency and why
    expect(granted.errors).toBeUndefined();
    const minutes = (Date.parse(granted.data!.breakGlass.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    expect(read.data).toEqual({ case: { id: caseId } });
    const records = (await accessRecordsOf(patientId)).map((r) => [r.type, r.data]);
    expect(records).toContainEqual([
      'EmergencyAccessGranted',
      expect.objectContaining({ patientId, reason }),
    ]);
    expect(records).toContainEqual([
      'PatientRecordAccessed',
      expect.objectContaining({
        outcome: 'granted',
        basis: 'emergency',
        purposeOfUse: 'emergency-treatment',
        emergencyReason: reason,
      }),
    ]);
    // It opens reads only: the clinician still cannot record on the case
    const write = await logContactAs(api, nurse, caseId);
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('needs a reason, a patient that exists and a role that treats', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const { patientId } = await caseManagedBy(ann);
    const nurse = someone('clinician', 'rn-er');
    const auditor = someone('auditor', 'auditor');

    const noReason = await api.graphql(
      breakGlass,
      { input: { patientId, reason: { text: ' ' } } },
      nurse,
    );
    const tooLong = await api.graphql(
      breakGlass,
      { input: { patientId, reason: { text: 'Synthetic' }, minutes: 10_000 } },
      nurse,
    );
    const nobody = await api.graphql(
      breakGlass,
      { input: { patientId: randomUUID(), reason: { text: 'Synthetic' } } },
      nurse,
    );
    const notTreating = await api.graphql(
      breakGlass,
      { input: { patientId, reason: { text: 'Synthetic' } } },
      auditor,
    );

    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(nobody.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notTreating.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the access log for auditors', () => {
  const accessLog = `query ($filter: AccessLogFilter, $orderBy: AccessLogOrder, $first: Int, $after: String) {
    accessLog(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { node { userId patientId outcome basis purposeOfUse operationName caseIds fields } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  interface LogPage {
    accessLog: {
      edges: { node: { userId: string; outcome: string; basis: string | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  it('filters by patient, user and outcome, sorts by any field, and pages', async () => {
    // Given reads of one patient by a team member and a refused outsider
    const ann = someone('case_manager', 'cm-ann');
    const bob = someone('case_manager', 'cm-bob');
    const auditor = someone('auditor', 'auditor');
    const { caseId, patientId } = await caseManagedBy(ann);
    for (let i = 0; i < 3; i += 1) await api.graphql(readCase, { id: caseId }, ann);
    await api.graphql(readCase, { id: caseId }, bob);
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    const ofPatient = await api.graphql<LogPage>(
      accessLog,
      { filter: { patientId }, orderBy: { field: 'USER_ID', direction: 'ASC' }, first: 10 },
      auditor,
    );
    const refused = await api.graphql<LogPage>(
      accessLog,
      { filter: { patientId, outcome: 'DENIED' } },
      auditor,
    );
    const firstPage = await api.graphql<LogPage>(
      accessLog,
      { filter: { patientId }, first: 2 },
      auditor,
    );
    const secondPage = await api.graphql<LogPage>(
      accessLog,
      { filter: { patientId }, first: 2, after: firstPage.data!.accessLog.pageInfo.endCursor },
      auditor,
    );

    const users = ofPatient.data!.accessLog.edges.map((e) => e.node.userId);
    expect(users).toEqual([...users].sort());
    expect(users.filter((u) => u === ann.userId)).toHaveLength(3);
    expect(
      refused.data!.accessLog.edges.map((e) => [e.node.userId, e.node.outcome, e.node.basis]),
    ).toEqual([[bob.userId, 'DENIED', null]]);
    expect(firstPage.data!.accessLog.pageInfo.hasNextPage).toBe(true);
    expect(firstPage.data!.accessLog.edges).toHaveLength(2);
    expect(secondPage.data!.accessLog.edges).toHaveLength(2);
    expect(secondPage.data!.accessLog.pageInfo.hasNextPage).toBe(false);
  });

  it('is for auditors only', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const answer = await api.graphql(accessLog, {}, ann);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the access log as CSV', () => {
  async function exportAs(caller: Actor | null, query: string) {
    const response = await fetch(`${api.base}/exports/access-log.csv?${query}`, {
      headers: caller === null ? {} : await api.authorizationAs(caller),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  }

  it('gives auditors every filtered record, one RFC 4180 row each, formulas defused', async () => {
    // Given a patient whose record a clinician opened in an emergency, with a reason holding a
    // comma, a quote and a leading =, and then read
    const ann = someone('case_manager', 'cm-ann');
    const nurse = someone('clinician', 'rn-er');
    const auditor = someone('auditor', 'auditor');
    const { caseId, patientId } = await caseManagedBy(ann);
    const reason = { text: '=Synthetic, "urgent" arrival' };
    const granted = await api.graphql<{ breakGlass: { position: string } }>(
      `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { position } }`,
      { input: { patientId, reason } },
      nurse,
    );
    await api.graphql(
      `query ($id: ID!, $at: String) { case(id: $id, atPosition: $at) { id } }`,
      { id: caseId, at: granted.data!.breakGlass.position },
      nurse,
    );
    await api.graphql(readCase, { id: caseId }, ann);
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    // When an auditor exports the patient's log, sorted by user
    const csv = await exportAs(auditor, `patientId=${patientId}&orderBy=USER_ID&direction=ASC`);

    // Then it is CSV with a header and a row per record, in that order, cells escaped
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'recorded_at,patient_id,user_id,role,operation_type,operation_name,fields,data_categories,case_ids,outcome,basis,purpose_of_use,emergency_reason,client_address,request_id,record_id',
    );
    expect(lines).toHaveLength(3);
    const users = lines.slice(1).map((line) => line.split(',')[2]);
    expect(users).toEqual([ann.userId, nurse.userId].sort());
    expect(csv.text).toContain(`"'=Synthetic, ""urgent"" arrival"`);
  });

  it('is refused to others, to requests without a token, and for unknown parameters', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor');
    expect((await exportAs(ann, '')).status).toBe(403);
    expect((await exportAs(null, '')).status).toBe(401);
    const bad = await exportAs(auditor, 'orderBy=SHOE_SIZE');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('BAD_USER_INPUT');
  });
});

describe('the audit trail of every record, for auditors', () => {
  const auditTrail = `query ($filter: AuditTrailFilter, $orderBy: AuditTrailOrder, $first: Int, $after: String) {
    auditTrail(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { node { streamId eventType category actor { userId role } recordedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  interface TrailPage {
    auditTrail: {
      edges: { node: { streamId: string; eventType: string; actor: { userId: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  it('filters changes by case and user, sorts by any audited field, and pages', async () => {
    // Given a case opened by Ann, with a care plan drafted by her
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor');
    const { caseId } = await caseManagedBy(ann);
    await api.commands.execute(
      { type: 'DraftCarePlan', caseId, title: 'Synthetic plan' },
      { actor: ann },
    );
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    // When an auditor asks for the case's changes by event type, and pages through them by two
    const byType = await api.graphql<TrailPage>(
      auditTrail,
      { filter: { caseId }, orderBy: { field: 'EVENT_TYPE', direction: 'ASC' } },
      auditor,
    );
    const first = await api.graphql<TrailPage>(
      auditTrail,
      { filter: { caseId }, first: 2 },
      auditor,
    );
    const second = await api.graphql<TrailPage>(
      auditTrail,
      { filter: { caseId }, first: 2, after: first.data!.auditTrail.pageInfo.endCursor },
      auditor,
    );
    const byUser = await api.graphql<TrailPage>(
      auditTrail,
      { filter: { userId: ann.userId } },
      auditor,
    );

    // Then each answer holds exactly the case's changes, in the asked order, across pages
    expect(byType.data!.auditTrail.edges.map((e) => e.node.eventType)).toEqual([
      'CarePlanDrafted',
      'CareTeamMemberAssigned',
      'CaseOpened',
    ]);
    expect(byType.data!.auditTrail.edges.every((e) => e.node.streamId === `case-${caseId}`)).toBe(
      true,
    );
    expect(first.data!.auditTrail.edges).toHaveLength(2);
    expect(first.data!.auditTrail.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.auditTrail.edges).toHaveLength(1);
    expect(byUser.data!.auditTrail.edges.map((e) => e.node.eventType).sort()).toEqual([
      'CarePlanDrafted',
      'CareTeamMemberAssigned',
      'CaseOpened',
      'PatientRegistered',
    ]);
  });

  it('is itself recorded: reading a patient’s changes is a read of their record', async () => {
    // Given Ann's case
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor-trail-reader');
    const { caseId, patientId } = await caseManagedBy(ann);
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    // When an auditor reads its trail
    await api.graphql(auditTrail, { filter: { caseId } }, auditor);

    // Then the patient's access stream holds the auditor's read of the trail, on the case
    const records = (await accessRecordsOf(patientId)).filter(
      (record) => record.actor.userId === auditor.userId,
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.data).toMatchObject({
      caseIds: [caseId],
      outcome: 'granted',
      basis: 'role',
      purposeOfUse: 'audit',
      fields: expect.arrayContaining(['Decision.eventType', 'Decision.recordedAt']) as string[],
    });
  });

  it('is for auditors only', async () => {
    const answer = await api.graphql(auditTrail, {}, someone('case_manager', 'cm-ann'));
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports as CSV with the same filters and order, before/after included', async () => {
    // Given a case whose care plan was revised with a reason holding a comma
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor-exporter');
    const { caseId, patientId } = await caseManagedBy(ann);
    const drafted = await api.commands.execute(
      { type: 'DraftCarePlan', caseId, title: 'Synthetic plan' },
      { actor: ann },
    );
    const { carePlanId } = drafted.events[0]!.data as { carePlanId: string };
    await api.commands.execute({ type: 'ActivateCarePlan', caseId, carePlanId }, { actor: ann });
    await api.commands.execute(
      {
        type: 'ReviseCarePlan',
        caseId,
        carePlanId,
        summary: 'Synthetic revision',
        changes: [{ path: 'title', before: 'Synthetic plan', after: 'Synthetic plan, revised' }],
        reason: { text: 'Synthetic reason, after review' },
      },
      { actor: ann },
    );
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    // When an auditor exports the case's trail oldest first
    const response = await fetch(
      `${api.base}/exports/audit-trail.csv?caseId=${caseId}&orderBy=RECORDED_AT&direction=ASC`,
      { headers: await api.authorizationAs(auditor) },
    );
    const lines = (await response.text()).trimEnd().split('\r\n');

    // Then there is a row per change in order, the revision with its quoted reason
    expect(response.status).toBe(200);
    expect(lines[0]).toMatch(
      /^recorded_at,occurred_at,patient_id,case_id,stream_id,revision,event_type,/,
    );
    expect(lines.slice(1).map((line) => line.split(',')[6])).toEqual([
      'CaseOpened',
      'CareTeamMemberAssigned',
      'CarePlanDrafted',
      'CarePlanActivated',
      'CarePlanRevised',
    ]);
    expect(lines[5]).toContain('"Synthetic reason, after review"');
    // And the export is in the patient's access log before it was sent
    const exported = (await accessRecordsOf(patientId)).filter(
      (record) => record.actor.userId === auditor.userId,
    );
    expect(exported.map((record) => record.data)).toEqual([
      expect.objectContaining({
        operation: { type: 'query', name: 'AuditTrailExport' },
        caseIds: [caseId],
        purposeOfUse: 'audit',
        fields: expect.arrayContaining([
          'AuditTrailExport.changes',
          'AuditTrailExport.reason',
        ]) as string[],
      }),
    ]);
    const refused = await fetch(`${api.base}/exports/audit-trail.csv`, {
      headers: await api.authorizationAs(ann),
    });
    expect(refused.status).toBe(403);
  });
});
