import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProjections } from '../../projections/index.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';
import { COHORT_START, seedCohort } from '../../src/seeding/seed.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';
import { waitUntil } from '../contract/event-store.contract.js';
import { runTs } from '../support/child-process.js';
import { readModelDigests } from '../support/read-model-digest.js';
import { tempDir } from '../support/temp-dir.js';

const runProjections = join(import.meta.dirname, 'fixtures', 'run-projections.ts');
const kills = 10;

describe('the projection runner killed with SIGKILL while catching up', () => {
  it(`ends, after ${kills} kills and a restart, with read models equal to a clean rebuild`, async () => {
    const dir = tempDir();
    const storePath = join(dir, 'events.db');
    const readPath = join(dir, 'read.db');
    const clock = new SimulationClock(COHORT_START);
    const seeding = new SqliteEventStore({
      path: storePath,
      decode: decodeEvent,
      clock: clock.now,
    });
    const { events } = await seedCohort({ store: seeding, clock, seed: 5, patients: 40 });
    await seeding.close();

    const killedAt: number[] = [];
    for (let round = 0; round < kills; round += 1) {
      const { child, lines, exited } = runTs(runProjections, [storePath, readPath]);
      // Kill somewhere between the start and nine tenths of the catch-up, each round further on.
      const target = Math.floor(((round + Math.random()) / kills) * events * 0.9);
      const slowest = (): number =>
        Math.min(...(lines.at(-1)?.split(' ').slice(1).map(Number) ?? [0]));
      await waitUntil(
        () => (lines.length > 0 && slowest() >= target) || child.exitCode !== null,
        60_000,
      );
      killedAt.push(slowest());
      child.kill('SIGKILL');
      const { signal, stderr } = await exited;
      expect(signal, stderr).toBe('SIGKILL');
    }

    const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
    const { headPosition } = await store.stats();
    const resumed = new ProjectionService({
      store,
      path: readPath,
      projections: allProjections,
      clock: () => new Date(),
    });
    resumed.start();
    await resumed.waitForPosition(headPosition!, 60_000);
    const clean = new ProjectionService({
      store,
      path: join(dir, 'clean.db'),
      projections: allProjections,
      clock: () => new Date(),
    });
    clean.start();
    await clean.waitForPosition(headPosition!, 60_000);

    expect(readModelDigests(resumed)).toEqual(readModelDigests(clean));
    for (const status of await resumed.status()) {
      expect(status.eventsApplied, status.name).toBe(events);
      expect(status.error).toBeNull();
    }
    console.info(
      `projection crash: ${kills} SIGKILLs during catch-up of ${events} events (killed once the slowest projection had applied ${killedAt.join(', ')}); resumed read models equal a clean rebuild`,
    );
    await resumed.stop();
    await clean.stop();
    await store.close();
  }, 240_000);
});
