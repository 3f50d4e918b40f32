import cliProgress from 'cli-progress';
import { parseArgs } from 'node:util';
import { openEventStore } from '../src/compose.js';
import { ConfigError, loadConfig } from '../src/config.js';
import {
  COHORT_START,
  EVENTS_PER_PATIENT_ESTIMATE,
  isEmpty,
  seedCohort,
  surveyStore,
  type SeedProgress,
} from '../src/seeding/seed.js';
import { SimulationClock } from '../src/seeding/simulation-clock.js';

const usage = `Seeds the configured event store with SYNTHETIC case-management journeys (no real patients).

Usage: npm run seed -- [--patients N | --events N] [--seed N] [--append]

  --patients N   seed N patients (default 12 when --events is not given)
  --events N     seed until about N events are recorded (running journeys finish)
  --seed N       the seed: the same seed gives the same data (default 1)
  --append       add journeys to a store that already holds events (new patient ids, later times)
  --help         show this help

The store comes from the environment, as for the server: CARETRAIL_STORE (sqlite | eventstoredb),
CARETRAIL_SQLITE_PATH, EVENTSTORE_URL. With SQLite, recordedAt follows the simulated clock; with
EventStoreDB, recordedAt is the server's time and only occurredAt is simulated.`;

interface SeedArguments {
  readonly patients: number | undefined;
  readonly events: number | undefined;
  readonly seed: number;
  readonly append: boolean;
}

/** Bad input: the message names what is wrong, and the script exits with 2. */
class UsageError extends Error {}

function wholeNumber(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = /^\d+$/.test(value.replaceAll('_', ''))
    ? Number(value.replaceAll('_', ''))
    : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max)
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  return parsed;
}

function parseArguments(argv: readonly string[]): SeedArguments | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        patients: { type: 'string' },
        events: { type: 'string' },
        seed: { type: 'string' },
        append: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  return {
    patients: wholeNumber('patients', values.patients, 1, 1_000_000),
    events: wholeNumber('events', values.events, 1, 100_000_000),
    seed: wholeNumber('seed', values.seed, 0, 4_294_967_295) ?? 1,
    append: values.append,
  };
}

/** Runs this short finish before progress would help. */
const LONG_RUN_EVENTS = 5_000;

/** A bar on a terminal; a line every 10% when stderr is a file or a pipe (CI logs); nothing on short runs. */
function progressReporter(expectedEvents: number): {
  update: (progress: SeedProgress) => void;
  stop: () => void;
} {
  if (expectedEvents < LONG_RUN_EVENTS) return { update: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format:
          'seeding SYNTHETIC data [{bar}] {percentage}% | {value}/{total} events | {patients} patients | simulated {simulated} | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(expectedEvents, 0, { patients: 0, simulated: '' });
    return {
      update: (progress) => {
        if (progress.commands % 50 !== 0) return;
        if (progress.events > bar.getTotal()) bar.setTotal(progress.events);
        bar.update(progress.events, {
          patients: progress.patients,
          simulated: progress.simulatedAt.toISOString().slice(0, 10),
        });
      },
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    update: (progress) => {
      const tenth = Math.floor((progress.events / expectedEvents) * 10);
      if (tenth < nextTenth || nextTenth > 9) return;
      nextTenth = tenth + 1;
      process.stderr.write(
        `seeding SYNTHETIC data: ${Math.min(90, tenth * 10)}% (${progress.events} events, ${progress.patients} patients, simulated ${progress.simulatedAt.toISOString().slice(0, 10)})\n`,
      );
    },
    stop: () => undefined,
  };
}

async function main(): Promise<number> {
  let args: SeedArguments | 'help';
  let config;
  try {
    args = parseArguments(process.argv.slice(2));
    if (args === 'help') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    config = loadConfig();
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(
        `seed: ${error.message}\n\n${error instanceof UsageError ? 'Run with --help for usage.\n' : ''}`,
      );
      return 2;
    }
    throw error;
  }

  const where = config.store.kind === 'sqlite' ? `sqlite at ${config.store.path}` : 'EventStoreDB';
  // The clock starts at the cohort's start; it only ever moves forward from there.
  const clock = new SimulationClock(COHORT_START);
  const store = await openEventStore(config.store, { clock: clock.now });
  try {
    let firstPatientIndex = 0;
    let startAt = COHORT_START;
    if (!(await isEmpty(store))) {
      if (!args.append) {
        process.stderr.write(
          `seed: the store (${where}) already holds events; pass --append to add journeys to it\n`,
        );
        return 1;
      }
      const survey = await surveyStore(store);
      firstPatientIndex = survey.patients;
      // New journeys start after everything already recorded, so recordedAt keeps going forward.
      if (survey.lastAt && survey.lastAt.getTime() >= startAt.getTime())
        startAt = new Date(survey.lastAt.getTime() + 60 * 60 * 1000);
      process.stderr.write(
        `seed: appending after ${survey.events} events and ${survey.patients} patients, from ${startAt.toISOString()}\n`,
      );
    }

    const expectedEvents = args.events ?? (args.patients ?? 12) * EVENTS_PER_PATIENT_ESTIMATE;
    const progress = progressReporter(expectedEvents);
    const started = performance.now();
    let counts;
    try {
      counts = await seedCohort({
        store,
        clock,
        seed: args.seed,
        patients: args.patients,
        targetEvents: args.events,
        firstPatientIndex,
        startAt,
        onProgress: progress.update,
      });
    } finally {
      progress.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const day = (at: Date | null): string => at?.toISOString().slice(0, 10) ?? '-';
    const lines = [
      `caretrail seed: SYNTHETIC data only (no real patients), seed ${args.seed}`,
      `  patients   ${counts.patients} (indices ${firstPatientIndex}-${counts.nextPatientIndex - 1}), cases ${counts.cases}, readmitted within 30 days ${counts.readmissions}`,
      `  events     ${counts.events} from ${counts.commands} commands (${counts.lateEntries} late entries)`,
      `  simulated  ${day(counts.simulatedFrom)} to ${day(counts.simulatedTo)}`,
      `  took       ${seconds.toFixed(1)} s, ${Math.round(counts.events / Math.max(seconds, 0.001))} events/s`,
      `  store      ${where}${config.store.kind === 'eventstoredb' ? ' (recordedAt is the server time; occurredAt is simulated)' : ''}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `seed: failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
