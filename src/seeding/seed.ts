import { CommandService } from '../application/command-service.js';
import type { EventStore } from '../event-store/port.js';
import { CohortSchedule } from './cohort-schedule.js';
import { DAY } from './journey-writer.js';
import type { SimulationClock } from './simulation-clock.js';

/** Where simulated time starts: a Monday morning, fixed so that a seed always gives the same timeline. */
export const COHORT_START = new Date('2025-01-06T08:00:00.000Z');

/** Roughly how many events one patient's journey records: sizes the admission window for a target. */
export const EVENTS_PER_PATIENT_ESTIMATE = 110;

export interface SeedProgress {
  readonly patients: number;
  readonly cases: number;
  readonly events: number;
  readonly commands: number;
  /** The simulation's current time. */
  readonly simulatedAt: Date;
}

export interface SeedCounts extends Omit<SeedProgress, 'simulatedAt'> {
  readonly readmissions: number;
  readonly lateEntries: number;
  /** The first index not used by this run: an `--append` run continues from here. */
  readonly nextPatientIndex: number;
  readonly simulatedFrom: Date | null;
  readonly simulatedTo: Date | null;
}

export interface SeedCohortOptions {
  readonly store: EventStore;
  /** The simulation clock; the caller hands the same clock to a SQLite store so recordedAt follows it. */
  readonly clock: SimulationClock;
  readonly seed: number;
  /** How many patients to seed; 12 when neither this nor `targetEvents` is given. */
  readonly patients?: number | undefined;
  /** Stop starting new journeys once this many events are recorded; the running ones finish. */
  readonly targetEvents?: number | undefined;
  /** The first patient index (ids and MRNs derive from it): past an earlier run when appending. */
  readonly firstPatientIndex?: number | undefined;
  /** When the admission window opens; after the store's last event when appending. */
  readonly startAt?: Date | undefined;
  readonly lateEntryRate?: number | undefined;
  readonly onProgress?: ((progress: SeedProgress) => void) | undefined;
}

/** Admissions spread over about two days a patient, between two weeks and a year. */
function windowFor(patients: number): { windowMs: number; slotMs: number } {
  const windowMs = Math.min(365, Math.max(14, patients * 2)) * DAY;
  return { windowMs, slotMs: Math.max(1, Math.floor(windowMs / Math.max(1, patients))) };
}

/**
 * Seeds a synthetic cohort through the real command path (parse, decide, append), every command at
 * its simulated time and all journeys merged in simulated-time order. The same seed, index range
 * and start give the same commands, ids and times; re-running them is idempotent (same command ids).
 */
export async function seedCohort(options: SeedCohortOptions): Promise<SeedCounts> {
  const { store, clock, seed } = options;
  const limit = options.patients ?? (options.targetEvents === undefined ? 12 : undefined);
  const expectedPatients =
    limit ?? Math.max(1, Math.ceil((options.targetEvents ?? 0) / EVENTS_PER_PATIENT_ESTIMATE));
  const firstPatientIndex = options.firstPatientIndex ?? 0;
  const schedule = new CohortSchedule({
    seed,
    firstPatientIndex,
    patients: limit,
    windowStart: (options.startAt ?? COHORT_START).getTime(),
    slotMs: windowFor(expectedPatients).slotMs,
    lateEntryRate: options.lateEntryRate,
  });
  const service = new CommandService({ store, clock: clock.now });
  const counts = { patients: 0, cases: 0, events: 0, commands: 0, readmissions: 0, lateEntries: 0 };
  let simulatedFrom: Date | null = null;
  let simulatedTo: Date | null = null;
  if (limit === 0)
    return { ...counts, nextPatientIndex: firstPatientIndex, simulatedFrom, simulatedTo };

  for (let scheduled = schedule.next(); scheduled !== null; scheduled = schedule.next()) {
    const { step } = scheduled;
    clock.advanceTo(step.at);
    const outcome = await service.execute(step.command, {
      actor: step.actor,
      commandId: step.commandId,
    });
    schedule.resume(scheduled, outcome);
    simulatedFrom ??= step.at;
    simulatedTo = step.at;
    counts.commands += 1;
    counts.events += outcome.events.length;
    if (step.late) counts.lateEntries += 1;
    if (step.command.type === 'RegisterPatient') counts.patients += 1;
    if (step.command.type === 'OpenCase') {
      counts.cases += 1;
      if (step.command.referralSource.detail?.startsWith('Returned within 30 days') === true)
        counts.readmissions += 1;
    }
    if (options.targetEvents !== undefined && counts.events >= options.targetEvents)
      schedule.stopStarting();
    options.onProgress?.({ ...counts, simulatedAt: step.at });
    // SQLite appends are synchronous: yield now and then so timers (a progress bar) still run.
    if (counts.commands % 256 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return {
    ...counts,
    nextPatientIndex: firstPatientIndex + schedule.journeysStarted,
    simulatedFrom,
    simulatedTo,
  };
}

/** What an `--append` run needs to know of a store: how many patients it holds and when its last event was. */
export interface StoreSurvey {
  readonly events: number;
  readonly patients: number;
  /** The latest recordedAt (SQLite) or occurredAt (EventStoreDB, whose recordedAt is the server's). */
  readonly lastAt: Date | null;
}

/** Reads the whole store once: only for appending, never on a request path. */
export async function surveyStore(store: EventStore): Promise<StoreSurvey> {
  let events = 0;
  let patients = 0;
  let last = Number.NEGATIVE_INFINITY;
  for await (const event of store.readAll()) {
    events += 1;
    if (event.type === 'PatientRegistered') patients += 1;
    const at = Date.parse(store.kind === 'sqlite' ? event.recordedAt : event.occurredAt);
    if (at > last) last = at;
  }
  return { events, patients, lastAt: events === 0 ? null : new Date(last) };
}

/** Whether the store holds no event at all. */
export async function isEmpty(store: EventStore): Promise<boolean> {
  for await (const _event of store.readAll({ maxCount: 1 })) return false;
  return true;
}
