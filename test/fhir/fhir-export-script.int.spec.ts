import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Pseudonyms } from '../../src/access/pseudonyms.js';
import { openEventStore } from '../../src/compose.js';
import { careResourceTypes } from '../../src/fhir/care-resources.js';
import { runTs } from '../support/child-process.js';
import { fhirSchemaIssues } from '../support/fhir-schema.js';
import { tempDir } from '../support/temp-dir.js';

// A small SYNTHETIC cohort from the seed, exported by the script as an operator would run it.
const dir = tempDir('caretrail-fhir-export-');
const key = randomBytes(32);
const out = join(dir, 'out');

interface Manifest {
  transactionTime: string;
  request: string;
  output: { type: string; url: string; count: number }[];
}

let run: { code: number | null; stderr: string; stdout: string[] };
beforeAll(async () => {
  // The children read their configuration from the environment, as the npm scripts do.
  process.env['CARETRAIL_SQLITE_PATH'] = join(dir, 'events.db');
  process.env['CARETRAIL_READ_MODEL_PATH'] = join(dir, 'read.db');
  process.env['CARETRAIL_PSEUDONYM_KEY'] = key.toString('base64');
  const seeded = await runTs('scripts/seed.ts', ['--patients', '4']).exited;
  expect(seeded.code, seeded.stderr).toBe(0);
  const exported = runTs('scripts/fhir-export.ts', ['--out', out]);
  const { code, stderr } = await exported.exited;
  run = { code, stderr, stdout: exported.lines };
}, 120_000);

function linesOf(type: string): Record<string, unknown>[] {
  return readFileSync(join(out, `${type}.ndjson`), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm run fhir:export', () => {
  it('writes one schema-valid NDJSON file per type and a manifest that counts them', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/resources\/s/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(Number.isNaN(Date.parse(manifest.transactionTime))).toBe(false);
    expect(manifest.output.map((entry) => entry.type)).toEqual(careResourceTypes);
    for (const entry of manifest.output) {
      const resources = linesOf(entry.type);
      expect(fileURLToPath(entry.url)).toBe(join(out, `${entry.type}.ndjson`));
      expect(resources.length, entry.type).toBe(entry.count);
      expect(resources.every((resource) => resource['resourceType'] === entry.type)).toBe(true);
      const violations = resources
        .map((resource) => fhirSchemaIssues(resource))
        .filter((issues) => issues.length > 0);
      expect(violations, entry.type).toEqual([]);
    }
    expect(manifest.output.find((entry) => entry.type === 'EpisodeOfCare')?.count).toBeGreaterThan(
      0,
    );
  });

  it('names patients only by their pseudonyms and carries none of their identifying details', async () => {
    const store = await openEventStore({ kind: 'sqlite', path: join(dir, 'events.db') });
    const identifying = new Set<string>();
    const patientIds: string[] = [];
    for await (const event of store.readAll()) {
      if (event.type !== 'PatientRegistered') continue;
      const data = event.data as {
        patientId: string;
        mrn: string;
        birthDate: string;
        name: { given: string; family: string };
      };
      patientIds.push(data.patientId);
      for (const value of [data.patientId, data.mrn, data.birthDate, data.name.family])
        identifying.add(value);
    }
    await store.close();
    const text = careResourceTypes
      .map((type) => readFileSync(join(out, `${type}.ndjson`), 'utf8'))
      .join('');

    expect(patientIds.length).toBeGreaterThan(0);
    expect([...identifying].filter((value) => text.includes(value))).toEqual([]);
    const pseudonyms = new Pseudonyms(key);
    const exportedPatients = new Set(
      linesOf('EpisodeOfCare').map(
        (episode) => (episode['patient'] as { identifier: { value: string } }).identifier.value,
      ),
    );
    expect(exportedPatients).toEqual(
      new Set(patientIds.map((id) => pseudonyms.of('patient', id)!)),
    );
  });
});
