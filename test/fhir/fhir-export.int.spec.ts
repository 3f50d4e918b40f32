import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import type { AuditEvent, Provenance } from '../../src/fhir/r4-types.js';
import { startApi } from '../support/api-harness.js';
import { exportClient } from './export-client.js';
import { fhirSchemaIssues } from '../support/fhir-schema.js';
import { caseManagedBy as openCaseManagedBy, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic people and records only, made up by each test.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const someone = syntheticUser;

const { eventsOf, caughtUp, exportAs } = exportClient(() => api);

/** Every resource against the official FHIR R4 JSON schema: a list of what is wrong, by resource. */
function schemaViolations(resources: readonly { id?: string }[]) {
  return resources
    .map((resource) => ({ id: resource.id, issues: fhirSchemaIssues(resource) }))
    .filter(({ issues }) => issues.length > 0);
}

const phq9 = (total: number) => ({
  instrument: { code: 'PHQ-9' as const },
  items: Array.from({ length: 9 }, (_, i) => ({
    itemId: `item-${i + 1}`,
    score: i < total % 9 ? Math.ceil(total / 9) : Math.floor(total / 9),
  })),
});

/** A case with a varied history: a late entry, work on behalf of another, a plan revised on
 * the strength of an assessment, a correction, a mark in error, a decision resting on evidence,
 * a revoked plan. Returns the events that later ones point at. */
async function caseWithVariedHistory(ann: Actor) {
  const { caseId, patientId } = await openCaseManagedBy(api, ann);
  const run = (command: Record<string, unknown>, actor: Actor = ann) =>
    api.commands.execute({ ...command, caseId }, { actor });
  const lateAssessment = await run({
    type: 'RecordAssessment',
    ...phq9(14),
    notes: 'Synthetic note',
    occurredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  });
  const assessmentId = lateAssessment.events[0]!.id;
  const onBehalf = await run(
    { type: 'RecordAssessment', ...phq9(9) },
    { ...ann, onBehalfOf: 'synthetic-physician-1' },
  );
  const wrongId = onBehalf.events[0]!.id;
  const drafted = await run({ type: 'DraftCarePlan', title: 'Synthetic plan' });
  const { carePlanId } = drafted.events[0]!.data as { carePlanId: string };
  await run({ type: 'ActivateCarePlan', carePlanId });
  await run({
    type: 'ReviseCarePlan',
    carePlanId,
    summary: 'Synthetic revision',
    changes: [{ path: 'title', before: 'Synthetic plan', after: 'Synthetic plan, revised' }],
    triggeringEventIds: [assessmentId],
    reason: { text: 'Synthetic: worse PHQ-9', code: 'reassessment' },
  });
  await run({
    type: 'CorrectEntry',
    targetEventId: assessmentId,
    correctedData: { notes: 'Synthetic note, corrected' },
    reason: { text: 'Synthetic typo' },
  });
  await run({
    type: 'MarkEntryInError',
    targetEventId: wrongId,
    reason: { text: 'Synthetic: recorded on the wrong case' },
  });
  await run({
    type: 'RecordDischargeDecision',
    decision: 'not-ready',
    evidenceEventIds: [assessmentId],
    reason: { text: 'Synthetic: symptoms not yet controlled' },
  });
  await run({
    type: 'CloseCarePlan',
    carePlanId,
    outcome: 'revoked',
    reason: { text: 'Synthetic: replaced' },
  });
  return { caseId, patientId, assessmentId, wrongId };
}

describe('a case history as FHIR Provenance', () => {
  it('gives one schema-valid Provenance per event, each pointing at the version its event produced', async () => {
    // Given a case with a varied history
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor');
    const { caseId, assessmentId, wrongId } = await caseWithVariedHistory(ann);
    const events = await eventsOf(`case-${caseId}`);

    // When an auditor exports it
    const answer = await exportAs(auditor, `/exports/fhir/cases/${caseId}/provenance.ndjson`);
    const provenance = answer.resources<Provenance>();

    // Then every line is a valid R4 Provenance, one per stored event, in stream order
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/fhir+ndjson');
    expect(schemaViolations(provenance)).toEqual([]);
    expect(provenance.map((p) => p.id)).toEqual(events.map((e) => e.id));
    // targets are the case's versions 1, 2, 3, …: the state after each event
    expect(provenance.map((p) => p.target)).toEqual(
      events.map((e) => [{ reference: `EpisodeOfCare/${caseId}/_history/${e.revision + 1}` }]),
    );
    // both times, the actor (and whom they acted for), and the way back to the event store
    provenance.forEach((p, i) => {
      const event = events[i]!;
      expect(p.recorded).toBe(event.recordedAt);
      expect(p.occurredDateTime).toBe(event.occurredAt);
      expect(p.agent).toHaveLength(1);
      expect(p.agent[0]!.who.identifier?.value).toBe(event.actor.userId);
      expect(p.agent[0]!.role?.[0]?.coding?.[0]?.code).toBe(event.actor.role);
      expect(p.agent[0]!.onBehalfOf?.identifier?.value).toBe(event.actor.onBehalfOf);
      expect(p.extension?.[0]?.extension).toEqual(
        expect.arrayContaining([
          { url: 'eventId', valueString: event.id },
          { url: 'eventType', valueCode: event.type },
          { url: 'streamId', valueString: `case-${caseId}` },
          { url: 'revision', valueUnsignedInt: event.revision },
        ]),
      );
    });
    expect(provenance.some((p) => p.agent[0]!.onBehalfOf !== undefined)).toBe(true);
    const late = provenance.find((p) => p.id === assessmentId)!;
    expect(Date.parse(late.occurredDateTime!)).toBeLessThan(Date.parse(late.recorded));

    // operations, reasons and the entries each change rests on or revises
    const byType = (type: string) => provenance[events.findIndex((e) => e.type === type)]!;
    const activity = (type: string) => byType(type).activity?.coding?.[0]?.code;
    const versionOf = (eventId: string) =>
      `EpisodeOfCare/${caseId}/_history/${events.find((e) => e.id === eventId)!.revision + 1}`;
    expect(activity('CaseOpened')).toBe('CREATE');
    expect(activity('AssessmentRecorded')).toBe('APPEND');
    expect(activity('CarePlanRevised')).toBe('UPDATE');
    expect(activity('EntryCorrected')).toBe('UPDATE');
    expect(activity('EntryMarkedInError')).toBe('NULLIFY');
    expect(activity('CarePlanClosed')).toBe('ABORT');
    expect(byType('CarePlanRevised').reason).toEqual([
      {
        coding: [{ system: 'urn:caretrail:reason-code', code: 'reassessment' }],
        text: 'Synthetic: worse PHQ-9',
      },
    ]);
    expect(byType('CarePlanRevised').entity).toEqual([
      {
        role: 'source',
        what: {
          reference: versionOf(assessmentId),
          identifier: { system: 'urn:caretrail:event-id', value: assessmentId },
        },
      },
    ]);
    expect(byType('EntryCorrected').entity?.map((e) => [e.role, e.what.reference])).toEqual([
      ['revision', versionOf(assessmentId)],
    ]);
    expect(byType('EntryMarkedInError').entity?.map((e) => [e.role, e.what.reference])).toEqual([
      ['removal', versionOf(wrongId)],
    ]);
    expect(byType('DischargeDecisionMade').entity?.map((e) => [e.role, e.what.reference])).toEqual([
      ['source', versionOf(assessmentId)],
    ]);
    expect(byType('DischargeDecisionMade').reason?.[0]?.text).toBe(
      'Synthetic: symptoms not yet controlled',
    );
    expect(byType('CaseOpened').entity).toBeUndefined();
  });

  it('is recorded as an auditor’s read of the patient’s case before it is sent', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor');
    const { caseId, patientId } = await openCaseManagedBy(api, ann);

    const answer = await exportAs(auditor, `/exports/fhir/cases/${caseId}/provenance.ndjson`);

    expect(answer.status).toBe(200);
    const records = await eventsOf(`access-${patientId}`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      type: 'PatientRecordAccessed',
      actor: auditor,
      data: {
        patientId,
        operation: { type: 'query', name: 'FhirProvenanceExport' },
        caseIds: [caseId],
        outcome: 'granted',
        basis: 'role',
        purposeOfUse: 'audit',
        role: 'auditor',
      },
    });
  });

  it('answers 404 for an unknown case, 400 for a bad case id or parameter, and only to auditors', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor');
    const { caseId, patientId } = await openCaseManagedBy(api, ann);
    const path = `/exports/fhir/cases/${caseId}/provenance.ndjson`;

    const unknown = await exportAs(
      auditor,
      `/exports/fhir/cases/${randomUUID()}/provenance.ndjson`,
    );
    const badId = await exportAs(auditor, `/exports/fhir/cases/not-a-case/provenance.ndjson`);
    const badParameter = await exportAs(auditor, `${path}?_since=2026-01-01`);
    const caseManager = await exportAs(ann, path);
    const anonymous = await exportAs(null, path);

    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('NOT_FOUND');
    expect(badId.status).toBe(400);
    expect(JSON.parse(badId.text)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', issues: [{ path: ['caseId'] }] } }],
    });
    expect(badParameter.status).toBe(400);
    expect(caseManager.status).toBe(403);
    expect(anonymous.status).toBe(401);
    // none of these read the case, so none is recorded
    expect(await eventsOf(`access-${patientId}`)).toEqual([]);
  });
});

describe('the access log as FHIR AuditEvents', () => {
  const readCase = `query ReadCase($id: ID!, $at: String) { case(id: $id, atPosition: $at) { id status } }`;

  /** A patient whose case its manager read, another manager was refused, and a nurse read after
   * breaking the glass. */
  async function patientWithAccesses() {
    const ann = someone('case_manager', 'cm-ann');
    const bob = someone('case_manager', 'cm-bob');
    const nurse = someone('clinician', 'rn-er');
    const { caseId, patientId } = await openCaseManagedBy(api, ann);
    await api.graphql(readCase, { id: caseId }, ann, { 'x-request-id': `req-${randomUUID()}` });
    await api.graphql(readCase, { id: caseId }, bob);
    const granted = await api.graphql<{ breakGlass: { position: string } }>(
      `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { position } }`,
      { input: { patientId, reason: { text: 'Synthetic: unresponsive on arrival', code: 'ed' } } },
      nurse,
    );
    await api.graphql(readCase, { id: caseId, at: granted.data!.breakGlass.position }, nurse);
    await caughtUp();
    return { ann, bob, nurse, caseId, patientId };
  }

  it('gives one schema-valid AuditEvent per access record and emergency access, oldest first', async () => {
    // Given a patient whose record was read, refused and opened in an emergency
    const auditor = someone('auditor', 'auditor');
    const { ann, bob, nurse, caseId, patientId } = await patientWithAccesses();
    const records = await eventsOf(`access-${patientId}`);

    // When an auditor exports the patient's AuditEvents
    const answer = await exportAs(
      auditor,
      `/exports/fhir/audit-events.ndjson?patientId=${patientId}`,
    );
    const auditEvents = answer.resources<AuditEvent>();

    // Then each is a valid R4 AuditEvent matching one record of the patient's access stream
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/fhir+ndjson');
    expect(schemaViolations(auditEvents)).toEqual([]);
    expect(auditEvents.map((e) => e.id)).toEqual(records.map((r) => r.id));
    expect(auditEvents.map((e) => e.recorded)).toEqual(
      records.map((r) => new Date(r.recordedAt).toISOString()),
    );
    expect(auditEvents.map((e) => e.agent[0]!.who?.identifier?.value)).toEqual(
      records.map((r) => r.actor.userId),
    );
    const [annRead, bobRefused, glassBroken, nurseRead] = auditEvents;
    expect(annRead).toMatchObject({
      type: { code: '110110', display: 'Patient Record' },
      action: 'R',
      outcome: '0',
      purposeOfEvent: [{ coding: [{ code: 'TREAT' }] }],
      agent: [
        {
          requestor: true,
          role: [{ coding: [{ code: 'case_manager' }] }],
          network: { type: '2' },
        },
      ],
    });
    expect(annRead!.agent[0]!.network?.address).toMatch(/127\.0\.0\.1/);
    expect(annRead!.entity?.map((e) => e.what?.reference ?? e.what?.identifier?.value)).toEqual([
      `Patient/${patientId}`,
      `EpisodeOfCare/${caseId}`,
      (records[0]!.data as { client: { requestId: string } }).client.requestId,
    ]);
    expect(annRead!.entity?.[2]?.detail?.map((d) => d.valueString)).toEqual([
      'Case.id',
      'Case.status',
    ]);
    expect(bobRefused).toMatchObject({ outcome: '4', agent: [{ who: { display: bob.userId } }] });
    expect(glassBroken).toMatchObject({
      type: { code: '110113' },
      subtype: [{ code: '110127' }],
      action: 'E',
      purposeOfEvent: [
        { coding: [{ code: 'ETREAT' }], text: 'Synthetic: unresponsive on arrival' },
        { coding: [{ code: 'BTG' }, { code: 'ed' }] },
      ],
    });
    expect(nurseRead).toMatchObject({
      outcome: '0',
      agent: [{ who: { display: nurse.userId } }],
      purposeOfEvent: [
        { coding: [{ code: 'ETREAT' }], text: 'Synthetic: unresponsive on arrival' },
        { coding: [{ code: 'BTG' }] },
      ],
    });
    expect(ann.userId).not.toBe(nurse.userId);
  });

  it('keeps to the time range asked for, and without a patient covers every patient', async () => {
    const auditor = someone('auditor', 'auditor');
    const first = await patientWithAccesses();
    const second = await patientWithAccesses();
    const records = [
      ...(await eventsOf(`access-${first.patientId}`)),
      ...(await eventsOf(`access-${second.patientId}`)),
    ];
    const from = new Date(records[1]!.recordedAt).toISOString();
    const to = new Date(records[6]!.recordedAt).toISOString();

    const ranged = await exportAs(
      auditor,
      `/exports/fhir/audit-events.ndjson?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );

    const ids = ranged.resources<AuditEvent>().map((e) => e.id);
    const inRange = records
      .filter((r) => {
        const at = new Date(r.recordedAt).toISOString();
        return at >= from && at <= to;
      })
      .map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(inRange));
    expect(ids).not.toContain(records[0]!.id);
    expect(ids).not.toContain(records[7]!.id);
    const recordedTimes = ranged.resources<AuditEvent>().map((e) => e.recorded);
    expect(recordedTimes).toEqual([...recordedTimes].sort());
    expect(schemaViolations(ranged.resources<AuditEvent>())).toEqual([]);
  });

  it('refuses bad parameters with what is wrong, and everyone but auditors', async () => {
    const auditor = someone('auditor', 'auditor');
    const ann = someone('case_manager', 'cm-ann');
    const path = '/exports/fhir/audit-events.ndjson';
    const issuesOf = async (query: string) => {
      const answer = await exportAs(auditor, `${path}?${query}`);
      expect(answer.status).toBe(400);
      const body = JSON.parse(answer.text) as {
        errors: { extensions: { code: string; issues: { path: string[] }[] } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      return body.errors[0]!.extensions.issues.map((issue) => issue.path.join('.'));
    };

    expect(await issuesOf('patientId=someone')).toEqual(['patientId']);
    expect(await issuesOf('from=yesterday')).toEqual(['from']);
    expect(await issuesOf('from=2026-02-02T00:00:00Z&to=2026-02-01T00:00:00Z')).toEqual(['to']);
    expect(await issuesOf('userId=x')).toEqual(['userId']);
    expect((await exportAs(ann, path)).status).toBe(403);
    expect((await exportAs(null, path)).status).toBe(401);
  });
});
