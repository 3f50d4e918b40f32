// Computes every outcome measure for a period from the case-outcomes read model and prints how long
// it took, with the counts of each figure: `npx tsx scripts/outcomes-measures.ts --store events.db
// --read read.db --from 2025-01-01 --to 2026-01-01 [--group-by month]`.
import { parseArgs } from 'node:util';
import { allProjections } from '../projections/index.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { measureCases, type GroupBy } from '../src/outcomes/compute-measures.js';
import { loadOutcomeCases } from '../src/outcomes/compute-measures-read.js';
import { ProjectionService } from '../src/read-models/projection-service.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    read: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'group-by': { type: 'string' },
  },
});
if (!values.store || !values.read || !values.from || !values.to) {
  console.info(
    'usage: npx tsx scripts/outcomes-measures.ts --store events.db --read read.db --from YYYY-MM-DD --to YYYY-MM-DD [--group-by month]',
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
const report = measureCases(cases, {
  period,
  groupBy: (values['group-by'] as GroupBy | undefined) ?? null,
});
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
await projections.stop();
