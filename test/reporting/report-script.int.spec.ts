import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureCatalogue } from '../../src/outcomes/measure-catalogue.js';
import { runTs } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

// A small SYNTHETIC cohort from the seed, reported on by the script as a quality team would run it.
const dir = tempDir('caretrail-report-');
const out = join(dir, 'report.html');
let run: { code: number | null; stderr: string; stdout: string[] };

beforeAll(async () => {
  // The children read their configuration from the environment, as the npm scripts do.
  process.env['CARETRAIL_SQLITE_PATH'] = join(dir, 'events.db');
  process.env['CARETRAIL_READ_MODEL_PATH'] = join(dir, 'read.db');
  const seeded = await runTs('scripts/seed.ts', ['--patients', '12']).exited;
  expect(seeded.code, seeded.stderr).toBe(0);
  const report = runTs('scripts/report.ts', ['--out', out]);
  const { code, stderr } = await report.exited;
  run = { code, stderr, stdout: report.lines };
}, 120_000);

describe('npm run report', () => {
  it('writes one HTML file with a chart and a table for every measure and version, by month', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/wrote .*report\.html: 18 measures by month/);
    const html = readFileSync(out, 'utf8');
    for (const measure of measureCatalogue)
      expect(html).toContain(`<section id="${measure.id}-v${measure.version}">`);
    expect(html.match(/<svg /g)).toHaveLength(measureCatalogue.length);
    // The data's months only: the seed's discharges, not a year of empty months before them.
    expect(html).toMatch(/<td>\d{4}-\d{2}<\/td><td>\d/);
  });

  it('names no patient, case or record: figures and counts only', () => {
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(html).not.toMatch(/\b(pt|cs)_[A-Za-z0-9_-]{8,}/);
  });

  it('refuses a bad period with the reason, writing nothing', async () => {
    const bad = runTs('scripts/report.ts', [
      '--out',
      join(dir, 'bad.html'),
      '--from',
      '2025-13-01',
      '--to',
      '2025-01-01',
    ]);
    const { code, stderr } = await bad.exited;
    expect(code).toBe(2);
    expect(stderr).toMatch(/period/);
  });
});
