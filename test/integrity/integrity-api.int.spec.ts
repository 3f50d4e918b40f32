import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointSigner } from '../../src/integrity/checkpoint-signer.js';
import { writeCheckpoints } from '../../src/integrity/checkpoints.js';
import { verifyEvidenceBundle, type EvidenceBundle } from '../../src/integrity/evidence-bundle.js';
import { startApi } from '../support/api-harness.js';
import { caseManagedBy, logContactAs, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic users and cases only.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const auditor = syntheticUser('auditor', 'auditor-integrity');
const signer = checkpointSigner({ kind: 'development', file: null });

const verify = `query ($streamId: String!) {
  verifyIntegrity(streamId: $streamId) {
    verified eventsChecked streamsChecked checkpointsChecked eventsAfterLastCheckpoint
    firstBreak { problem streamId revision position }
  }
}`;
const evidence = `query ($streamId: String!) { integrityEvidence(streamId: $streamId) }`;

describe('tamper evidence through the API', () => {
  it('verifies a case stream, chained and under a signed checkpoint, and counts what came after', async () => {
    // Given a case with a few entries, a checkpoint, then one entry more
    const manager = syntheticUser('case_manager', 'cm-integrity');
    const { caseId } = await caseManagedBy(api, manager);
    await logContactAs(api, manager, caseId);
    await writeCheckpoints({ store: api.store, signer, clock: () => new Date() });
    await logContactAs(api, manager, caseId);

    // When an auditor verifies the case's stream
    const result = await api.graphql<{ verifyIntegrity: Record<string, unknown> }>(
      verify,
      { streamId: `case-${caseId}` },
      auditor,
    );

    // Then it holds, with the last entry chained but not yet under a checkpoint
    const revision = await api.store.streamRevision(`case-${caseId}`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.verifyIntegrity).toEqual({
      verified: true,
      eventsChecked: revision! + 1,
      streamsChecked: 1,
      checkpointsChecked: expect.any(Number) as number,
      eventsAfterLastCheckpoint: 1,
      firstBreak: null,
    });
  });

  it('hands auditors a bundle that verifies offline, and fails once an event in it is altered', async () => {
    // Given a checkpointed case
    const manager = syntheticUser('case_manager', 'cm-integrity-bundle');
    const { caseId, patientId } = await caseManagedBy(api, manager);
    await logContactAs(api, manager, caseId);
    await writeCheckpoints({ store: api.store, signer, clock: () => new Date() });

    // When an auditor takes its evidence bundle
    const result = await api.graphql<{ integrityEvidence: EvidenceBundle }>(
      evidence,
      { streamId: `case-${caseId}` },
      auditor,
    );
    const bundle = result.data!.integrityEvidence;

    // Then it verifies with nothing but itself and the trusted key
    const trusted = { trustedKeyIds: new Set([signer.keyId]) };
    expect(verifyEvidenceBundle(bundle, trusted)).toMatchObject({
      verified: true,
      eventsAfterLastCheckpoint: 0,
    });
    expect(bundle.proofs).toHaveLength(bundle.events.length);
    // And not under a key nobody trusts
    expect(
      verifyEvidenceBundle(bundle, { trustedKeyIds: new Set(['someone-else']) }).firstBreak,
    ).toMatchObject({ problem: 'checkpoint-untrusted-key' });
    // And an altered event is found where it is
    const altered = structuredClone(bundle) as unknown as { events: { data: unknown }[] };
    altered.events[1]!.data = { altered: true };
    expect(verifyEvidenceBundle(altered, trusted).firstBreak).toMatchObject({
      problem: 'content-hash-mismatch',
      streamId: `case-${caseId}`,
      revision: 1,
    });

    // And the auditor's read of the case's events is in the patient's access log
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);
    const log = await api.graphql<{ accessLog: { edges: { node: { fields: string[] } }[] } }>(
      `query ($patientId: ID!) { accessLog(filter: { patientId: $patientId, userId: "${auditor.userId}" }) { edges { node { fields } } } }`,
      { patientId },
      auditor,
    );
    expect(log.data?.accessLog.edges.flatMap((edge) => edge.node.fields)).toContain(
      'Query.integrityEvidence',
    );
  });

  it('is for auditors only, refuses what is not a stream id, and does not say which streams exist', async () => {
    const manager = syntheticUser('case_manager', 'cm-integrity-refused');
    const { caseId } = await caseManagedBy(api, manager);
    const asManager = await api.graphql(verify, { streamId: `case-${caseId}` }, manager);
    expect(asManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.graphql(verify, { streamId: 'case-../../etc' }, auditor);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.graphql(
      verify,
      { streamId: 'case-00000000-0000-4000-8000-000000000000' },
      auditor,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
