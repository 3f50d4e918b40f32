import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { startApi } from '../support/api-harness.js';

// The whole stack in production mode, with a small per-user burst so the rate limit is reachable.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi({ development: false, rateLimit: { burst: 5, perSecond: 0.001 } });
});
afterAll(() => api.stop());

let users = 0;
/** A fresh synthetic user, so each test starts with a full burst. */
const freshUser = (): Actor => ({ userId: `synthetic-user-${(users += 1)}`, role: 'auditor' });

async function post(body: string, caller: Actor, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await api.authorizationAs(caller)),
      ...headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

const ask = (query: string, caller: Actor) => post(JSON.stringify({ query }), caller);

function codeOf(answer: { text: string }): unknown {
  return (JSON.parse(answer.text) as { errors?: { extensions?: { code?: unknown } }[] }).errors?.[0]
    ?.extensions?.code;
}

describe('limits against hostile clients, through the whole stack', () => {
  it('refuses an oversized body with 413 before reading it', async () => {
    const answer = await post(
      JSON.stringify({
        query: `{ projections { name } }`,
        variables: { pad: 'x'.repeat(200_000) },
      }),
      freshUser(),
    );
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a query nested too deep', async () => {
    const deep = `{ case(id: "00000000-0000-4000-8000-000000000000") { timeline { edges { node { case { timeline { edges { node { case { timeline { edges { node { kind } } } } } } } } } } } } }`;
    const answer = await ask(deep, freshUser());
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an alias flood', async () => {
    const flood = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: projections { name }`).join(' ')} }`;
    const answer = await ask(flood, freshUser());
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query that would cost too much: nested full pages', async () => {
    const costly = `{ patient(id: "00000000-0000-4000-8000-000000000000") { cases { timeline(first: 100) { edges { node { case { timeline(first: 100) { edges { node { kind summary } } } } } } } } } }`;
    const answer = await ask(costly, freshUser());
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a page larger than 100 as bad input', async () => {
    const answer = await ask(
      `{ patient(id: "00000000-0000-4000-8000-000000000000") { id } caseload(first: 1000) { edges { cursor } } }`,
      { userId: 'synthetic-cm-big-page', role: 'case_manager' },
    );
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
  });

  it('hides introspection and field suggestions in production', async () => {
    const introspection = await ask(`{ __schema { types { name } } }`, freshUser());
    expect(codeOf(introspection)).toBe('INTROSPECTION_DISABLED');
    const typo = await ask(`{ projectionz { name } }`, freshUser());
    expect(typo.text).toContain('Cannot query field');
    expect(typo.text).not.toContain('Did you mean');
  });

  it('refuses a cross-site form post', async () => {
    const answer = await post('query=%7B__typename%7D', freshUser(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('CSRF_HEADER_REQUIRED');
  });

  it('answers a burst past the user’s allowance with 429, and keeps serving everyone else', async () => {
    // Given one user who spends their whole burst of 5
    const greedy = freshUser();
    const statuses = [];
    for (let i = 0; i < 8; i += 1)
      statuses.push((await ask(`{ projections { name } }`, greedy)).status);

    // Then the sixth request on is refused, with a Retry-After
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = await ask(`{ projections { name } }`, greedy);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // And another user is served as usual
    expect((await ask(`{ projections { name } }`, freshUser())).status).toBe(200);
  });

  it('sends security headers on every answer', async () => {
    const answer = await ask(`{ projections { name } }`, freshUser());
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('strict-transport-security')).toContain('max-age=');
  });
});
