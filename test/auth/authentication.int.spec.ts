import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../src/auth/token-verifier.js';
import { startApi } from '../support/api-harness.js';

// The service trusts one ES256 key, its issuer and its audience; the tests sign with it or not.
const trusted = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const issuer = 'https://idp.synthetic.test';
const audience = 'caretrail';
const now = () => Math.floor(Date.now() / 1000);

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi({
    verifier: createTokenVerifier({
      key: {
        kind: 'public-key',
        pem: trusted.publicKey.export({ type: 'spki', format: 'pem' }) as string,
      },
      issuer,
      audience,
      algorithms: ['ES256'],
      clockToleranceSeconds: 30,
      roleClaim: 'caretrail_role',
    }),
  });
});
afterAll(() => api.stop());

interface TokenShape {
  readonly claims?: Record<string, unknown>;
  readonly key?: KeyObject;
  readonly omit?: readonly string[];
}

/** A token as the trusted provider would sign it, changed as the case says. */
async function token({ claims = {}, key = trusted.privateKey, omit = [] }: TokenShape = {}) {
  const payload: Record<string, unknown> = {
    iss: issuer,
    aud: audience,
    sub: 'synthetic-cm-1',
    caretrail_role: 'case_manager',
    iat: now(),
    exp: now() + 300,
    ...claims,
  };
  for (const claim of omit) delete payload[claim];
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(key);
}

/** `{ projections { name } }` with these headers at this path; the status and the body. */
async function ask(headers: Record<string, string>, path = '/graphql') {
  const response = await fetch(`${api.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: '{ projections { name } }' }),
  });
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

function expectRefused(answer: Awaited<ReturnType<typeof ask>>) {
  expect(answer.status).toBe(401);
  expect(answer.challenge).toBe('Bearer');
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  // No detail: the same words whatever was wrong with the token.
  expect(answer.body.errors?.[0]?.message).toMatch(
    /^(a valid bearer token is required|tokens are not accepted in the URL)$/,
  );
}

describe('authentication with bearer JWTs', () => {
  it('lets a token from the trusted provider through', async () => {
    // Given a well-formed token, when it asks, then it gets data.
    const answer = await ask(bearer(await token()));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('answers 401 to a request with no token', async () => {
    expectRefused(await ask({}));
  });

  const refused: [string, () => Promise<string>][] = [
    ['an expired token', () => token({ claims: { exp: now() - 120 } })],
    ['a token not yet valid', () => token({ claims: { nbf: now() + 600 } })],
    ['a token without an expiry', () => token({ omit: ['exp'] })],
    ['a token from another issuer', () => token({ claims: { iss: 'https://evil.test' } })],
    ['a token for another audience', () => token({ claims: { aud: 'billing' } })],
    ['a token signed with another key', () => token({ key: stranger.privateKey })],
    ['a token without a subject', () => token({ omit: ['sub'] })],
    ['a token with an empty subject', () => token({ claims: { sub: '' } })],
    ['a token without a role', () => token({ omit: ['caretrail_role'] })],
    ['a token with an unknown role', () => token({ claims: { caretrail_role: 'superuser' } })],
    [
      'an unsigned token (alg: none)',
      async () => {
        const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
        const [, payload] = (await token()).split('.');
        return `${header}.${payload}.`;
      },
    ],
    [
      'a token whose payload was changed after signing',
      async () => {
        const [header, payload, signature] = (await token()).split('.');
        const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as Record<
          string,
          unknown
        >;
        const forged = base64url.encode(JSON.stringify({ ...claims, caretrail_role: 'auditor' }));
        return `${header}.${forged}.${signature}`;
      },
    ],
    ['something that is not a JWT at all', () => Promise.resolve('not-a-token')],
  ];
  for (const [name, make] of refused) {
    it(`answers 401 with no detail to ${name}`, async () => {
      expectRefused(await ask(bearer(await make())));
    });
  }

  it('answers 401 to a valid token sent in the URL, even with a good header too', async () => {
    const good = await token();
    expectRefused(await ask({}, `/graphql?access_token=${good}`));
    expectRefused(await ask(bearer(good), `/graphql?access_token=${good}`));
  });

  it('answers 401 to an Authorization header of another scheme', async () => {
    expectRefused(await ask({ authorization: `Basic ${btoa('user:password')}` }));
  });
});
