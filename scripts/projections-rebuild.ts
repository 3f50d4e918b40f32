// Rebuilds projections from the first event into fresh tables and swaps them in when caught up,
// beside a running service or without one: `npm run projections:rebuild -- [name ...]`.
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
for (const name of names) {
  const started = performance.now();
  const bar =
    process.stderr.isTTY && total !== null
      ? new SingleBar({ format: `${name} [{bar}] {value}/{total} events, {rate} events/s` })
      : null;
  bar?.start(total ?? 0, 0, { rate: 0 });
  let applied = 0;
  await service.rebuildUntilServing([name], (_, eventsApplied) => {
    applied = eventsApplied;
    const seconds = (performance.now() - started) / 1000;
    bar?.update(eventsApplied, { rate: Math.round(eventsApplied / Math.max(seconds, 0.001)) });
  });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  console.info(
    `${name}: rebuilt from ${applied} events in ${seconds.toFixed(1)} s (${Math.round(applied / Math.max(seconds, 0.001))} events/s), now serving`,
  );
}
await service.stop();
await store.close();
