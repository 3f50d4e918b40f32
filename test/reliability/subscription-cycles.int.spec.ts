import { randomUUID } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { waitUntil } from '../contract/event-store.contract.js';
import { startApi, syntheticCaseManager } from '../support/api-harness.js';
import { ciOrLong } from '../support/long-variant.js';
import { openSubscription } from '../support/sse-client.js';

// Synthetic data only: the patient and case here are made up by the test.
const cycles = ciOrLong(1_000, 10_000);
const sample = 100;

// Each test file runs in its own forked process: exposing gc here touches no other test.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in megabytes. */
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const caseUpdated = `subscription ($caseId: ID!, $after: String) {
  caseUpdated(caseId: $caseId, after: $after) { position eventId } }`;

describe(`${cycles} subscribe/disconnect cycles over SSE`, () => {
  it('leave no subscription waiting on the store, no listener behind, and the heap flat', async () => {
    const api = await startApi();
    const ids = { patientId: randomUUID(), caseId: randomUUID(), label: 'cycles' };
    await openMinimalCase(api.commands, { actor: syntheticCaseManager }, ids);
    const { position } = await api.commands.execute(
      {
        type: 'LogContact',
        caseId: ids.caseId,
        party: 'patient',
        channel: 'phone',
        reached: true,
        purpose: 'follow-up',
        summary: 'Synthetic follow-up call',
      },
      { actor: syntheticCaseManager },
    );
    // Resuming just before the last event makes each subscription deliver it at once: proof it is live.
    const after = String(Number(position) - 1);
    const headers = await api.authorizationAs(syntheticCaseManager);
    const idleWaiters = api.projections.names.length;

    const heap: number[] = [];
    let maxWaiters = 0;
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      const subscription = await openSubscription(
        api.base,
        caseUpdated,
        { caseId: ids.caseId, after },
        headers,
      );
      const first = await subscription.next();
      expect(first.event, JSON.stringify(first.data)).toBe('next');
      maxWaiters = Math.max(maxWaiters, api.store.liveWaiters);
      subscription.close();
      // The harness keeps each request's log line for tests to read; here they would only count as growth.
      api.requestLog.length = 0;
      if (cycle <= sample || cycle > cycles - sample) {
        if (cycle === 1 || cycle === cycles - sample + 1) heap.push(heapAfterGc());
        if (cycle === sample || cycle === cycles) heap.push(heapAfterGc());
      }
    }

    // Once the server has seen the last client go, only the projections' own reads wait on the store.
    await waitUntil(() => api.store.liveWaiters <= idleWaiters, 10_000);
    const leftWaiting = api.store.liveWaiters;
    const shutdownListeners = getEventListeners(api.services.shutdown, 'abort').length;
    const [firstStart, firstEnd, lastStart, lastEnd] = heap as [number, number, number, number];
    const perCycleKb = ((lastEnd - firstEnd) * 1024) / (cycles - sample);
    console.info(
      `subscription cycles: ${cycles}; store waiters at most ${maxWaiters} during, ${leftWaiting} after (projections: ${idleWaiters}); ` +
        `shutdown listeners ${shutdownListeners}; heap after GC: first ${sample} cycles ${firstStart.toFixed(1)} → ${firstEnd.toFixed(1)} MB, ` +
        `last ${sample} ${lastStart.toFixed(1)} → ${lastEnd.toFixed(1)} MB (${perCycleKb.toFixed(2)} KB a cycle)`,
    );
    await api.stop();

    expect(leftWaiting).toBeLessThanOrEqual(idleWaiters);
    expect(shutdownListeners).toBe(0);
    // Caches warm up over the first thousand cycles (about 3 KB a cycle here, flat from 2,500 on);
    // a subscription left behind would hold its request, context and iterator: tens of KB each.
    expect(perCycleKb).toBeLessThan(8);
  }, 300_000);
});
