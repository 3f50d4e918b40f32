import type { Config } from '../config.js';
import { openEventStore } from '../compose.js';
import { COHORT_START, isEmpty, seedCohort } from './seed.js';
import { SimulationClock } from './simulation-clock.js';

/** The demo cohort a fresh development store gets. */
export const DEMO_COHORT = { seed: 1, patients: 12 } as const;

export interface SeededCohort {
  readonly patients: number;
  readonly cases: number;
  readonly events: number;
}

/**
 * Seeds a small synthetic cohort when the configured store is empty, through a store of its own
 * opened on the simulation clock (so recordedAt follows the simulation); returns null when the
 * store already holds events. Call it before opening the store the app serves from.
 */
export async function seedIfEmpty(
  storeConfig: Config['store'],
  options: { seed?: number; patients?: number } = {},
): Promise<SeededCohort | null> {
  const clock = new SimulationClock(COHORT_START);
  const store = await openEventStore(storeConfig, { clock: clock.now });
  try {
    if (!(await isEmpty(store))) return null;
    const counts = await seedCohort({
      store,
      clock,
      seed: options.seed ?? DEMO_COHORT.seed,
      patients: options.patients ?? DEMO_COHORT.patients,
    });
    return { patients: counts.patients, cases: counts.cases, events: counts.events };
  } finally {
    await store.close();
  }
}
