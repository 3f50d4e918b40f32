import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProjections } from '../../projections/index.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';
import { COHORT_START, seedCohort } from '../../src/seeding/seed.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';
import { readModelDigests } from '../support/read-model-digest.js';
import { tempDir } from '../support/temp-dir.js';

describe('the read models of a seeded cohort', () => {
  it('are the same built live, event by event as the cohort is recorded, as replayed from zero', async () => {
    const dir = tempDir();
    const clock = new SimulationClock(COHORT_START);
    const store = new SqliteEventStore({
      path: join(dir, 'events.db'),
      decode: decodeEvent,
      clock: clock.now,
    });
    const live = new ProjectionService({
      store,
      path: join(dir, 'live.db'),
      projections: allProjections,
      clock: () => new Date(),
      batchSize: 7,
    });
    live.start();
    const counts = await seedCohort({ store, clock, seed: 11, patients: 25 });
    const { headPosition } = await store.stats();
    await live.waitForPosition(headPosition!, 60_000);

    const replay = new ProjectionService({
      store,
      path: join(dir, 'replay.db'),
      projections: allProjections,
      clock: () => new Date(),
    });
    replay.start();
    await replay.waitForPosition(headPosition!, 60_000);

    const liveDigests = readModelDigests(live);
    expect(readModelDigests(replay)).toEqual(liveDigests);
    expect(Object.keys(liveDigests).sort()).toEqual(allProjections.map((p) => p.name).sort());
    for (const status of await replay.status()) expect(status.eventsApplied).toBe(counts.events);
    await live.stop();
    await replay.stop();
    await store.close();
  }, 120_000);
});
