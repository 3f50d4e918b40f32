// Projection rebuild speed beside a raw scan of the events table, measured in the same run, and
// the read models' size on disk: `npm run bench:rebuild -- [--store FILE] [--patients N]`.
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
import { parseCount } from './bench-support.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    patients: { type: 'string', default: '100' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info(
    'usage: npm run bench:rebuild -- [--store events.db] [--patients N (seeded when no --store)]',
  );
  process.exit(0);
}

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

const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
const scan = rawScan(storePath);
const readPath = join(dir, 'read.db');
const service = new ProjectionService({
  store,
  path: readPath,
  projections: allProjections,
  clock: () => new Date(),
});
const rows: string[] = [];
let totalSeconds = 0;
for (const projection of allProjections) {
  const started = performance.now();
  await service.rebuildUntilServing([projection.name]);
  const seconds = (performance.now() - started) / 1000;
  totalSeconds += seconds;
  const rate = scan.events / seconds;
  rows.push(
    `| ${projection.name} v${projection.version} | ${Math.round(rate)} | ${(rate / (scan.events / scan.seconds)).toFixed(2)} × |`,
  );
}
await service.stop();
await store.close();
const bytes = ['', '-wal'].reduce(
  (sum, suffix) => sum + (statSync(`${readPath}${suffix}`, { throwIfNoEntry: false })?.size ?? 0),
  0,
);
const storeBytes = statSync(storePath).size;

console.info(
  `\nProjection rebuild from zero: ${scan.events} events (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version})\n`,
);
console.info('| what | events/s | vs raw scan |');
console.info('| --- | ---: | ---: |');
console.info(
  `| raw scan of the events table (baseline: rows read, JSON parsed) | ${Math.round(scan.events / scan.seconds)} | 1.00 × |`,
);
for (const row of rows) console.info(row);
console.info(
  `| all five, one after another | ${Math.round((scan.events * allProjections.length) / totalSeconds)} event applications/s | |`,
);
console.info(
  `\nread models on disk: ${(bytes / 2 ** 20).toFixed(1)} MiB for an event store of ${(storeBytes / 2 ** 20).toFixed(1)} MiB`,
);
rmSync(dir, { recursive: true, force: true });
