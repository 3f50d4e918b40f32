import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness.js';
import { caseManagedBy, syntheticUser } from '../support/synthetic-writes.js';

// Synthetic patients, payers and reports only.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const disclosures = `query ($id: ID!, $since: DateTime) {
  patient(id: $id) { disclosures(since: $since) { caseId disclosedAt recipient what period purpose contentHash enteredInError } }
}`;

describe('the accounting of disclosures', () => {
  it('lists the payer reports of the patient’s cases, newest first, six years back by default', async () => {
    // Given a case with a payer report this year and one recorded late for eight years ago
    const manager = syntheticUser('case_manager', 'cm-disclosures');
    const { caseId, patientId } = await caseManagedBy(api, manager);
    const report = (occurredAt: string, payer: string, hashDigit: string) =>
      api.commands.execute(
        {
          type: 'SubmitPayerReport',
          caseId,
          payer,
          reportType: 'continued-stay-review',
          period: { from: '2026-01-01', to: '2026-01-07' },
          contentHash: hashDigit.repeat(64),
          purpose: 'payment',
          occurredAt,
        },
        { actor: manager },
      );
    await report('2026-01-08T10:00:00Z', 'Synthetic Health Plan', 'a');
    await report('2018-06-01T10:00:00Z', 'Synthetic Old Payer', 'b');
    const { headPosition } = await api.store.stats();
    await api.projections.waitForPosition(headPosition!, 10_000);

    // When the accounting is asked for with the default window, and then from 2018
    const recent = await api.graphql<{ patient: { disclosures: Record<string, unknown>[] } }>(
      disclosures,
      { id: patientId },
      manager,
    );
    const all = await api.graphql<{ patient: { disclosures: Record<string, unknown>[] } }>(
      disclosures,
      { id: patientId, since: '2018-01-01T00:00:00Z' },
      manager,
    );

    // Then the default shows the recent one only, and the wider window both, newest first
    expect(recent.data?.patient.disclosures).toEqual([
      {
        caseId,
        disclosedAt: '2026-01-08T10:00:00Z',
        recipient: 'Synthetic Health Plan',
        what: 'continued-stay-review',
        period: { from: '2026-01-01', to: '2026-01-07' },
        purpose: 'PAYMENT',
        contentHash: 'a'.repeat(64),
        enteredInError: false,
      },
    ]);
    expect(all.data?.patient.disclosures.map((d) => d.recipient)).toEqual([
      'Synthetic Health Plan',
      'Synthetic Old Payer',
    ]);
  });

  it('is patient data: hidden from those who may not read the patient', async () => {
    const manager = syntheticUser('case_manager', 'cm-disclosures');
    const stranger = syntheticUser('case_manager', 'cm-stranger');
    const { patientId } = await caseManagedBy(api, manager);
    expect(await api.graphql(disclosures, { id: patientId }, stranger)).toEqual({
      data: { patient: null },
    });
  });
});
