// Cost as the store grows: a timeline page's p50 through the HTTP + GraphQL stack, one-writer append
// commands/s and the serving process's memory, at each size beside the smallest, same run:
// `npm run bench:scale -- [--sizes 10000,100000] [--keep DIR] [--patients 100] [--requests 200] [--commands 300] [--runs 3]`.
// Stores are a seeded cohort replicated in bulk (src/seeding/bulk-replicate.ts); each size is
// measured in a fresh child process after its read models have caught up in another.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CommandService } from '../src/application/command-service.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { replicateCohort } from '../src/seeding/bulk-replicate.js';
import {
  benchActor,
  logContact,
  machine,
  openBenchCases,
  parseCount,
  spread,
} from './bench-support.js';
import { openCaughtUp, seedStore, startTimelineStack } from './bench-timeline-stack.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    keep: { type: 'string' },
    patients: { type: 'string', default: '100' },
    requests: { type: 'string', default: '200' },
    commands: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
    // Internal: the steps run in child processes.
    'catch-up': { type: 'boolean', default: false },
    measure: { type: 'boolean', default: false },
    store: { type: 'string' },
    read: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info(
    'usage: npm run bench:scale -- [--sizes 10000,100000,1000000,5000000] [--keep DIR] [--patients 100] [--requests 200] [--commands 300] [--runs 3]',
  );
  process.exit(0);
}
const runs = parseCount('--runs', values.runs);
const requests = parseCount('--requests', values.requests);
const commands = parseCount('--commands', values.commands);

/** What one size measured, in the child process that served it. */
interface SizeFigures {
  readonly events: number;
  readonly pageMs: number[];
  readonly commandsPerSecond: number[];
  readonly rssMiB: number;
  readonly peakRssMiB: number;
}

/** Child step: bring the read models up to the store's head. */
async function catchUp(storePath: string, readPath: string): Promise<void> {
  const { store, projections } = await openCaughtUp(storePath, readPath, 7 * 24 * 3_600_000);
  await projections.stop();
  await store.close();
}

/** Child step: serve the store and measure; one JSON line on stdout. */
async function measure(storePath: string, readPath: string): Promise<SizeFigures> {
  const { store, projections, eventCount } = await openCaughtUp(storePath, readPath, 3_600_000);
  const stack = await startTimelineStack(store, projections);
  const page = stack.graphql[0]!.request;

  // One connection, one request after another, each timed with sub-millisecond precision.
  const pageMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const times: number[] = [];
    for (let i = 0; i < requests + 10; i += 1) {
      const started = performance.now();
      const response = await fetch(page.url, { ...page });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the timeline page answered ${response.status}`);
      if (i >= 10) times.push(performance.now() - started);
    }
    pageMs.push(spread(times).median);
  }

  // The append benchmark's workload on this store: LogContact commands round-robin over new cases.
  const service = new CommandService({ store, clock: () => new Date() });
  const caseIds = await openBenchCases(service, 20, 'scale');
  const commandsPerSecond: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (let i = 0; i < commands; i += 1) {
      await service.execute(logContact(caseIds[i % caseIds.length]!), {
        actor: benchActor,
        commandId: randomUUID(),
      });
    }
    commandsPerSecond.push(commands / ((performance.now() - started) / 1000));
  }

  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  await stack.close();
  await projections.stop();
  await store.close();
  return { events: eventCount, pageMs, commandsPerSecond, rssMiB, peakRssMiB };
}

/** Runs this script in a child process for one step; resolves with its stdout. */
function child(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    process_.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

if (values['catch-up'] || values.measure) {
  if (!values.store || !values.read) throw new Error('a step needs --store and --read');
  if (values.measure) console.info(JSON.stringify(await measure(values.store, values.read)));
  else await catchUp(values.store, values.read);
} else {
  const sizes = values.sizes.split(',').map((size) => parseCount('--sizes', size));
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'caretrail-bench-scale-'));
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'source.db');
  try {
    if (!existsSync(source)) {
      const patients = parseCount('--patients', values.patients);
      process.stderr.write(`seeding the source cohort: ${patients} synthetic patients…\n`);
      await seedStore(source, patients);
    }
    const results: {
      size: number;
      figures: SizeFigures;
      buildSeconds: number;
      catchUpSeconds: number;
    }[] = [];
    for (const size of sizes) {
      const storePath = join(dir, `events-${size}.db`);
      const readPath = join(dir, `read-${size}.db`);
      let started = performance.now();
      // A kept store is reused; the appends measured on it stay, past the size asked for.
      let existing = 0;
      if (existsSync(storePath)) {
        const kept = new SqliteEventStore({ path: storePath });
        existing = (await kept.stats()).eventCount ?? 0;
        await kept.close();
      }
      if (existing < size) {
        replicateCohort({
          source,
          target: storePath,
          events: size,
          batchSize: 50_000,
          onProgress: (total) => process.stderr.write(`\r${size}: ${total} events written`),
        });
        process.stderr.write('\n');
      }
      const buildSeconds = (performance.now() - started) / 1000;
      started = performance.now();
      process.stderr.write(`${size}: projections catching up…\n`);
      await child(['--catch-up', '--store', storePath, '--read', readPath]);
      const catchUpSeconds = (performance.now() - started) / 1000;
      process.stderr.write(`${size}: measuring…\n`);
      const out = await child([
        '--measure',
        '--store',
        storePath,
        '--read',
        readPath,
        '--runs',
        String(runs),
        '--requests',
        String(requests),
        '--commands',
        String(commands),
      ]);
      const figures = JSON.parse(out.trim().split('\n').at(-1)!) as SizeFigures;
      results.push({ size, figures, buildSeconds, catchUpSeconds });
    }

    const first = results[0]!.figures;
    const page0 = spread(first.pageMs).median;
    const append0 = spread(first.commandsPerSecond).median;
    const range = (xs: number[], digits: number) => {
      const s = spread(xs);
      return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
    };
    console.info(
      `\nScale: a bulk-replicated synthetic cohort at each size; timeline page of 50 entries (GraphQL, case manager on the team, one connection, ${requests} requests a run) and ${commands} LogContact commands a run, medians of ${runs} runs (${machine()})\n`,
    );
    console.info(
      '| events | timeline p50 ms (min–max) | vs first | append commands/s (min–max) | vs first | RSS MiB | peak RSS MiB | build s | catch-up s |',
    );
    console.info('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { figures, buildSeconds, catchUpSeconds } of results) {
      const page = spread(figures.pageMs).median;
      const append = spread(figures.commandsPerSecond).median;
      console.info(
        `| ${figures.events} | ${range(figures.pageMs, 2)} | ${(page / page0).toFixed(2)} × | ${range(figures.commandsPerSecond, 0)} | ${(append / append0).toFixed(2)} × | ${figures.rssMiB.toFixed(0)} | ${figures.peakRssMiB.toFixed(0)} | ${buildSeconds.toFixed(0)} | ${catchUpSeconds.toFixed(0)} |`,
      );
    }
    const last = results.at(-1)!.figures;
    const pageCost = spread(last.pageMs).median / page0;
    const appendCost = append0 / spread(last.commandsPerSecond).median;
    console.info(
      `\nAt ${last.events} events beside ${first.events}: timeline p50 ${pageCost.toFixed(2)} × (target ≤ 1.3: ${pageCost <= 1.3 ? 'met' : 'not met'}), append cost ${appendCost.toFixed(2)} × (target ≤ 1.3: ${appendCost <= 1.3 ? 'met' : 'not met'}), RSS ${last.rssMiB.toFixed(0)} MiB (target ≤ 300 MB at 5M events${last.events >= 5_000_000 ? `: ${last.rssMiB * 1.048576 <= 300 ? 'met' : 'not met'}` : ': not measured at this size'}).`,
    );
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}
