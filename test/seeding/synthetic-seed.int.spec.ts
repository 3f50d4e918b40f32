import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { eventCatalogue } from '../../src/domain/events/catalogue.js';
import type { RecordedEvent } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { COHORT_START, seedCohort, type SeedCounts } from '../../src/seeding/seed.js';
import { seedIfEmpty } from '../../src/seeding/seed-if-empty.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('caretrail-seed-');
let storeCount = 0;

/** Seeds a fresh on-disk store and reads every event back. */
async function seedFresh(
  seed: number,
  patients: number,
): Promise<{ counts: SeedCounts; events: RecordedEvent[]; path: string }> {
  storeCount += 1;
  const path = join(dir, `seed-${seed}-${storeCount}.db`);
  const clock = new SimulationClock(COHORT_START);
  const store = new SqliteEventStore({ path, decode: decodeEvent, clock: clock.now });
  try {
    const counts = await seedCohort({ store, clock, seed, patients });
    return { counts, events: await readAll(store), path };
  } finally {
    await store.close();
  }
}

async function readAll(store: SqliteEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

const comparable = (event: RecordedEvent) => ({
  id: event.id,
  type: event.type,
  data: event.data,
  streamId: event.streamId,
  revision: event.revision,
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  actor: event.actor,
  commandId: event.commandId,
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('the synthetic seed', () => {
  describe('run twice with one seed', () => {
    it('records the same events (ids, types, data, times, streams) in two fresh stores', async () => {
      const first = await seedFresh(5, 6);
      const second = await seedFresh(5, 6);
      expect(first.events.length).toBeGreaterThan(300);
      expect(second.events.map(comparable)).toEqual(first.events.map(comparable));
    });

    it('records different patients and events with another seed', async () => {
      const five = await seedFresh(5, 6);
      const six = await seedFresh(6, 6);
      const ids = new Set(five.events.map((event) => event.id));
      expect(six.events.some((event) => ids.has(event.id))).toBe(false);
      const names = (events: RecordedEvent[]) =>
        events
          .filter((event) => event.type === 'PatientRegistered')
          .map((event) => JSON.stringify(event.data));
      expect(names(six.events)).not.toEqual(names(five.events));
      expect(six.events.map((event) => event.type)).not.toEqual(
        five.events.map((event) => event.type),
      );
    });

    it('writes nothing new when re-run on the store it seeded (same command ids)', async () => {
      const { path, events } = await seedFresh(8, 3);
      const clock = new SimulationClock(COHORT_START);
      const store = new SqliteEventStore({ path, decode: decodeEvent, clock: clock.now });
      try {
        const again = await seedCohort({ store, clock, seed: 8, patients: 3 });
        expect(again.commands).toBeGreaterThan(0);
        expect((await readAll(store)).map(comparable)).toEqual(events.map(comparable));
      } finally {
        await store.close();
      }
    });
  });

  describe('a cohort of 20 patients', () => {
    let counts: SeedCounts;
    let events: RecordedEvent[];
    const ofType = (type: string) => events.filter((event) => event.type === type);
    const data = (event: RecordedEvent) => event.data as Record<string, unknown>;

    beforeAll(async () => {
      ({ counts, events } = await seedFresh(2, 20));
    });

    it('passes every command through the deciders and closes every case it opens', () => {
      // seedCohort throws on the first refused command, so reaching here means none was refused.
      expect(counts.patients).toBe(20);
      expect(new Set(events.map((event) => event.commandId)).size).toBe(counts.commands);
      expect(events.length).toBe(counts.events);
      expect(ofType('CaseClosed').length).toBe(ofType('CaseOpened').length);
      expect(ofType('PatientDischarged').length).toBe(ofType('CaseOpened').length);
    });

    it('covers every event type of the catalogue', () => {
      const seen = new Set(events.map((event) => event.type));
      expect(Object.keys(eventCatalogue).filter((type) => !seen.has(type))).toEqual([]);
    });

    it('readmits a share of the patients within 30 days of discharge, as a new unplanned case', () => {
      const casesByPatient = new Map<string, RecordedEvent[]>();
      for (const opened of ofType('CaseOpened')) {
        const patientId = String(data(opened).patientId);
        casesByPatient.set(patientId, [...(casesByPatient.get(patientId) ?? []), opened]);
      }
      const dischargedAt = new Map(
        ofType('PatientDischarged').map((event) => [
          event.streamId,
          Date.parse(String(data(event).dischargedAt)),
        ]),
      );
      const readmissions = [...casesByPatient.values()].filter((cases) => cases.length > 1);
      expect(readmissions.length).toBeGreaterThanOrEqual(1);
      expect(readmissions.length).toBeLessThanOrEqual(6);
      for (const [first, second] of readmissions.map((cases) => [cases[0]!, cases[1]!] as const)) {
        const gap = Date.parse(String(data(second).admittedAt)) - dischargedAt.get(first.streamId)!;
        expect(gap).toBeGreaterThan(0);
        expect(gap).toBeLessThan(30 * DAY);
        expect(data(second).admissionType).not.toBe('planned');
      }
    });

    it('has late entries: some events happened hours or days before they were recorded', () => {
      const late = events.filter(
        (event) => Date.parse(event.recordedAt) - Date.parse(event.occurredAt) >= 30 * 60 * 1000,
      );
      expect(late.length / events.length).toBeGreaterThan(0.02);
      expect(late.length / events.length).toBeLessThan(0.1);
      expect(
        late.some((event) => Date.parse(event.recordedAt) - Date.parse(event.occurredAt) >= DAY),
      ).toBe(true);
    });

    it('keeps recordedAt in global order and occurredAt never after recordedAt', () => {
      for (const [index, event] of events.entries()) {
        if (index > 0) expect(event.recordedAt >= events[index - 1]!.recordedAt).toBe(true);
        expect(Date.parse(event.occurredAt)).toBeLessThanOrEqual(Date.parse(event.recordedAt));
      }
      expect(Date.parse(events[0]!.recordedAt)).toBeGreaterThanOrEqual(COHORT_START.getTime());
    });

    it('makes every patient visibly synthetic', () => {
      for (const registered of ofType('PatientRegistered')) {
        const { mrn, name } = data(registered) as { mrn: string; name: { family: string } };
        expect(mrn).toMatch(/^SYN-2-\d{5}$/);
        expect(name.family).toMatch(/^Testpatient-\d{5}$/);
      }
    });

    it('has handoffs accepted or declined only by their receivers, and a moved primary releasable', () => {
      const initiated = new Map(
        ofType('HandoffInitiated').map((event) => [String(data(event).handoffId), data(event)]),
      );
      const settled = [...ofType('HandoffAccepted'), ...ofType('HandoffDeclined')];
      expect(ofType('HandoffDeclined').length).toBeGreaterThan(0);
      for (const event of settled) {
        const to = initiated.get(String(data(event).handoffId))?.to as
          { userId: string } | undefined;
        expect(event.actor.userId).toBe(to?.userId);
      }
    });

    it('rests every "ready" discharge decision on earlier assessments and reviews of the same case, pinned to their revisions', () => {
      const byId = new Map(events.map((event) => [event.id, event]));
      const ready = ofType('DischargeDecisionMade').filter(
        (event) => data(event).decision === 'ready',
      );
      expect(ready.length).toBe(ofType('PatientDischarged').length);
      for (const decision of ready) {
        const pinned = data(decision).evidence as { eventId: string; revision: number }[];
        expect(pinned.length).toBeGreaterThanOrEqual(2);
        for (const { eventId, revision } of pinned) {
          const cited = byId.get(eventId);
          expect(cited?.streamId).toBe(decision.streamId);
          expect(cited!.revision).toBe(revision);
          expect(cited!.revision).toBeLessThan(decision.revision);
          expect(['AssessmentRecorded', 'UtilizationReviewPerformed']).toContain(cited!.type);
        }
      }
    });

    it('has Barthel scores improving over most stays', () => {
      const barthel = new Map<string, number[]>();
      for (const event of ofType('AssessmentRecorded')) {
        if ((data(event).instrument as { code: string }).code !== 'Barthel') continue;
        barthel.set(event.streamId, [
          ...(barthel.get(event.streamId) ?? []),
          Number(data(event).total),
        ]);
      }
      const changes = [...barthel.values()].map((totals) => totals.at(-1)! - totals[0]!);
      expect(changes.filter((change) => change > 0).length).toBeGreaterThan(changes.length / 2);
    });
  });

  describe('seedIfEmpty', () => {
    it('seeds an empty store and leaves a store that holds events alone', async () => {
      const path = join(dir, 'if-empty.db');
      const seeded = await seedIfEmpty({ kind: 'sqlite', path }, { patients: 2 });
      expect(seeded).toMatchObject({ patients: 2 });
      expect(seeded!.events).toBeGreaterThan(50);

      expect(await seedIfEmpty({ kind: 'sqlite', path }, { patients: 2, seed: 99 })).toBeNull();
      const store = new SqliteEventStore({ path, decode: decodeEvent });
      try {
        expect((await store.stats()).eventCount).toBe(seeded!.events);
      } finally {
        await store.close();
      }
    });
  });
});
