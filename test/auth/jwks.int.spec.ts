import { generateKeyPairSync } from 'node:crypto';
import express from 'express';
import { SignJWT, exportJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from '../../src/auth/token-verifier.js';
import { listen } from '../../src/http/listen.js';

// An identity provider on loopback that publishes one RS256 key by its key id, as real ones do.
const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
const issuer = 'https://idp.synthetic.test';
let jwksRequests = 0;
let provider: Awaited<ReturnType<typeof listen>>;
let verifier: TokenVerifier;

beforeAll(async () => {
  const jwk = { ...(await exportJWK(signing.publicKey)), kid: 'synthetic-key-1', alg: 'RS256' };
  const app = express();
  app.get('/certs', (_request, response) => {
    jwksRequests += 1;
    response.json({ keys: [jwk] });
  });
  provider = await listen(app, 0, '127.0.0.1');
  verifier = createTokenVerifier({
    key: { kind: 'jwks', url: new URL(`${provider.url}/certs`) },
    issuer,
    audience: 'caretrail',
    algorithms: ['RS256'],
    clockToleranceSeconds: 30,
    roleClaim: 'caretrail_role',
  });
});
afterAll(() => new Promise<void>((resolve) => provider.server.close(() => resolve())));

function token(kid: string, key = signing.privateKey) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ caretrail_role: 'clinician' })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(issuer)
    .setAudience('caretrail')
    .setSubject('synthetic-rn-1')
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(key);
}

describe('keys from an identity provider’s JWKS', () => {
  it('verifies a token by the key its kid names, fetching the key set once', async () => {
    expect(await verifier.verify(await token('synthetic-key-1'))).toEqual({
      userId: 'synthetic-rn-1',
      role: 'clinician',
    });
    await verifier.verify(await token('synthetic-key-1'));
    expect(jwksRequests).toBe(1);
  });

  it('refuses a token whose kid the provider does not publish, or signed by another key', async () => {
    await expect(verifier.verify(await token('unknown-key'))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      verifier.verify(await token('synthetic-key-1', stranger.privateKey)),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
