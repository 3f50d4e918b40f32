import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectedEvent } from '../../projections/projection.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { COHORT_START, seedCohort } from '../../src/seeding/seed.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';
import { disagreements, foldCases, naiveMeasures } from '../../scripts/naive-outcomes.js';
import { tempDir } from '../support/temp-dir.js';
import { measured } from './outcome-cohort.js';

// A synthetic seeded cohort; a larger one with CARETRAIL_OUTCOMES_AGREEMENT_PATIENTS=N (the 10k-case
// comparison runs on a seeded store with `scripts/outcomes-measures.ts --compare`).
const patients = Number(process.env['CARETRAIL_OUTCOMES_AGREEMENT_PATIENTS'] ?? '40');
const dir = tempDir('caretrail-outcomes-');
const everything = { from: '2024-01-01', to: '2028-01-01' };

describe('the outcome measures computed twice', () => {
  it(`agree between the engine on the read model and a naive fold over the raw events (${patients} seeded patients)`, async () => {
    // Given a seeded cohort in a real store
    const clock = new SimulationClock(COHORT_START);
    const store = new SqliteEventStore({
      path: join(dir, 'events.db'),
      decode: decodeEvent,
      clock: clock.now,
    });
    const events: ProjectedEvent[] = [];
    try {
      await seedCohort({ store, clock, seed: 11, patients });
      for await (const event of store.readAll()) events.push(event as ProjectedEvent);
    } finally {
      await store.close();
    }

    // When both paths compute every measure
    const engine = measured(events, { period: everything });
    const folded = await foldCases(events);
    const naive = naiveMeasures(folded, everything);

    // Then they agree on every count, value and exclusion, and the cohort is not empty
    expect(disagreements(engine.figures, naive)).toEqual([]);
    expect(folded.size).toBeGreaterThanOrEqual(patients);
    const units = (id: string) => engine.figures.find((f) => f.measureId === id)?.units ?? 0;
    for (const id of [
      'readmission-30d',
      'length-of-stay',
      'goal-attainment',
      'handoff-completeness',
    ])
      expect(units(id), id).toBeGreaterThan(0);
  }, 120_000);
});
