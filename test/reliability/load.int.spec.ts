import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { CSRF_HEADER } from '../../src/graphql/plugins/operation-limits.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { collect } from '../contract/event-store.contract.js';
import { startApi } from '../support/api-harness.js';
import { withEventLoopDelay } from '../support/event-loop-delay.js';
import { ciOrLong } from '../support/long-variant.js';
import { followUpCallInput } from '../support/synthetic-writes.js';

// Synthetic data only: every patient, case and user here is made up by the test.
const connections = 50;
const seconds = ciOrLong(20, 120);
const caseCount = 60;

const caseQuery = `query ($id: ID!) { case(id: $id) {
  id status revision primaryCaseManager { userId }
  timeline(first: 20) { edges { node { kind occurredAt recordedAt summary } } } } }`;
const timelineQuery = `query ($id: ID!) { patient(id: $id) {
  id timeline(first: 50) { edges { cursor node { kind occurredAt summary } } } } }`;
const logContact = `mutation ($input: LogContactInput!) { logContact(input: $input) {
  caseId revision position events { id } } }`;

interface Answer {
  data?: { logContact?: { events: { id: string }[] } } | null;
  errors?: { extensions?: { code?: string } }[];
}

describe(`the service under ${connections} connections of mixed reads and writes`, () => {
  it(`answers every request for ${seconds} s, and keeps every acknowledged write`, async () => {
    const api = await startApi({
      development: false,
      rateLimit: { burst: 1_000_000_000, perSecond: 1_000_000_000 },
    });
    const managers: Actor[] = Array.from({ length: 5 }, (_, i) => ({
      userId: `synthetic-load-cm-${i}`,
      role: 'case_manager',
    }));
    const cases = await Promise.all(
      Array.from({ length: caseCount }, async (_, i) => {
        const manager = managers[i % managers.length]!;
        const ids = { patientId: randomUUID(), caseId: randomUUID(), label: `load-${i}` };
        await openMinimalCase(api.commands, { actor: manager }, ids);
        return { ...ids, authorization: (await api.authorizationAs(manager)).authorization! };
      }),
    );
    const pick = () => cases[Math.floor(Math.random() * cases.length)]!;
    const headers = (authorization: string) => ({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      [CSRF_HEADER]: '1',
      authorization,
    });

    const acknowledged: string[] = [];
    const graphqlErrors = new Map<string, number>();
    let mutations = 0;
    const onResponse = (status: number, body: string) => {
      if (status !== 200) return;
      const answer = JSON.parse(body) as Answer;
      for (const error of answer.errors ?? []) {
        const code = error.extensions?.code ?? 'NONE';
        graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
      }
      const events = answer.data?.logContact?.events;
      if (events) acknowledged.push(...events.map((e) => e.id));
    };
    const request = (query: string, variables: (c: ReturnType<typeof pick>) => object) => ({
      method: 'POST' as const,
      path: '/graphql',
      setupRequest: (req: autocannon.Request) => {
        const target = pick();
        return {
          ...req,
          headers: headers(target.authorization),
          body: JSON.stringify({ query, variables: variables(target) }),
        };
      },
      onResponse,
    });

    const { result, delay } = await withEventLoopDelay(() =>
      autocannon({
        url: api.base,
        connections,
        duration: seconds,
        timeout: 10,
        requests: [
          request(caseQuery, (c) => ({ id: c.caseId })),
          request(timelineQuery, (c) => ({ id: c.patientId })),
          request(logContact, (c) => {
            mutations += 1;
            return { input: followUpCallInput(c.caseId, 'Synthetic follow-up call under load') };
          }),
        ],
      }),
    );

    const stored = new Set((await collect(api.store.readAll())).map((e) => e.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    const conflicts = graphqlErrors.get('CONFLICT') ?? 0;
    console.info(
      `load: ${connections} connections for ${result.duration.toFixed(1)} s: ${result.requests.total} requests ` +
        `(${result.requests.average.toFixed(0)} req/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms), ` +
        `${mutations} mutations sent, ${acknowledged.length} events acknowledged, ${lost.length} lost; ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, ` +
        `GraphQL errors ${JSON.stringify(Object.fromEntries(graphqlErrors))} (conflicts ${conflicts}); ` +
        `event-loop delay p50 ${delay.p50.toFixed(1)} ms, p99 ${delay.p99.toFixed(1)} ms, max ${delay.max.toFixed(1)} ms`,
    );
    await api.stop();

    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    // A logContact that meets a concurrent write to its case is decided again; a conflict would
    // only remain if every retry lost, and it is the one GraphQL error this load may meet.
    expect([...graphqlErrors.keys()].filter((code) => code !== 'CONFLICT')).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
  }, 240_000);
});
