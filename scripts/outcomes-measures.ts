// Computes every outcome measure for a period from the case-outcomes read model and prints each
// figure and how long it took; with --compare, computes them again by a naive fold over the raw
// events (scripts/naive-outcomes.ts) and prints where the two disagree:
// `npx tsx scripts/outcomes-measures.ts --store events.db --read read.db --from 2025-01-01
// --to 2026-01-01 [--group-by month] [--compare]`.
import { parseArgs } from 'node:util';
import { allProjections } from '../projections/index.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { measureCases, type GroupBy } from '../src/outcomes/compute-measures.js';
import { loadOutcomeCases } from '../src/outcomes/compute-measures-read.js';
import { ProjectionService } from '../src/read-models/projection-service.js';
import { disagreements, foldCases, naiveMeasures } from './naive-outcomes.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    read: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'group-by': { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
});
if (!values.store || !values.read || !values.from || !values.to) {
  console.info(
    'usage: npx tsx scripts/outcomes-measures.ts --store events.db --read read.db --from YYYY-MM-DD --to YYYY-MM-DD [--group-by month] [--compare]',
  );
  process.exit(2);
}
const store = new SqliteEventStore({ path: values.store, decode: decodeEvent });
const projections = new ProjectionService({
  store,
  path: values.read,
  projections: allProjections,
  clock: () => new Date(),
});
const period = { from: values.from, to: values.to };
const started = performance.now();
const cases = loadOutcomeCases(projections, period);
const loaded = performance.now();
const groupBy = (values['group-by'] as GroupBy | undefined) ?? null;
const report = measureCases(cases, { period, groupBy });
const done = performance.now();
for (const f of report.figures)
  console.info(
    `${f.measureId} v${f.version}${f.group === null ? '' : ` [${f.group}]`}: units ${f.units}, ${f.numerator.toFixed(1)}/${f.denominator.toFixed(1)}` +
      `${f.rate === null ? '' : ` = ${f.rate.toFixed(2)}`}${f.distribution ? ` median ${f.distribution.median.toFixed(2)} p90 ${f.distribution.p90.toFixed(2)} n ${f.distribution.n}` : ''}` +
      `${f.excluded.length ? ` excluded ${f.excluded.map((e) => `${e.reason}:${e.count}`).join(',')}` : ''}`,
  );
console.info(
  `${cases.length} cases loaded in ${(loaded - started).toFixed(0)} ms; ${report.figures.length} figures computed in ${(done - loaded).toFixed(0)} ms; total ${(done - started).toFixed(0)} ms`,
);
let found: string[] = [];
if (values.compare) {
  if (groupBy !== null)
    throw new Error('--compare compares ungrouped figures: leave out --group-by');
  const foldStarted = performance.now();
  const folded = await foldCases(store.readAll());
  const naive = naiveMeasures(folded, period);
  found = disagreements(report.figures, naive);
  console.info(
    `naive fold over the raw events of ${folded.size} cases: ${(performance.now() - foldStarted).toFixed(0)} ms; ${found.length} disagreements with the engine`,
  );
  for (const line of found) console.info(`  ${line}`);
}
await projections.stop();
await store.close();
process.exit(found.length === 0 ? 0 : 1);
