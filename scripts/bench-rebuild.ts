// Projection rebuild speed beside a raw scan of the events table, measured in the same run:
// `npm run bench:rebuild -- [--store FILE] [--patients N] [--runs N]`. The figure is the store's
// event count divided by the wall time to rebuild every read model from zero (what a user waits
// for); each projection rebuilt alone is shown too.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allProjections } from '../projections/index.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionService } from '../src/read-models/projection-service.js';
import { COHORT_START, seedCohort } from '../src/seeding/seed.js';
import { SimulationClock } from '../src/seeding/simulation-clock.js';
import { median, parseCount } from './bench-support.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    patients: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    'all-only': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info(
    'usage: npm run bench:rebuild -- [--store events.db] [--patients N (seeded when no --store)] [--runs N] [--all-only]\n' +
      '--all-only leaves out rebuilding each projection alone (for large stores).\n' +
      'The store is opened as an event store, which may write to it (WAL files): pass a copy.',
  );
  process.exit(0);
}
const runs = parseCount('--runs', values.runs);
const target = { eventsPerSecond: 50_000, ofRawScan: 0.5 };

const dir = mkdtempSync(join(tmpdir(), 'caretrail-bench-rebuild-'));
let storePath = values.store;
if (storePath === undefined) {
  storePath = join(dir, 'events.db');
  const clock = new SimulationClock(COHORT_START);
  const seeding = new SqliteEventStore({ path: storePath, decode: decodeEvent, clock: clock.now });
  await seedCohort({
    store: seeding,
    clock,
    seed: 1,
    patients: parseCount('--patients', values.patients),
  });
  await seeding.close();
} else if (!statSync(storePath, { throwIfNoEntry: false })?.isFile()) {
  console.error(`--store ${storePath}: no such file`);
  process.exit(2);
}

/** The floor: every row of the events table read in global order, its JSON parsed, nothing applied. */
function rawScan(path: string): { events: number; seconds: number } {
  const db = new Database(path, { readonly: true });
  const started = performance.now();
  let events = 0;
  for (const row of db.prepare('SELECT * FROM events ORDER BY position').iterate() as Iterable<{
    data: string;
    metadata: string;
  }>) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
    events += 1;
  }
  db.close();
  return { events, seconds: (performance.now() - started) / 1000 };
}

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

/** Rebuilds the named projections from zero into a fresh read-model file; seconds and its size. */
async function rebuild(
  store: SqliteEventStore,
  names: readonly string[],
  run: number,
): Promise<{ seconds: number; bytes: number }> {
  const readPath = join(dir, `read-${run}-${names.length}-${names[0]}.db`);
  const service = new ProjectionService({
    store,
    path: readPath,
    projections: allProjections,
    clock: () => new Date(),
  });
  const started = performance.now();
  let reported = 0;
  await service.rebuildUntilServing(names, (name, applied) => {
    sampleRss();
    // A large store takes minutes: say how far the first projection is, every 100,000 events.
    if (name !== names[0] || applied < reported + 100_000) return;
    reported = applied;
    const seconds = (performance.now() - started) / 1000;
    console.error(`  ${names.join(', ')}: ${applied} events in ${seconds.toFixed(0)} s`);
  });
  const seconds = (performance.now() - started) / 1000;
  await service.stop();
  const bytes = ['', '-wal'].reduce(
    (sum, suffix) => sum + (statSync(`${readPath}${suffix}`, { throwIfNoEntry: false })?.size ?? 0),
    0,
  );
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${readPath}${suffix}`, { force: true });
  return { seconds, bytes };
}

const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
const names = allProjections.map((p) => p.name);
const scanSeconds: number[] = [];
const allSeconds: number[] = [];
const aloneSeconds = new Map<string, number[]>(names.map((name) => [name, []]));
let events = 0;
let readModelBytes = 0;
for (let run = 1; run <= runs; run += 1) {
  const scan = rawScan(storePath);
  events = scan.events;
  scanSeconds.push(scan.seconds);
  const all = await rebuild(store, names, run);
  allSeconds.push(all.seconds);
  readModelBytes = all.bytes;
  console.error(
    `run ${run}/${runs}: raw scan ${scan.seconds.toFixed(2)} s, all read models ${all.seconds.toFixed(2)} s`,
  );
  if (values['all-only']) continue;
  for (const name of names) {
    aloneSeconds.get(name)!.push((await rebuild(store, [name], run)).seconds);
  }
  console.error(
    `run ${run}/${runs}: each projection alone ${names.map((name) => aloneSeconds.get(name)!.at(-1)!.toFixed(2)).join(', ')} s`,
  );
}
await store.close();
const storeBytes = statSync(storePath).size;

/** Events/s for each run's seconds: median, min and max. */
function rates(seconds: readonly number[]): { median: number; min: number; max: number } {
  const perRun = seconds.map((s) => events / s);
  return { median: median(perRun), min: Math.min(...perRun), max: Math.max(...perRun) };
}
const scanRate = rates(scanSeconds);
/** Each run's rate over the same run's raw scan, so a busy machine slows both sides alike. */
function ratio(seconds: readonly number[]): number {
  return median(seconds.map((s, run) => scanSeconds[run]! / s));
}
function row(what: string, seconds: readonly number[]): string {
  const r = rates(seconds);
  return `| ${what} | ${Math.round(r.median)} | ${Math.round(r.min)} | ${Math.round(r.max)} | ${ratio(seconds).toFixed(2)} × |`;
}

const allRate = rates(allSeconds).median;
const allRatio = ratio(allSeconds);
console.info(
  `\nProjection rebuild from zero: ${events} events, ${runs} run(s) (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version})\n`,
);
console.info('| what | events/s (median) | min | max | vs raw scan (median) |');
console.info('| --- | ---: | ---: | ---: | ---: |');
console.info(
  `| raw scan of the events table (baseline: rows read in order, JSON parsed) | ${Math.round(scanRate.median)} | ${Math.round(scanRate.min)} | ${Math.round(scanRate.max)} | 1.00 × |`,
);
console.info(row(`**projection rebuild: all ${names.length} read models from zero**`, allSeconds));
for (const projection of values['all-only'] ? [] : allProjections) {
  console.info(
    row(`${projection.name} v${projection.version} alone`, aloneSeconds.get(projection.name)!),
  );
}
const met = (ok: boolean): string => (ok ? 'met' : 'not met');
console.info(
  `\ntarget ≥ ${target.eventsPerSecond} events/s: ${met(allRate >= target.eventsPerSecond)}; ` +
    `≥ ${target.ofRawScan} × raw scan: ${met(allRatio >= target.ofRawScan)}`,
);
console.info(
  `read models on disk: ${(readModelBytes / 2 ** 20).toFixed(1)} MiB for an event store of ${(storeBytes / 2 ** 20).toFixed(1)} MiB; ` +
    `peak RSS while rebuilding ${(peakRss / 2 ** 20).toFixed(0)} MiB (process peak ${(process.resourceUsage().maxRSS / 2 ** 10).toFixed(0)} MiB)`,
);
rmSync(dir, { recursive: true, force: true });
