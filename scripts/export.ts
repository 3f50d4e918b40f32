// Writes the de-identified outcome data sets (case rows and the timeline) as CSV and NDJSON with a
// manifest: `npm run export -- --out DIR [--format csv,ndjson] [--from ISO] [--to ISO]`.
import { MultiBar, type SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { pseudonymsFor } from '../src/access/pseudonyms.js';
import { openReadSide } from '../src/compose.js';
import { loadConfigOrExit } from '../src/config.js';
import { toFieldIssues } from '../src/domain/commands/index.js';
import { writeOutcomeExport } from '../src/exports/export-files.js';
import { exportOptionsSchema } from '../src/exports/export-options.js';

const usage =
  'usage: npm run export -- --out DIR [--format csv,ndjson] [--from ISO-8601] [--to ISO-8601]';
let given;
try {
  given = parseArgs({
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`BAD_USER_INPUT: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (given.help) {
  console.info(usage);
  process.exit(0);
}
const { help: _, ...asked } = given;
const parsed = exportOptionsSchema.safeParse({ out: '', ...asked });
if (!parsed.success) {
  const issues = toFieldIssues(parsed.error.issues).map(
    (issue) => `  --${issue.path.join('.')}: ${issue.message}`,
  );
  console.error(`BAD_USER_INPUT: the export options are invalid\n${issues.join('\n')}\n${usage}`);
  process.exit(2);
}
const options = parsed.data;

const config = loadConfigOrExit();
const { store, readModels: projections } = await openReadSide(config);
const started = performance.now();
const bars = process.stderr.isTTY
  ? new MultiBar({ format: '{dataset} [{bar}] {value}/{total} rows, {rate} rows/s' })
  : null;
const bar = new Map<string, SingleBar>();
// One read transaction: every file reflects the same read-model state, whatever a service writes meanwhile.
projections.db.exec('BEGIN');
const manifest = await writeOutcomeExport({
  projections,
  pseudonyms: pseudonymsFor(config.pseudonymKey),
  out: options.out,
  formats: options.formats,
  range: options.range,
  clock: () => new Date(),
  onProgress: (dataset, written, total) => {
    if (!bars) return;
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    let one = bar.get(dataset);
    if (!one) bar.set(dataset, (one = bars.create(total, 0, { dataset, rate: 0 })));
    one.setTotal(total);
    one.update(written, { dataset, rate: Math.round(written / seconds) });
  },
});
projections.db.exec('COMMIT');
bars?.stop();
const seconds = (performance.now() - started) / 1000;
const rows = manifest.files
  .filter((file) => file.format === options.formats[0])
  .reduce((sum, file) => sum + file.rows, 0);
for (const file of manifest.files)
  console.info(`${file.name}: ${file.rows} rows, ${file.bytes} bytes`);
console.info(
  `exported ${rows} rows to ${options.out} in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s); pseudonym key ${manifest.pseudonymKeyId}`,
);
await projections.stop();
await store.close();
