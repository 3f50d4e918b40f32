import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { openEventStore } from './compose.js';
import { buildApp } from './http/app.js';
import { seedIfEmpty } from './seeding/seed-if-empty.js';

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

  const app = buildApp({ store, clock, startedAt: clock() });
  const server: Server = app.listen(config.port, config.host, () => {
    const where = config.store.kind === 'sqlite' ? config.store.path : 'EventStoreDB';
    console.info(
      `caretrail: listening on http://${config.host}:${config.port} (${config.environment}; store: ${config.store.kind} at ${where}); health at /healthz`,
    );
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.info(`caretrail: ${signal} received, finishing in-flight requests`);
    server.close(() => {
      store
        .close()
        .then(() => process.exit(0))
        .catch(() => process.exit(1));
    });
    server.closeIdleConnections();
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
