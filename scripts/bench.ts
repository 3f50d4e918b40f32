// Every benchmark with its defaults, one after another, each in its own process so that none
// inherits another's heap or caches: `npm run bench [-- --only append,timeline]`.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine } from './bench-support.js';

/** The rows of the benchmark table, in the order they run. */
const benchmarks = [
  { name: 'append', script: 'bench-append.ts', what: 'durable appends, one writer' },
  {
    name: 'concurrent-writes',
    script: 'bench-concurrent-writes.ts',
    what: 'durable appends from 16 concurrent GraphQL clients',
  },
  { name: 'rebuild', script: 'bench-rebuild.ts', what: 'projection rebuild from zero' },
  { name: 'timeline', script: 'bench-timeline.ts', what: 'timeline page at 1 and 10 connections' },
  { name: 'as-of', script: 'bench-as-of.ts', what: 'asOf for a case with 1,000 events' },
  {
    name: 'scale',
    script: 'bench-scale.ts',
    what: 'timeline page, append and RSS as the store grows',
  },
] as const;

const { values } = parseArgs({
  options: { only: { type: 'string' }, help: { type: 'boolean', default: false } },
});
const names = benchmarks.map((b) => b.name);
if (values.help) {
  console.info(`usage: npm run bench [-- --only ${names.join(',')}]`);
  process.exit(0);
}
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !names.includes(name as (typeof names)[number])) ?? [];
if (unknown.length > 0) {
  console.error(`--only takes names from ${names.join(', ')}; not ${unknown.join(', ')}`);
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const chosen = benchmarks.filter((b) => !only || only.includes(b.name));
console.info(`# caretrail benchmarks (${machine()})`);
const summary: string[] = [];
for (const benchmark of chosen) {
  const script = join(here, benchmark.script);
  console.info(`\n## ${benchmark.name}: ${benchmark.what}`);
  const started = performance.now();
  // Tables go to stdout, progress to stderr: both pass straight through.
  const code = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' }).on('close', resolve),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  summary.push(
    `| ${benchmark.name} | ${code === 0 ? 'done' : `failed (exit ${code})`} | ${seconds} s |`,
  );
}
console.info('\n## summary\n\n| benchmark | result | took |\n| --- | --- | ---: |');
for (const line of summary) console.info(line);
if (summary.some((line) => line.includes('failed'))) process.exit(1);
