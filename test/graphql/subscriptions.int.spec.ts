import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import type { Position, SubscribeOptions } from '../../src/event-store/port.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { startApi } from '../support/api-harness.js';
import { openSubscription } from '../support/sse-client.js';

// Synthetic data only: every patient and case here is made up by the test.
const actor: Actor = { userId: 'synthetic-cm-1', role: 'case_manager' };

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

/** An SSE subscription opened with fetch, read one message at a time (keep-alive comments skipped). */
async function subscribe(query: string, variables: Record<string, unknown>, caller = actor) {
  const subscription = await openSubscription(
    api.base,
    query,
    variables,
    await api.authorizationAs(caller),
  );
  expect(subscription.contentType).toContain('text/event-stream');
  const { next } = subscription;
  /** The next `count` updates of the subscription's one field. */
  async function updates(count: number): Promise<Record<string, unknown>[]> {
    const received: Record<string, unknown>[] = [];
    while (received.length < count) {
      const message = await next();
      expect(message.event, JSON.stringify(message.data)).toBe('next');
      const payload = Object.values(message.data?.data ?? {})[0];
      expect(payload, JSON.stringify(message.data)).toBeDefined();
      received.push(payload!);
    }
    return received;
  }
  return { next, updates, close: subscription.close };
}

const caseUpdated = `subscription Follow($caseId: ID!, $after: String) {
  caseUpdated(caseId: $caseId, after: $after) {
    position eventId eventType occurredAt recordedAt caseId revision status
  }
}`;

const timelineUpdated = `subscription Timeline($patientId: ID!, $after: String) {
  timelineUpdated(patientId: $patientId, after: $after) {
    position eventId eventType occurredAt recordedAt caseId
  }
}`;

async function newCase() {
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label: randomUUID().slice(0, 8) };
  await openMinimalCase(api.commands, { actor }, ids);
  return ids;
}

function logContact(caseId: string, summary = 'Synthetic follow-up call') {
  return api.commands.execute(
    {
      type: 'LogContact',
      caseId,
      party: 'patient',
      channel: 'phone',
      reached: true,
      purpose: 'follow-up',
      summary,
    },
    { actor },
  );
}

/** Wraps the store's subscribe to see which subscriptions the API opened and whether they ended. */
function watchStoreSubscriptions() {
  const original = api.store.subscribe.bind(api.store);
  const open = new Set<AbortSignal | undefined>();
  const signals: (AbortSignal | undefined)[] = [];
  const spy = vi.spyOn(api.store, 'subscribe').mockImplementation((options?: SubscribeOptions) => {
    async function* tracked() {
      open.add(options?.signal);
      signals.push(options?.signal);
      try {
        yield* original(options);
      } finally {
        open.delete(options?.signal);
      }
    }
    return tracked();
  });
  return { open, signals, restore: () => spy.mockRestore() };
}

describe('caseUpdated over server-sent events', () => {
  it('sends each new event of the case in order, once the read models show it', async () => {
    const { caseId } = await newCase();
    const subscription = await subscribe(caseUpdated, { caseId });
    const first = await logContact(caseId);
    const second = await logContact(caseId);
    const updates = await subscription.updates(2);
    subscription.close();

    expect(updates.map((u) => u.eventId)).toEqual([first.events[0]!.id, second.events[0]!.id]);
    expect(updates.map((u) => u.revision)).toEqual([first.revision, second.revision]);
    expect(updates[1]).toMatchObject({
      caseId,
      eventType: 'ContactLogged',
      position: second.position,
      status: 'OPEN',
    });
    const summary = await api.graphql<{ projections: { position: string }[] }>(
      '{ projections { position } }',
    );
    for (const projection of summary.data?.projections ?? []) {
      expect(
        api.store.comparePositions(projection.position as Position, second.position),
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it('resumes after a position with only the later events', async () => {
    const { caseId } = await newCase();
    const first = await logContact(caseId);
    const second = await logContact(caseId);
    const third = await logContact(caseId);
    const subscription = await subscribe(caseUpdated, { caseId, after: first.position });
    const updates = await subscription.updates(2);
    subscription.close();
    expect(updates.map((u) => u.position)).toEqual([second.position, third.position]);
  });

  it('answers an unknown case with NOT_FOUND, and a malformed or future position with BAD_USER_INPUT', async () => {
    const missing = await subscribe(caseUpdated, { caseId: randomUUID() });
    const notFound = await missing.next();
    missing.close();
    expect(notFound.data?.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);

    const { caseId } = await newCase();
    const malformed = await subscribe(caseUpdated, { caseId, after: 'not-a-position' });
    const bad = await malformed.next();
    malformed.close();
    expect(bad.data?.errors).toMatchObject([
      { extensions: { code: 'BAD_USER_INPUT', issues: [{ path: ['after'] }] } },
    ]);

    const beyond = await subscribe(caseUpdated, { caseId, after: '999999999' });
    const future = await beyond.next();
    beyond.close();
    expect(future.data?.errors).toMatchObject([
      { extensions: { code: 'BAD_USER_INPUT', issues: [{ path: ['after'] }] } },
    ]);
  });

  it('hides a case from a subscriber off its team, and ends when a member is released', async () => {
    // Given a nurse on the team following the case, and a stranger trying to
    const { caseId } = await newCase();
    const nurse: Actor = { userId: `synthetic-rn-${randomUUID().slice(0, 8)}`, role: 'clinician' };
    const stranger: Actor = { userId: 'synthetic-cm-stranger', role: 'case_manager' };
    await api.commands.execute(
      { type: 'AssignCareTeamMember', caseId, memberId: nurse.userId, role: 'nurse' },
      { actor },
    );
    const refused = await subscribe(caseUpdated, { caseId }, stranger);
    const refusal = await refused.next();
    refused.close();
    expect(refusal.data?.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
    const followed = await subscribe(caseUpdated, { caseId }, nurse);

    // When the nurse gets an update, is then released, and the case changes again
    await logContact(caseId);
    const [before] = await followed.updates(1);
    await api.commands.execute(
      { type: 'ReleaseCareTeamMember', caseId, memberId: nurse.userId },
      { actor },
    );
    await logContact(caseId, 'Synthetic call after the release');

    // Then the update after the release is not delivered: the subscription ends as not found
    expect(before).toMatchObject({ eventType: 'ContactLogged' });
    const ended = await followed.next();
    followed.close();
    expect(ended.data?.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
  });

  it('ends its store subscription when the client goes away', async () => {
    const { caseId } = await newCase();
    const watch = watchStoreSubscriptions();
    try {
      const subscription = await subscribe(caseUpdated, { caseId });
      const recorded = await logContact(caseId);
      const [update] = await subscription.updates(1);
      expect(update?.eventId).toBe(recorded.events[0]!.id);
      expect(watch.open.size).toBe(1);
      subscription.close();
      await vi.waitFor(() => expect(watch.open.size).toBe(0));
      expect(watch.signals.map((signal) => signal?.aborted)).toEqual([true]);
    } finally {
      watch.restore();
    }
  });
});

describe('timelineUpdated over server-sent events', () => {
  it("follows the patient's cases, a case opened later included, and no one else's", async () => {
    const { patientId, caseId } = await newCase();
    const other = await newCase();
    const subscription = await subscribe(timelineUpdated, { patientId });
    const contact = await logContact(caseId);
    await logContact(other.caseId);
    const readmission = randomUUID();
    const opened = await api.commands.execute(
      {
        type: 'OpenCase',
        caseId: readmission,
        patientId,
        program: 'transitions-of-care',
        referralSource: { kind: 'hospital' },
        admittedAt: '2026-02-01T08:00:00Z',
        admissionType: 'unplanned',
        primaryCaseManager: { userId: actor.userId },
      },
      { actor },
    );
    const later = await logContact(readmission);
    const expected = [
      [contact.events[0]!.id, caseId],
      ...opened.events.map((event) => [event.id, readmission]),
      [later.events[0]!.id, readmission],
    ];
    const updates = await subscription.updates(expected.length);
    subscription.close();
    expect(updates.map((u) => [u.eventId, u.caseId])).toEqual(expected);
  });

  it("includes the patient's own record and resumes from a position", async () => {
    const { patientId, caseId } = await newCase();
    const before = await logContact(caseId);
    const contact = await logContact(caseId);
    const details = await api.commands.execute(
      { type: 'UpdatePatientDetails', patientId, sex: 'other' },
      { actor },
    );
    const subscription = await subscribe(timelineUpdated, { patientId, after: before.position });
    const updates = await subscription.updates(2);
    subscription.close();
    expect(updates).toMatchObject([
      { eventId: contact.events[0]!.id, caseId },
      { eventId: details.events[0]!.id, caseId: null, position: details.position },
    ]);
  });
});
