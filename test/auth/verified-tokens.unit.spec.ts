import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../src/auth/token-verifier.js';
import { UnauthenticatedError } from '../../src/auth/unauthenticated-error.js';

const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const issuer = 'https://idp.synthetic.test';
const audience = 'caretrail';
const start = new Date('2026-03-01T12:00:00Z');

/** A verifier that remembers verified tokens, on a clock the test moves. */
function verifierAt(clock: { now: Date }) {
  return createTokenVerifier({
    key: { kind: 'key-object', key: keys.publicKey },
    issuer,
    audience,
    algorithms: ['ES256'],
    clockToleranceSeconds: 30,
    roleClaim: 'caretrail_role',
    clock: () => clock.now,
  });
}

function token(claims: Record<string, unknown>): Promise<string> {
  const seconds = start.getTime() / 1000;
  return new SignJWT({
    iss: issuer,
    aud: audience,
    sub: 'synthetic-cm-1',
    caretrail_role: 'case_manager',
    iat: seconds,
    exp: seconds + 300,
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256' })
    .sign(keys.privateKey);
}

const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('verified tokens remembered by the verifier', () => {
  it('refuses a remembered token once it has expired, past the clock tolerance', async () => {
    const clock = { now: start };
    const verifier = verifierAt(clock);
    const valid = await token({});
    expect(await verifier.verify(valid)).toEqual({
      userId: 'synthetic-cm-1',
      role: 'case_manager',
    });
    clock.now = after(300 + 29);
    expect(await verifier.verify(valid)).toEqual({
      userId: 'synthetic-cm-1',
      role: 'case_manager',
    });
    clock.now = after(300 + 31);
    await expect(verifier.verify(valid)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('never takes an altered copy of a remembered token for it', async () => {
    const verifier = verifierAt({ now: start });
    const valid = await token({});
    await verifier.verify(valid);
    const [header, payload, signature] = valid.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        caretrail_role: 'auditor',
      }),
    ).toString('base64url');
    await expect(verifier.verify(`${header}.${otherPayload}.${signature}`)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(await verifier.verify(valid)).toEqual({
      userId: 'synthetic-cm-1',
      role: 'case_manager',
    });
  });

  it('refuses a token before its not-before time even after accepting it later', async () => {
    const clock = { now: start };
    const verifier = verifierAt(clock);
    const early = await token({ nbf: start.getTime() / 1000 + 120 });
    await expect(verifier.verify(early)).rejects.toBeInstanceOf(UnauthenticatedError);
    clock.now = after(120);
    expect((await verifier.verify(early)).role).toBe('case_manager');
    clock.now = after(60);
    await expect(verifier.verify(early)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
