// Writes every case's care as de-identified FHIR R4 bulk data: one NDJSON file per resource type
// and a `$export`-style completion manifest: `npm run fhir:export -- --out DIR`.
import { SingleBar } from 'cli-progress';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { currentCaseProjection } from '../projections/current-case/current-case-projection.js';
import { pseudonymsFor } from '../src/access/pseudonyms.js';
import { catchUp, openReadSide } from '../src/compose.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { bulkManifest, casePseudonymsOf } from '../src/fhir/bulk-export.js';
import { exportableCaseCount, exportedCases } from '../src/http/fhir-bulk-export.js';
import { ndjsonLine } from '../src/fhir/bundle.js';
import {
  careResourceTypes,
  caseResources,
  type CareResourceType,
} from '../src/fhir/care-resources.js';

const usage = `Writes every case's care as de-identified FHIR R4 bulk data (NDJSON, one file per type:
${careResourceTypes.join(', ')}) and manifest.json, like a FHIR Bulk Data $export.

Usage: npm run fhir:export -- --out DIR

  --out DIR   the folder to write into (created if missing; files in it are replaced)
  --help      show this help

The store and read models come from the environment, as for the server. Patients and cases appear
only as pseudonyms (pt_…, cs_…) under the configured pseudonym key.`;

/** How long the read models may take to catch up with the store before the export gives up. */
const catchUpTimeoutMs = 30 * 60_000;

/** The output folder, or null when help was asked for. */
function outOf(argv: readonly string[]): string | null {
  const { values } = parseArgs({
    args: [...argv],
    options: { out: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) return null;
  if (values.out === undefined || values.out.trim() === '')
    throw new TypeError('--out DIR is required');
  return resolve(values.out);
}

/** Writes a line, waiting for the file to take more when its buffer is full: memory stays bounded. */
async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function main(): Promise<number> {
  let out;
  let config;
  try {
    out = outOf(process.argv.slice(2));
    if (out === null) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    config = loadConfig();
  } catch (error) {
    if (error instanceof TypeError || error instanceof ConfigError) {
      process.stderr.write(`fhir:export: ${error.message}\n\nRun with --help for usage.\n`);
      return 2;
    }
    throw error;
  }
  mkdirSync(out, { recursive: true });
  // Only the read model the export reads is brought up to date; the others wait for the server.
  const { store, readModels: projections } = await openReadSide(config, [currentCaseProjection]);
  try {
    await catchUp(store, projections, catchUpTimeoutMs);
    const transactionTime = new Date().toISOString();
    const pseudonyms = pseudonymsFor(config.pseudonymKey);
    const started = performance.now();
    const files = new Map<CareResourceType, WriteStream>(
      careResourceTypes.map((type) => [type, createWriteStream(join(out, `${type}.ndjson`))]),
    );
    const counts = new Map<CareResourceType, number>(careResourceTypes.map((type) => [type, 0]));
    const total = exportableCaseCount(projections);
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'fhir:export [{bar}] {value}/{total} cases, {rate} resources/s' })
      : null;
    bar?.start(total, 0, { rate: 0 });
    let cases = 0;
    let resources = 0;
    let peakRss = process.memoryUsage().rss;
    for (const { caseId, patientId, view } of exportedCases(projections)) {
      const ids = casePseudonymsOf(pseudonyms, caseId, patientId);
      if (ids !== null) {
        const byType = caseResources(view, ids);
        for (const type of careResourceTypes)
          for (const resource of byType[type]) {
            await write(files.get(type)!, ndjsonLine(resource));
            counts.set(type, counts.get(type)! + 1);
            resources += 1;
          }
      }
      cases += 1;
      if (cases % 500 === 0) {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        const seconds = (performance.now() - started) / 1000;
        bar?.update(cases, { rate: Math.round(resources / Math.max(seconds, 0.001)) });
      }
    }
    bar?.update(cases);
    bar?.stop();
    await Promise.all([...files.values()].map((file) => new Promise((done) => file.end(done))));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const manifest = bulkManifest(
      transactionTime,
      'npm run fhir:export',
      careResourceTypes.map((type) => ({
        type,
        url: pathToFileURL(join(out, `${type}.ndjson`)).href,
        count: counts.get(type)!,
      })),
    );
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `fhir:export: ${cases} cases, ${resources} resources in ${seconds.toFixed(1)} s ` +
        `(${Math.round(resources / Math.max(seconds, 0.001))} resources/s), ` +
        `peak RSS ${Math.round(peakRss / 2 ** 20)} MiB, into ${out}\n`,
    );
    return 0;
  } finally {
    await projections.stop();
    await store.close();
  }
}

process.exitCode = await main();
