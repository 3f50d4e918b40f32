import { describe, expect, it } from 'vitest';
import {
  evolveCaseView,
  foldCaseEntry,
  initialCaseView,
  type CaseView,
} from '../../projections/current-case/case-view.js';
import { deriveCaseView } from '../../projections/current-case/derive-case-view.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { COHORT_START, seedCohort } from '../../src/seeding/seed.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';

describe('folding a case stream and deriving once at the end', () => {
  it('gives, at every revision of every seeded case, the view refreshed after each event', async () => {
    // Given the case streams of a synthetic cohort, corrections and in-error marks included
    const clock = new SimulationClock(COHORT_START);
    const store = new SqliteEventStore({ path: ':memory:', decode: decodeEvent, clock: clock.now });
    await seedCohort({ store, clock, seed: 11, patients: 12 });
    const byStream = new Map<string, ProjectedEvent[]>();
    for await (const event of store.readAll()) {
      if (!event.streamId.startsWith('case-')) continue;
      byStream.set(event.streamId, [
        ...(byStream.get(event.streamId) ?? []),
        event as unknown as ProjectedEvent,
      ]);
    }
    await store.close();
    const types = new Set([...byStream.values()].flat().map((event) => event.type));
    expect(types).toContain('EntryCorrected');

    // When each is folded both ways, Then the views agree after every event
    let compared = 0;
    for (const events of byStream.values()) {
      let refreshed: CaseView = initialCaseView();
      let folded: CaseView = initialCaseView();
      for (const event of events) {
        refreshed = evolveCaseView(refreshed, event);
        folded = foldCaseEntry(folded, event);
        expect(deriveCaseView(folded)).toEqual(refreshed);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
