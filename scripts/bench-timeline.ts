// Latency and throughput of a 50-entry timeline page with nested case and actor, through the whole
// GraphQL stack, beside plain express serving the same JSON from the same read model, same run:
// `npm run bench:timeline -- [--patients 40 | --store events.db --read read.db] [--seconds 5] [--connections 1,10]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machine, median, parseCount } from './bench-support.js';
import {
  loadCells,
  measureLoad,
  openCaughtUp,
  seedStore,
  startTimelineStack,
} from './bench-timeline-stack.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    read: { type: 'string' },
    patients: { type: 'string', default: '40' },
    seconds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,10' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || (values.store === undefined) !== (values.read === undefined)) {
  console.info(
    'usage: npm run bench:timeline -- [--patients 40 | --store events.db --read read.db] [--seconds 5] [--runs 3] [--connections 1,10]',
  );
  process.exit(values.help ? 0 : 2);
}
const seconds = parseCount('--seconds', values.seconds);
const runs = parseCount('--runs', values.runs);
const connectionCounts = values.connections.split(',').map((n) => parseCount('--connections', n));

// Without a store, a synthetic cohort seeded through the command path into a scratch directory.
const scratch = values.store ? null : mkdtempSync(join(tmpdir(), 'caretrail-bench-timeline-'));
const storePath = values.store ?? join(scratch!, 'events.db');
const readPath = values.read ?? join(scratch!, 'read.db');
if (scratch) {
  const patients = parseCount('--patients', values.patients);
  process.stderr.write(`seeding ${patients} synthetic patients…\n`);
  await seedStore(storePath, patients);
}

const { store, projections, eventCount } = await openCaughtUp(storePath, readPath, 24 * 3_600_000);

const stack = await startTimelineStack(store, projections);
const lines: string[] = [];
const verdicts: string[] = [];
for (const connections of connectionCounts) {
  const options = { connections, seconds, runs };
  const plainFigures = await measureLoad(stack.plain, options);
  for (const [index, { name, request }] of stack.graphql.entries()) {
    const ours = await measureLoad(request, options);
    const ratio = median(ours.rps) / median(plainFigures.rps);
    lines.push(`| ${connections} | ${name} | ${loadCells(ours)} | ${ratio.toFixed(2)} × |`);
    // The target is for the service as it runs: the first server, with access control and audit.
    if (index === 0) {
      verdicts.push(
        `${connections} connection(s): ${ratio.toFixed(2)} × plain express requests/s (target ≥ 0.6: ${ratio >= 0.6 ? 'met' : 'not met'})` +
          (connections === 10
            ? `, p99 ${median(ours.p99)} ms (target ≤ 25 ms: ${median(ours.p99) <= 25 ? 'met' : 'not met'})`
            : ''),
      );
    }
  }
  lines.push(`| ${connections} | plain express (baseline) | ${loadCells(plainFigures)} | 1.00 × |`);
}

console.info(
  `\nTimeline page of 50 entries with nested case and actor, over a store of ${eventCount} events; medians of ${runs} runs of ${seconds} s each (${machine()})\n`,
);
console.info('| connections | server | p50 | p99 | requests/s (min–max) | vs plain |');
console.info('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const line of lines) console.info(line);
console.info('');
for (const verdict of verdicts) console.info(`caretrail as it runs, ${verdict}`);

await stack.close();
await projections.stop();
await store.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
