import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

/** A synthetic Ed25519 signing key for integrity checkpoints. */
const integrityKey = generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();

/** A production identity provider's settings: its JWKS, issuer and audience (and the other production keys). */
const identityProvider = {
  CARETRAIL_INTEGRITY_SIGNING_KEY: integrityKey,
  CARETRAIL_AUTH_JWKS_URL: 'https://idp.example.org/certs',
  CARETRAIL_AUTH_ISSUER: 'https://idp.example.org',
  CARETRAIL_AUTH_AUDIENCE: 'caretrail',
  CARETRAIL_PSEUDONYM_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('configuration from the environment', () => {
  it('defaults to the embedded store on 127.0.0.1:4000 in development, seeding an empty store', () => {
    expect(loadConfig({})).toEqual({
      store: { kind: 'sqlite', path: './data/caretrail.db' },
      readModelPath: './data/caretrail-read.db',
      host: '127.0.0.1',
      port: 4000,
      environment: 'development',
      seedOnEmpty: true,
      auth: { mode: 'development-identity', keyFile: 'data/development-signing-key.json' },
      pseudonymKey: { kind: 'development', file: 'data/development-pseudonym-key' },
      rateLimit: { burst: 200, perSecond: 50 },
      integrity: {
        signingKey: { kind: 'development', file: 'data/development-integrity-key.json' },
        checkpointSeconds: 60,
      },
    });
  });

  it('takes EventStoreDB with its connection string', () => {
    const config = loadConfig({
      CARETRAIL_STORE: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://node1:2113,node2:2113,node3:2113?tls=false',
      NODE_ENV: 'production',
      ...identityProvider,
      HOST: '0.0.0.0',
      PORT: '8080',
    });
    expect(config.store).toEqual({
      kind: 'eventstoredb',
      connectionString: 'esdb://node1:2113,node2:2113,node3:2113?tls=false',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      environment: 'production',
      seedOnEmpty: false,
    });
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      CARETRAIL_STORE: 'postgres',
      PORT: 'eighty',
      NODE_ENV: 'staging',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'CARETRAIL_STORE',
      'NODE_ENV',
      'PORT',
    ]);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT:/);
  });

  it('requires EVENTSTORE_URL for the EventStoreDB store', () => {
    expect(problemsOf({ CARETRAIL_STORE: 'eventstoredb' })).toEqual([
      'EVENTSTORE_URL: required when CARETRAIL_STORE=eventstoredb',
    ]);
  });

  it('refuses an EVENTSTORE_URL that is not an esdb:// connection string', () => {
    expect(
      problemsOf({ CARETRAIL_STORE: 'eventstoredb', EVENTSTORE_URL: 'http://x:2113' })[0],
    ).toMatch(/^EVENTSTORE_URL:/);
  });
});

describe('authentication settings', () => {
  it('take an identity provider’s JWKS with its issuer, audience and asymmetric algorithms', () => {
    expect(loadConfig({ ...identityProvider, NODE_ENV: 'production' }).auth).toEqual({
      mode: 'identity-provider',
      key: { kind: 'jwks', url: new URL('https://idp.example.org/certs') },
      issuer: 'https://idp.example.org',
      audience: 'caretrail',
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      clockToleranceSeconds: 30,
      roleClaim: 'caretrail_role',
    });
  });

  it('refuse to start in production without an identity provider: no development keys there', () => {
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(
      /production needs an identity provider/,
    );
  });

  it('refuse to start in production without a pseudonym key, and take a configured one', () => {
    const { CARETRAIL_PSEUDONYM_KEY: key, ...withoutKey } = identityProvider;
    expect(problemsOf({ ...withoutKey, NODE_ENV: 'production' })[0]).toMatch(
      /^CARETRAIL_PSEUDONYM_KEY: production needs a key/,
    );
    expect(loadConfig({ ...identityProvider, NODE_ENV: 'production' }).pseudonymKey).toEqual({
      kind: 'configured',
      secret: Buffer.from(key, 'base64'),
    });
    expect(problemsOf({ CARETRAIL_PSEUDONYM_KEY: Buffer.alloc(8).toString('base64') })[0]).toMatch(
      /^CARETRAIL_PSEUDONYM_KEY: must hold at least 32 bytes/,
    );
  });

  it('refuse to start in production without a checkpoint signing key, and take a configured one', () => {
    const { CARETRAIL_INTEGRITY_SIGNING_KEY: _key, ...withoutKey } = identityProvider;
    expect(problemsOf({ ...withoutKey, NODE_ENV: 'production' })[0]).toMatch(
      /^CARETRAIL_INTEGRITY_SIGNING_KEY: production needs an Ed25519 key/,
    );
    expect(loadConfig({ ...identityProvider, NODE_ENV: 'production' }).integrity).toEqual({
      signingKey: { kind: 'configured', pem: integrityKey },
      checkpointSeconds: 60,
    });
    expect(problemsOf({ CARETRAIL_INTEGRITY_SIGNING_KEY: 'not a key' })[0]).toMatch(
      /^CARETRAIL_INTEGRITY_SIGNING_KEY: must be a PEM private key/,
    );
  });

  it('need an issuer and an audience with any key source', () => {
    const problems = problemsOf({ CARETRAIL_AUTH_SECRET: 'x'.repeat(32) });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'CARETRAIL_AUTH_AUDIENCE',
      'CARETRAIL_AUTH_ISSUER',
    ]);
  });

  it('refuse two key sources at once, and HS algorithms with public keys', () => {
    const problems = problemsOf({
      ...identityProvider,
      CARETRAIL_AUTH_SECRET: 'x'.repeat(32),
      CARETRAIL_AUTH_ALGORITHMS: 'HS256',
    });
    expect(problems.join('\n')).toMatch(/set exactly one/);
    expect(problems.join('\n')).toMatch(/HS256 not allowed with public keys/);
  });

  it('refuse a short shared secret and a URL that is not http(s)', () => {
    const problems = problemsOf({
      CARETRAIL_AUTH_SECRET: 'short',
      CARETRAIL_AUTH_JWKS_URL: 'file:///etc/keys',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'CARETRAIL_AUTH_JWKS_URL',
      'CARETRAIL_AUTH_SECRET',
    ]);
  });
});
