import { z } from 'zod';

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
});

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
}

/** A configuration error naming every bad variable, so an operator fixes them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
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
