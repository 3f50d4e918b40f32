import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/events/catalogue.js';
import type { Position, RecordedEvent } from '../../src/event-store/port.js';
import { accessAuditEvent, emergencyAccessAuditEvent } from '../../src/fhir/audit-event.js';
import { collectionBundle, ndjsonLine } from '../../src/fhir/bundle.js';
import { caseProvenance } from '../../src/fhir/provenance.js';
import { fhirSchemaIssues } from '../support/fhir-schema.js';

// Synthetic ids and people only.
const caseId = '0b9d3a5e-2c1f-4e8a-9b7d-1a2b3c4d5e6f';
const patientId = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const openedId = '11111111-1111-4111-8111-111111111111';
const markId = '22222222-2222-4222-8222-222222222222';

function stored(revision: number, id: string, event: CaseEvent): RecordedEvent & CaseEvent {
  return {
    ...event,
    id,
    schemaVersion: 1,
    streamId: `case-${caseId}`,
    revision,
    position: String(revision + 1) as Position,
    recordedAt: '2026-02-01T09:00:00.000Z',
    occurredAt: '2026-02-01T08:30:00.000Z',
    actor: { userId: 'synthetic-cm-1', role: 'case_manager' },
    commandId: `command-${revision}`,
    correlationId: `request-${revision}`,
    causationId: null,
    reason: null,
  };
}

async function provenanceOfHistory() {
  const history = [
    stored(0, openedId, {
      type: 'ContactLogged',
      data: {
        contactId: '33333333-3333-4333-8333-333333333333',
        party: 'patient',
        channel: 'phone',
        reached: true,
        purpose: 'follow-up',
        summary: 'Synthetic call',
      },
    } as CaseEvent),
    stored(1, markId, {
      type: 'EntryMarkedInError',
      data: { targetEventId: openedId, reason: { text: 'Synthetic: wrong patient' } },
    }),
  ];
  async function* events() {
    yield* history;
  }
  const resources = [];
  for await (const provenance of caseProvenance(caseId, events())) resources.push(provenance);
  return resources;
}

describe('the FHIR R4 schema check', () => {
  it('accepts the Provenance of a case event', async () => {
    const [, marked] = await provenanceOfHistory();
    expect(fhirSchemaIssues(marked)).toEqual([]);
    expect(marked?.entity).toEqual([
      {
        role: 'removal',
        what: {
          reference: `EpisodeOfCare/${caseId}/_history/1`,
          identifier: { system: 'urn:caretrail:event-id', value: openedId },
        },
      },
    ]);
  });

  it('rejects a broken resource, naming each element that is wrong', async () => {
    const [, marked] = await provenanceOfHistory();
    const broken = {
      ...marked,
      recorded: '1 February 2026',
      agent: [{ role: marked!.agent[0]!.role }],
      entity: [{ ...marked!.entity![0], role: 'deleted' }],
      author: 'synthetic-cm-1',
    };

    const issues = fhirSchemaIssues(broken);

    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['/recorded', '/agent/0', '/entity/0/role', '/']),
    );
    expect(issues.find((issue) => issue.path === '/')?.message).toContain('author');
    expect(fhirSchemaIssues({ resourceType: 'AuditEvent', id: 'x' })).not.toEqual([]);
    expect(fhirSchemaIssues({ id: 'no-type' })).toEqual([
      { path: '/resourceType', message: 'a resource needs a resourceType' },
    ]);
  });

  it('accepts a collection Bundle of Provenance and AuditEvents, and NDJSON lines parse back', async () => {
    const provenance = await provenanceOfHistory();
    const read = accessAuditEvent({
      id: '44444444-4444-4444-8444-444444444444',
      recordedAt: '2026-02-01T10:00:00.000Z',
      patientId,
      userId: 'synthetic-cm-1',
      role: 'case_manager',
      operationType: 'query',
      operationName: null,
      fields: [],
      dataCategories: [],
      caseIds: [],
      outcome: 'denied',
      basis: null,
      purposeOfUse: 'treatment',
      emergencyReason: null,
      clientAddress: null,
      requestId: 'request-9',
    });
    const grant = emergencyAccessAuditEvent({
      id: '55555555-5555-4555-8555-555555555555',
      userId: 'synthetic-rn-1',
      patientId,
      grantedAt: '2026-02-01T10:00:00.000Z',
      expiresAt: '2026-02-01T11:00:00.000Z',
      reasonText: 'Synthetic emergency',
      reasonCode: null,
    });
    const resources = [...provenance, read, grant];

    const bundle = collectionBundle(
      resources,
      '2026-02-01T12:00:00.000Z',
      'https://fhir.example.test',
    );

    expect(fhirSchemaIssues(bundle)).toEqual([]);
    expect(bundle.entry.map((entry) => entry.fullUrl)).toEqual([
      `https://fhir.example.test/Provenance/${openedId}`,
      `https://fhir.example.test/Provenance/${markId}`,
      'https://fhir.example.test/AuditEvent/44444444-4444-4444-8444-444444444444',
      'https://fhir.example.test/AuditEvent/55555555-5555-4555-8555-555555555555',
    ]);
    expect(read).toMatchObject({ outcome: '4', action: 'R' });
    expect(resources.map((resource) => JSON.parse(ndjsonLine(resource)) as unknown)).toEqual(
      resources,
    );
    expect(resources.map(ndjsonLine).every((line) => line.indexOf('\n') === line.length - 1)).toBe(
      true,
    );
  });
});
