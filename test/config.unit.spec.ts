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

describe('configuration from the environment', () => {
  it('defaults to the embedded store on 127.0.0.1:4000 in development, seeding an empty store', () => {
    expect(loadConfig({})).toEqual({
      store: { kind: 'sqlite', path: './data/caretrail.db' },
      readModelPath: './data/caretrail-read.db',
      host: '127.0.0.1',
      port: 4000,
      environment: 'development',
      seedOnEmpty: true,
    });
  });

  it('takes EventStoreDB with its connection string', () => {
    const config = loadConfig({
      CARETRAIL_STORE: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://node1:2113,node2:2113,node3:2113?tls=false',
      NODE_ENV: 'production',
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
