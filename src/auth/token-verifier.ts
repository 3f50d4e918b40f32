import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { roleSchema, shortTextSchema, type Actor } from '../domain/values.js';
import { UnauthenticatedError } from './unauthenticated-error.js';

/** Where the keys that sign callers' tokens come from. */
export type VerificationKey =
  /** An identity provider's JSON Web Key Set, fetched and cached by key id. */
  | { readonly kind: 'jwks'; readonly url: URL }
  /** One public key (SPKI PEM) for RS*, PS*, ES* or EdDSA tokens. */
  | { readonly kind: 'public-key'; readonly pem: string }
  /** A shared secret for HS* tokens. */
  | { readonly kind: 'secret'; readonly secret: string }
  /** A key already in hand (the development identity's public key). */
  | { readonly kind: 'key-object'; readonly key: KeyObject };

export interface TokenVerifierOptions {
  readonly key: VerificationKey;
  readonly issuer: string;
  readonly audience: string;
  /** Only these `alg`s are accepted; `none` never is. */
  readonly algorithms: readonly string[];
  /** Leeway for `exp` and `nbf` against clock skew between the provider and this server. */
  readonly clockToleranceSeconds: number;
  /** The claim that names the caller's caretrail role. */
  readonly roleClaim: string;
  readonly clock?: () => Date;
  /**
   * How many verified tokens to remember (default 10,000; 0 turns it off), so a client's repeated
   * token costs one signature check, not one per request. A remembered token is still refused once
   * it expires.
   */
  readonly verifiedTokenCacheSize?: number;
}

/** Turns a bearer token into the caller, or refuses it with UNAUTHENTICATED and no detail. */
export interface TokenVerifier {
  verify(token: string): Promise<Actor>;
}

/** The only public message: which check failed is not the caller's business. */
const refusal = 'a valid bearer token is required';

const subjectSchema = shortTextSchema;

function keyResolver(key: VerificationKey): KeyObject | JWTVerifyGetKey {
  switch (key.kind) {
    case 'jwks':
      return createRemoteJWKSet(key.url, { timeoutDuration: 5_000, cooldownDuration: 30_000 });
    case 'public-key':
      return createPublicKey(key.pem);
    case 'secret':
      return createSecretKey(Buffer.from(key.secret, 'utf8'));
    case 'key-object':
      return key.key;
  }
}

function actorOf(payload: JWTPayload, roleClaim: string): Actor | null {
  const subject = subjectSchema.safeParse(payload.sub);
  const role = roleSchema.safeParse(payload[roleClaim]);
  if (!subject.success || !role.success) return null;
  return { userId: subject.data, role: role.data };
}

/** A verifier for JWTs signed by the configured key, with every claim check the options name. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const key = keyResolver(options.key);
  const algorithms = z.array(z.string().min(1)).min(1).parse(options.algorithms);
  if (algorithms.some((alg) => alg.toLowerCase() === 'none'))
    throw new Error('the algorithm allow-list cannot hold "none"');
  const verified = new VerifiedTokens(
    options.verifiedTokenCacheSize ?? 10_000,
    options.clockToleranceSeconds,
  );
  const now = (): number => (options.clock ? options.clock() : new Date()).getTime();
  return {
    async verify(token: string): Promise<Actor> {
      const remembered = verified.get(token, now());
      if (remembered) return remembered;
      let payload: JWTPayload;
      try {
        const verified = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
          issuer: options.issuer,
          audience: options.audience,
          algorithms,
          clockTolerance: options.clockToleranceSeconds,
          requiredClaims: ['exp', 'sub'],
          ...(options.clock ? { currentDate: options.clock() } : {}),
        });
        payload = verified.payload;
      } catch {
        throw new UnauthenticatedError(refusal);
      }
      const actor = actorOf(payload, options.roleClaim);
      if (actor === null) throw new UnauthenticatedError(refusal);
      verified.remember(token, actor, payload);
      return actor;
    },
  };
}

/**
 * Tokens whose signature and claims have been checked, with the time window they hold for. A
 * token is the exact string that was verified, signature included, so an altered token is never a
 * hit; the oldest entry is forgotten first when the cache is full.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { actor: Actor; from: number; until: number }>();

  constructor(
    private readonly capacity: number,
    private readonly toleranceSeconds: number,
  ) {}

  get(token: string, now: number): Actor | null {
    const entry = this.entries.get(token);
    if (entry === undefined) return null;
    if (now < entry.from || now >= entry.until) {
      this.entries.delete(token);
      return null;
    }
    return entry.actor;
  }

  remember(token: string, actor: Actor, payload: JWTPayload): void {
    if (this.capacity === 0 || payload.exp === undefined) return;
    const tolerance = this.toleranceSeconds * 1000;
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, {
      actor,
      from: payload.nbf === undefined ? 0 : payload.nbf * 1000 - tolerance,
      until: payload.exp * 1000 + tolerance,
    });
  }
}

/**
 * The bearer token of a request. Tokens are taken from the Authorization header only: a token in
 * the URL ends up in logs and browser history, so a request carrying one is refused outright.
 */
export function bearerTokenOf(request: {
  readonly authorization: string | null | undefined;
  readonly url: string;
}): string {
  const query = new URL(request.url, 'http://caretrail.invalid').searchParams;
  if (query.has('access_token') || query.has('token'))
    throw new UnauthenticatedError('tokens are not accepted in the URL');
  const header = request.authorization ?? null;
  const match = header === null ? null : /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  if (!match?.[1]) throw new UnauthenticatedError(refusal);
  return match[1];
}
