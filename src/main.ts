import type { Server, ServerResponse } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { openEventStore } from './compose.js';
import { buildApp } from './http/app.js';
import { applyServerTimeouts } from './http/limits/server-timeouts.js';
import { seedIfEmpty } from './seeding/seed-if-empty.js';
import { ProjectionService } from './read-models/projection-service.js';
import { apiServices } from './graphql/context.js';
import { allProjections } from '../projections/index.js';
import { pseudonymsFor } from './access/pseudonyms.js';
import { authenticationFor } from './auth/authentication.js';
import { developmentUsers, type DevelopmentIdentity } from './auth/development-identity.js';
import { checkpointSigner } from './integrity/checkpoint-signer.js';
import { scheduleCheckpoints } from './integrity/checkpoint-schedule.js';

/** How long shutdown waits for in-flight requests before it closes their connections. */
const shutdownGraceMs = 8_000;
/** How often shutdown closes connections that have fallen idle (a completed subscription's). */
const shutdownPollMs = 100;

/** Prints once when every projection has caught up with the store, with how long it took. */
function reportCatchUp(projections: ProjectionService, clock: () => Date): void {
  const started = clock().getTime();
  const timer = setInterval(() => {
    void projections.status().then((statuses) => {
      const failed = statuses.filter((s) => s.state === 'failed');
      for (const s of failed)
        console.error(
          `caretrail: projection ${s.name} stopped at ${s.error?.position}: ${s.error?.message}`,
        );
      if (failed.length > 0 || statuses.every((s) => s.state === 'live')) {
        clearInterval(timer);
        const events = Math.max(0, ...statuses.map((s) => s.eventsApplied));
        const seconds = (clock().getTime() - started) / 1000;
        console.info(
          `caretrail: projections caught up: ${statuses.length - failed.length} of ${statuses.length} live over ${events} events in ${seconds.toFixed(1)} s`,
        );
      }
    });
  }, 200);
  timer.unref();
}

/** Prints a ready-to-use token for each demo user, so the first run needs no identity provider. */
async function printDevelopmentTokens(
  identity: DevelopmentIdentity,
  keyFile: string,
): Promise<Record<string, string>> {
  const tokens = await Promise.all(developmentUsers.map((user) => identity.mint(user)));
  console.info(
    `caretrail: DEVELOPMENT tokens for synthetic users (valid 12 h; signed by ${keyFile}; send as "authorization: Bearer <token>"):`,
  );
  developmentUsers.forEach((user, i) =>
    console.info(`  ${user.role.padEnd(15)} ${user.userId.padEnd(15)} ${tokens[i]}`),
  );
  return { authorization: `Bearer ${tokens[0]}` };
}

/** The composition root: reads the configuration, opens the store, serves HTTP, shuts down cleanly. */
async function main(): Promise<void> {
  const config = loadConfig();
  const clock = (): Date => new Date();

  // Seeding opens the store on its own simulated clock, so it runs before the app's store is opened.
  if (config.seedOnEmpty) {
    const seeded = await seedIfEmpty(config.store);
    if (seeded) {
      console.info(
        `caretrail: the store was empty, so it now holds a SYNTHETIC demo cohort: ${seeded.patients} patients, ${seeded.cases} cases, ${seeded.events} events (no real patient data)`,
      );
    }
  }
  const store = await openEventStore(config.store);
  const projections = new ProjectionService({
    store,
    path: config.readModelPath,
    projections: allProjections,
    clock,
  });
  projections.start();
  reportCatchUp(projections, clock);
  const signer = checkpointSigner(config.integrity.signingKey);
  const checkpoints = scheduleCheckpoints(
    { store, signer, clock },
    config.integrity.checkpointSeconds,
    (error) =>
      console.error(
        'caretrail: integrity checkpoint failed:',
        error instanceof Error ? error.message : error,
      ),
  );

  const authentication = authenticationFor(config.auth, clock);
  const graphiqlHeaders =
    authentication.development && config.auth.mode === 'development-identity'
      ? await printDevelopmentTokens(authentication.development, config.auth.keyFile)
      : undefined;
  const shutdown = new AbortController();
  const app = buildApp({
    services: apiServices({
      shutdown: shutdown.signal,
      store,
      projections,
      clock,
      pseudonyms: pseudonymsFor(config.pseudonymKey),
      trustedCheckpointKeyIds: new Set([signer.keyId]),
    }),
    startedAt: clock(),
    development: config.environment === 'development',
    verifier: authentication.verifier,
    rateLimit: config.rateLimit,
    ...(graphiqlHeaders ? { graphiqlHeaders } : {}),
  });
  const server: Server = app.listen(config.port, config.host, () => {
    const where = config.store.kind === 'sqlite' ? config.store.path : 'EventStoreDB';
    console.info(
      `caretrail: listening on http://${config.host}:${config.port} (${config.environment}; store: ${config.store.kind} at ${where}); GraphQL at /graphql, health at /healthz`,
    );
  });
  applyServerTimeouts(server);

  let stopping = false;
  // Once stopping, every answer closes its connection, so no keep-alive connection outlives it.
  server.prependListener('request', (_request, response: ServerResponse) => {
    if (stopping) response.shouldKeepAlive = false;
  });
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.info(`caretrail: ${signal} received, finishing in-flight requests`);
    // Live subscriptions complete their streams; their connections then fall idle and are closed.
    shutdown.abort();
    const closeIdle = setInterval(() => server.closeIdleConnections(), shutdownPollMs);
    // A client that neither finishes nor reads cannot hold the exit past the grace period.
    const forceClose = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
    server.close(() => {
      clearInterval(closeIdle);
      clearTimeout(forceClose);
      checkpoints
        .stop()
        .then(() => projections.stop())
        .then(() => store.close())
        .then(() => process.exit(0))
        .catch(() => process.exit(1));
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`caretrail: ${error.message}`);
  } else {
    console.error('caretrail: failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
