// Rebuilds projections from the first event into fresh tables, in one pass over the store, and
// swaps each in when caught up, beside a running service or without one:
// `npm run projections:rebuild -- [name ...]`.
import { SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { allProjections } from '../projections/index.js';
import { openReadSide } from '../src/compose.js';
import { loadConfigOrExit } from '../src/config.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { help: { type: 'boolean', default: false } },
});
const known = allProjections.map((p) => p.name);
if (values.help) {
  console.info(
    `usage: npm run projections:rebuild -- [name ...]\nprojections: ${known.join(', ')}`,
  );
  process.exit(0);
}
const unknown = positionals.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`no projection named ${unknown.join(', ')}; projections: ${known.join(', ')}`);
  process.exit(2);
}

const config = loadConfigOrExit();

const { store, readModels: service } = await openReadSide(config);
const total = (await store.stats()).eventCount;
const names = positionals.length > 0 ? positionals : known;
// One pass for all: the store is read and decoded once, each batch applied to every new build.
const started = performance.now();
const bar =
  process.stderr.isTTY && total !== null
    ? new SingleBar({
        format: `${names.join(', ')} [{bar}] {value}/{total} events, {rate} events/s`,
      })
    : null;
bar?.start(total ?? 0, 0, { rate: 0 });
const applied = new Map<string, number>(names.map((name) => [name, 0]));
await service.rebuildUntilServing(names, (name, eventsApplied) => {
  applied.set(name, eventsApplied);
  const slowest = Math.min(...applied.values());
  const seconds = (performance.now() - started) / 1000;
  bar?.update(slowest, { rate: Math.round(slowest / Math.max(seconds, 0.001)) });
});
bar?.stop();
const seconds = (performance.now() - started) / 1000;
for (const name of names) {
  console.info(`${name}: rebuilt from ${applied.get(name)} events, now serving`);
}
const events = Math.min(...applied.values());
console.info(
  `${names.length} projection(s) rebuilt in one pass over ${events} events in ${seconds.toFixed(1)} s (${Math.round(events / Math.max(seconds, 0.001))} events/s)`,
);
await service.stop();
await store.close();
