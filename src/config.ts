import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { TokenVerifierOptions, VerificationKey } from './auth/token-verifier.js';
import type { SigningKeySource } from './integrity/checkpoint-signer.js';

const portSchema = z.coerce.number().int().min(0).max(65_535);

const environmentSchema = z.object({
  CARETRAIL_STORE: z.enum(['sqlite', 'eventstoredb']).default('sqlite'),
  CARETRAIL_SQLITE_PATH: z.string().min(1).default('./data/caretrail.db'),
  CARETRAIL_READ_MODEL_PATH: z.string().min(1).default('./data/caretrail-read.db'),
  EVENTSTORE_URL: z
    .string()
    .regex(/^esdb(\+discover)?:\/\//, 'must be an esdb:// or esdb+discover:// connection string')
    .optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: portSchema.default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CARETRAIL_SEED_ON_EMPTY: z.enum(['true', 'false']).optional(),
  CARETRAIL_AUTH_ISSUER: z.string().min(1).optional(),
  CARETRAIL_AUTH_AUDIENCE: z.string().min(1).optional(),
  CARETRAIL_AUTH_JWKS_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .optional(),
  CARETRAIL_AUTH_PUBLIC_KEY: z
    .string()
    .regex(/-----BEGIN PUBLIC KEY-----/, 'must be a PEM public key (SPKI)')
    .optional(),
  CARETRAIL_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CARETRAIL_AUTH_ALGORITHMS: z
    .string()
    .regex(/^[A-Za-z0-9]+(,[A-Za-z0-9]+)*$/, 'must be a comma-separated list such as RS256,ES256')
    .optional(),
  CARETRAIL_AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  CARETRAIL_AUTH_ROLE_CLAIM: z.string().min(1).default('caretrail_role'),
  CARETRAIL_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(200),
  CARETRAIL_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(50),
  CARETRAIL_PSEUDONYM_KEY: z
    .base64('must be base64')
    .refine((value) => Buffer.from(value, 'base64').length >= 32, 'must hold at least 32 bytes')
    .optional(),
  CARETRAIL_INTEGRITY_SIGNING_KEY: z
    .string()
    .regex(/-----BEGIN PRIVATE KEY-----/, 'must be a PEM private key (PKCS#8, Ed25519)')
    .optional(),
  CARETRAIL_INTEGRITY_CHECKPOINT_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

const asymmetricAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
const symmetricAlgorithms = ['HS256', 'HS384', 'HS512'];

/** How callers' tokens are checked. */
export type AuthConfig =
  /** An identity provider's keys, with the claims every token must carry. */
  | ({ readonly mode: 'identity-provider' } & Omit<TokenVerifierOptions, 'clock'>)
  /** Development and tests only: a local key that signs tokens for synthetic users. */
  | { readonly mode: 'development-identity'; readonly keyFile: string };

export interface Config {
  readonly store:
    | { readonly kind: 'sqlite'; readonly path: string }
    | { readonly kind: 'eventstoredb'; readonly connectionString: string };
  /** The read models' SQLite file: local to each instance, apart from the event store. */
  readonly readModelPath: string;
  readonly host: string;
  readonly port: number;
  readonly environment: 'development' | 'production' | 'test';
  /** Whether an empty store is seeded with a small synthetic cohort at start-up. */
  readonly seedOnEmpty: boolean;
  readonly auth: AuthConfig;
  /** Each user's burst of GraphQL requests and its refill per second; past it, 429. */
  readonly rateLimit: { readonly burst: number; readonly perSecond: number };
  /**
   * The secret behind quality analysts' pseudonyms: configured, or in development and tests a
   * random one kept in a file. Changing it changes every pseudonym.
   */
  readonly pseudonymKey:
    | { readonly kind: 'configured'; readonly secret: Buffer }
    | { readonly kind: 'development'; readonly file: string };
  /**
   * The Ed25519 key that signs integrity checkpoints (configured, or in development a key kept in
   * a file), and how often checkpoints are taken; 0 seconds takes none.
   */
  readonly integrity: {
    readonly signingKey: SigningKeySource;
    readonly checkpointSeconds: number;
  };
}

/** A configuration error naming every bad variable, so an operator fixes them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** For command-line scripts: the configuration, or its problems on stderr and exit code 2. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/** Reads the configuration from the environment; the only module that does. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankAsMissing = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(blankAsMissing);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  if (values.CARETRAIL_STORE === 'eventstoredb' && values.EVENTSTORE_URL === undefined) {
    throw new ConfigError(['EVENTSTORE_URL: required when CARETRAIL_STORE=eventstoredb']);
  }
  return {
    auth: authConfig(values, dirname(values.CARETRAIL_READ_MODEL_PATH)),
    rateLimit: {
      burst: values.CARETRAIL_RATE_LIMIT_BURST,
      perSecond: values.CARETRAIL_RATE_LIMIT_PER_SECOND,
    },
    pseudonymKey: pseudonymKeyConfig(values, dirname(values.CARETRAIL_READ_MODEL_PATH)),
    integrity: {
      signingKey: integritySigningKey(values, dirname(values.CARETRAIL_READ_MODEL_PATH)),
      checkpointSeconds: values.CARETRAIL_INTEGRITY_CHECKPOINT_SECONDS,
    },
    store:
      values.CARETRAIL_STORE === 'sqlite'
        ? { kind: 'sqlite', path: values.CARETRAIL_SQLITE_PATH }
        : { kind: 'eventstoredb', connectionString: values.EVENTSTORE_URL! },
    readModelPath: values.CARETRAIL_READ_MODEL_PATH,
    host: values.HOST,
    port: values.PORT,
    environment: values.NODE_ENV,
    seedOnEmpty:
      (values.CARETRAIL_SEED_ON_EMPTY ?? String(values.NODE_ENV === 'development')) === 'true',
  };
}

type Values = z.infer<typeof environmentSchema>;

/**
 * One key source, with issuer and audience, or none: then development and tests get a local
 * development identity, and production refuses to start.
 */
function authConfig(values: Values, dataDirectory: string): AuthConfig {
  const sources: VerificationKey[] = [
    ...(values.CARETRAIL_AUTH_JWKS_URL
      ? [{ kind: 'jwks' as const, url: new URL(values.CARETRAIL_AUTH_JWKS_URL) }]
      : []),
    ...(values.CARETRAIL_AUTH_PUBLIC_KEY
      ? [{ kind: 'public-key' as const, pem: values.CARETRAIL_AUTH_PUBLIC_KEY }]
      : []),
    ...(values.CARETRAIL_AUTH_SECRET
      ? [{ kind: 'secret' as const, secret: values.CARETRAIL_AUTH_SECRET }]
      : []),
  ];
  const [key] = sources;
  if (key === undefined) {
    if (values.NODE_ENV === 'production')
      throw new ConfigError([
        'CARETRAIL_AUTH_JWKS_URL, CARETRAIL_AUTH_PUBLIC_KEY or CARETRAIL_AUTH_SECRET: production needs an identity provider (there are no development keys in production)',
      ]);
    return {
      mode: 'development-identity',
      keyFile: join(dataDirectory, 'development-signing-key.json'),
    };
  }
  const problems: string[] = [];
  if (sources.length > 1)
    problems.push(
      'CARETRAIL_AUTH_JWKS_URL, CARETRAIL_AUTH_PUBLIC_KEY, CARETRAIL_AUTH_SECRET: set exactly one',
    );
  if (!values.CARETRAIL_AUTH_ISSUER)
    problems.push('CARETRAIL_AUTH_ISSUER: required with an identity provider');
  if (!values.CARETRAIL_AUTH_AUDIENCE)
    problems.push('CARETRAIL_AUTH_AUDIENCE: required with an identity provider');
  // A shared secret and public keys never share an allow-list: that mix is how tokens signed
  // with a public key used as an HMAC secret get accepted.
  const allowed = key.kind === 'secret' ? symmetricAlgorithms : asymmetricAlgorithms;
  const algorithms =
    values.CARETRAIL_AUTH_ALGORITHMS?.split(',') ??
    (key.kind === 'secret' ? ['HS256'] : ['RS256', 'PS256', 'ES256', 'EdDSA']);
  const refused = algorithms.filter((alg) => !allowed.includes(alg));
  if (refused.length > 0)
    problems.push(
      `CARETRAIL_AUTH_ALGORITHMS: ${refused.join(', ')} not allowed with ${key.kind === 'secret' ? 'a shared secret' : 'public keys'} (allowed: ${allowed.join(', ')})`,
    );
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: 'identity-provider',
    key,
    issuer: values.CARETRAIL_AUTH_ISSUER!,
    audience: values.CARETRAIL_AUTH_AUDIENCE!,
    algorithms,
    clockToleranceSeconds: values.CARETRAIL_AUTH_CLOCK_TOLERANCE_SECONDS,
    roleClaim: values.CARETRAIL_AUTH_ROLE_CLAIM,
  };
}

function pseudonymKeyConfig(values: Values, dataDirectory: string): Config['pseudonymKey'] {
  if (values.CARETRAIL_PSEUDONYM_KEY)
    return { kind: 'configured', secret: Buffer.from(values.CARETRAIL_PSEUDONYM_KEY, 'base64') };
  if (values.NODE_ENV === 'production')
    throw new ConfigError([
      "CARETRAIL_PSEUDONYM_KEY: production needs a key for quality analysts' pseudonyms (32 random bytes, base64)",
    ]);
  return { kind: 'development', file: join(dataDirectory, 'development-pseudonym-key') };
}

function integritySigningKey(values: Values, dataDirectory: string): SigningKeySource {
  if (values.CARETRAIL_INTEGRITY_SIGNING_KEY)
    return { kind: 'configured', pem: values.CARETRAIL_INTEGRITY_SIGNING_KEY };
  if (values.NODE_ENV === 'production')
    throw new ConfigError([
      'CARETRAIL_INTEGRITY_SIGNING_KEY: production needs an Ed25519 key to sign integrity checkpoints (openssl genpkey -algorithm ed25519)',
    ]);
  return { kind: 'development', file: join(dataDirectory, 'development-integrity-key.json') };
}
