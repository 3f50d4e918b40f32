import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Actor } from '../domain/values.js';
import { persistedKeyPair, type KeyPair } from '../keys/persisted-key-pair.js';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

/**
 * A stand-in identity provider for development only: a local ES256 key that signs tokens for
 * synthetic users. Production configuration never creates one (see `src/config.ts`).
 */
export const developmentIdentityClaims = {
  issuer: 'caretrail-development',
  audience: 'caretrail',
  roleClaim: 'caretrail_role',
  algorithm: 'ES256',
} as const;

/** One synthetic user per role, each with data to see in the demo cohort. */
export const developmentUsers: readonly Actor[] = [
  // The primary case manager of the demo cohort's first patient.
  { userId: 'syn-cm-01', role: 'case_manager' },
  // A social worker still on that patient's first care team.
  { userId: 'syn-sw-05', role: 'clinician' },
  { userId: 'syn-auditor-01', role: 'auditor' },
  { userId: 'syn-quality-01', role: 'quality_analyst' },
  { userId: 'syn-admin-01', role: 'admin' },
];

/** How long a development token is valid: a working day. */
const developmentTokenHours = 12;

export interface DevelopmentIdentity {
  readonly verifier: TokenVerifier;
  /** A signed token for this caller, valid for a working day unless told otherwise. */
  mint(actor: Actor, options?: { readonly expiresInSeconds?: number }): Promise<string>;
}

function generated(): KeyPair {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

/**
 * The development identity: its key is kept in `keyFile` so tokens survive a restart, or held in
 * memory only when `keyFile` is null (tests).
 */
export function developmentIdentity(
  keyFile: string | null,
  clock: () => Date = () => new Date(),
): DevelopmentIdentity {
  const { privateKey, publicKey } =
    keyFile === null ? generated() : persistedKeyPair(keyFile, generated);
  const claims = developmentIdentityClaims;
  return {
    verifier: createTokenVerifier({
      key: { kind: 'key-object', key: publicKey },
      issuer: claims.issuer,
      audience: claims.audience,
      algorithms: [claims.algorithm],
      clockToleranceSeconds: 30,
      roleClaim: claims.roleClaim,
      clock,
    }),
    mint(actor, options = {}) {
      const now = Math.floor(clock().getTime() / 1000);
      return new SignJWT({ [claims.roleClaim]: actor.role })
        .setProtectedHeader({ alg: claims.algorithm, typ: 'JWT' })
        .setIssuer(claims.issuer)
        .setAudience(claims.audience)
        .setSubject(actor.userId)
        .setIssuedAt(now)
        .setExpirationTime(now + (options.expiresInSeconds ?? developmentTokenHours * 3600))
        .sign(privateKey);
    },
  };
}
