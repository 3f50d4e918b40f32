import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcomesTable } from '../../projections/case-outcomes/case-outcomes-tables.js';
import { Pseudonyms } from '../../src/access/pseudonyms.js';
import type { Actor } from '../../src/domain/values.js';
import { writeOutcomeExport } from '../../src/exports/export-files.js';
import { outcomeDatasets, treatmentOf } from '../../src/exports/outcome-datasets.js';
import { selectRows, servingTable } from '../../src/graphql/read/read-model-sql.js';
import { startApi } from '../support/api-harness.js';
import { tempDir } from '../support/temp-dir.js';

// Synthetic people and records only, made up here.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const manager: Actor = { userId: 'synthetic-cm-export', role: 'case_manager' };
const analyst: Actor = { userId: 'synthetic-quality-export', role: 'quality_analyst' };

/** Patients whose names, MRNs, birth dates, addresses and notes are known; returns what must never show. */
async function cohortWithIdentifiers(size: number) {
  const secrets: string[] = [manager.userId];
  const patientIds: string[] = [];
  const context = { actor: manager };
  for (let i = 0; i < size; i += 1) {
    const label = `X${randomUUID().slice(0, 8)}`;
    const patientId = randomUUID();
    const caseId = randomUUID();
    const [given, family, mrn] = [`Givenname${label}`, `Familyname${label}`, `MRN-${label}`];
    const birthDate = `19${String(30 + i).padStart(2, '0')}-07-1${i % 10}`;
    const address = `${100 + i} Syntheticlane${label} Road`;
    const note = `Freetext${label} lives alone`;
    await api.commands.execute(
      {
        type: 'RegisterPatient',
        patientId,
        mrn,
        name: { given, family },
        birthDate,
        sex: 'unknown',
      },
      context,
    );
    await api.commands.execute(
      {
        type: 'OpenCase',
        caseId,
        patientId,
        program: 'transitions-of-care',
        referralSource: { kind: 'hospital' },
        admittedAt: `2026-0${1 + (i % 3)}-0${1 + i}T08:00:00Z`,
        admissionType: 'unplanned',
        primaryCaseManager: { userId: manager.userId },
      },
      context,
    );
    await api.commands.execute(
      { type: 'DraftCarePlan', caseId, title: `${note} plan at ${address}` },
      context,
    );
    await api.commands.execute(
      {
        type: 'LogContact',
        caseId,
        party: 'patient',
        channel: 'phone',
        reached: true,
        purpose: 'follow-up',
        summary: `${given} ${family} (${birthDate}, ${mrn}) said "the stairs, at ${address}, are hard"`,
      },
      context,
    );
    patientIds.push(patientId);
    secrets.push(patientId, caseId, given, family, mrn, birthDate, address, note);
  }
  const { headPosition } = await api.store.stats();
  await api.projections.waitForPosition(headPosition!, 20_000);
  return { secrets, patientIds };
}

/** RFC 4180 records of a CSV text: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted cell');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else cell += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a quoted cell at ${i}`);
    } else if (c === ',') {
      record.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`bare ${JSON.stringify(c)} in an unquoted cell at ${i}`);
    } else {
      cell += c;
      i += 1;
    }
  }
  if (cell !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

/** Each NDJSON line parsed. */
const parseNdjson = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** How many rows a read-model table holds now. */
function rowsInReadModel(projection: string, table: string): number {
  const name = servingTable(api.projections, projection, table)!;
  return Number(selectRows(api.projections, `SELECT COUNT(*) AS n FROM ${name}`, [])[0]!['n']);
}

const readModelTables = {
  cases: ['case-outcomes', 'case_outcomes'],
  timeline: ['patient-timeline', 'patient_timeline_entries'],
} as const;

/** A CSV file and an NDJSON file of one data set say the same thing (CSV has text, a defused formula an apostrophe). */
function expectSameRows(csv: string, ndjson: string, columns: readonly string[]) {
  const [header, ...records] = parseCsv(csv);
  const lines = parseNdjson(ndjson);
  expect(header).toEqual(columns);
  expect(records).toHaveLength(lines.length);
  records.forEach((record, i) => {
    expect(record).toHaveLength(columns.length);
    const line = lines[i]!;
    expect(Object.keys(line)).toEqual(columns);
    expect(record.map((cell) => cell.replace(/^'(?=[=+\-@])/, ''))).toEqual(
      columns.map((c) => (line[c] === null ? '' : String(line[c] as string | number))),
    );
  });
}

describe('the outcome export to files', () => {
  it('writes case rows and the timeline as CSV and NDJSON with no identifier, name, date of birth, address or free text', async () => {
    // Given patients whose identifiers and notes are known, and a pseudonym key the test holds
    const { secrets, patientIds } = await cohortWithIdentifiers(4);
    const secret = randomBytes(32);
    const pseudonyms = new Pseudonyms(secret);
    const out = join(tempDir('caretrail-export-'), 'out');

    // When everything is exported
    const manifest = await writeOutcomeExport({
      projections: api.projections,
      pseudonyms,
      out,
      formats: ['csv', 'ndjson'],
      range: { from: null, to: null },
      clock: () => new Date('2026-06-01T00:00:00Z'),
    });

    // Then none of those strings, nor the key, is in any file
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'cases.csv',
      'cases.ndjson',
      'manifest.json',
      'timeline.csv',
      'timeline.ndjson',
    ]);
    const text = files.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    for (const shown of [...secrets, secret.toString('base64'), secret.toString('hex')])
      expect(text.includes(shown), shown).toBe(false);
    // And the patients are there, under their pseudonyms (so the check above can fail)
    for (const patientId of patientIds)
      expect(text).toContain(pseudonyms.of('patient', patientId)!);
    expect(text).toContain(pseudonyms.ofUser(manager.userId));

    // And every file has a row per read-model row, parses back, and says what its twin says
    for (const dataset of outcomeDatasets) {
      const [projection, table] = readModelTables[dataset.name];
      const expected = rowsInReadModel(projection, table);
      const csv = readFileSync(join(out, `${dataset.name}.csv`), 'utf8');
      const ndjson = readFileSync(join(out, `${dataset.name}.ndjson`), 'utf8');
      expect(parseNdjson(ndjson)).toHaveLength(expected);
      expectSameRows(csv, ndjson, dataset.columns);
      for (const format of ['csv', 'ndjson'])
        expect(manifest.files.find((f) => f.name === `${dataset.name}.${format}`)?.rows).toBe(
          expected,
        );
    }
    // And the manifest names the key by id, and the read models' positions
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as typeof manifest;
    expect(written).toEqual(manifest);
    expect(written.pseudonymKeyId).toBe(pseudonyms.keyId);
    expect(written.exportedAt).toBe('2026-06-01T00:00:00.000Z');
    const { headPosition } = await api.store.stats();
    for (const model of written.readModels) expect(model.position).not.toBeNull();
    expect(written.readModels.map((m) => m.name)).toEqual(['case-outcomes', 'patient-timeline']);
    expect(headPosition).not.toBeNull();
  });

  it('exports every column of case_outcomes, ids of patients, cases and staff as pseudonyms', async () => {
    const { patientIds } = await cohortWithIdentifiers(1);
    const out = join(tempDir('caretrail-export-'), 'out');
    await writeOutcomeExport({
      projections: api.projections,
      pseudonyms: api.pseudonyms,
      out,
      formats: ['ndjson'],
      range: { from: null, to: null },
      clock: () => new Date(),
    });
    const rows = parseNdjson(readFileSync(join(out, 'cases.ndjson'), 'utf8'));
    const row = rows.find((r) => r['patient_id'] === api.pseudonyms.of('patient', patientIds[0]!))!;

    expect(Object.keys(row)).toEqual(caseOutcomesTable.columns.map((c) => c.name));
    expect(row['case_id']).toMatch(/^cs_/);
    expect(row['primary_case_manager_at_discharge']).toBeNull();
    expect(treatmentOf('primary_case_manager_at_discharge')).toBe('user');
    expect(treatmentOf('readmission_of_case_id')).toBe('case');
    expect(treatmentOf('length_of_stay_days')).toBe('keep');
  });

  it('exports only the entries and stays within the period', async () => {
    await cohortWithIdentifiers(3);
    const out = join(tempDir('caretrail-export-'), 'out');
    const range = { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T23:59:59.000Z' };
    await writeOutcomeExport({
      projections: api.projections,
      pseudonyms: api.pseudonyms,
      out,
      formats: ['ndjson'],
      range,
      clock: () => new Date(),
    });
    const timeline = parseNdjson(readFileSync(join(out, 'timeline.ndjson'), 'utf8'));
    const cases = parseNdjson(readFileSync(join(out, 'cases.ndjson'), 'utf8'));
    const name = servingTable(api.projections, 'patient-timeline', 'patient_timeline_entries')!;
    const inPeriod = Number(
      selectRows(
        api.projections,
        `SELECT COUNT(*) AS n FROM ${name} WHERE occurred_at BETWEEN ? AND ?`,
        [range.from, range.to],
      )[0]!['n'],
    );

    expect(timeline.length).toBe(inPeriod);
    expect(timeline.length).toBeLessThan(
      rowsInReadModel('patient-timeline', 'patient_timeline_entries'),
    );
    for (const entry of timeline) {
      expect(String(entry['occurred_at']) >= range.from).toBe(true);
      expect(String(entry['occurred_at']) <= range.to).toBe(true);
    }
    expect(cases.length).toBeGreaterThan(0);
    for (const row of cases) expect(String(row['admitted_at']) <= range.to).toBe(true);
  });
});

describe('the outcome export over HTTP', () => {
  const paths = outcomeDatasets.flatMap((d) =>
    (['csv', 'ndjson'] as const).map((format) => ({
      dataset: d,
      format,
      path: `/exports/outcomes/${d.name}.${format}`,
    })),
  );

  async function get(path: string, caller: Actor | null) {
    const response = await fetch(`${api.base}${path}`, {
      headers: await api.authorizationAs(caller),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  }

  it('streams each data set to quality analysts, de-identified, and records the disclosure', async () => {
    const { secrets, patientIds } = await cohortWithIdentifiers(3);
    const bodies: Record<string, string> = {};
    for (const { dataset, format, path } of paths) {
      const answer = await get(path, analyst);
      expect(answer.status, path).toBe(200);
      expect(answer.type).toContain(format === 'csv' ? 'text/csv' : 'application/x-ndjson');
      for (const shown of secrets)
        expect(answer.text.includes(shown), `${path}: ${shown}`).toBe(false);
      const [projection, table] = readModelTables[dataset.name];
      const rows =
        format === 'csv' ? parseCsv(answer.text).length - 1 : parseNdjson(answer.text).length;
      expect(rows, path).toBe(rowsInReadModel(projection, table));
      bodies[path] = answer.text;
    }
    for (const patientId of patientIds)
      expect(bodies['/exports/outcomes/cases.csv']).toContain(
        api.pseudonyms.of('patient', patientId)!,
      );
    for (const dataset of outcomeDatasets)
      expectSameRows(
        bodies[`/exports/outcomes/${dataset.name}.csv`]!,
        bodies[`/exports/outcomes/${dataset.name}.ndjson`]!,
        dataset.columns,
      );

    // And each patient's access log says the analyst exported their data, for quality improvement
    const records = [];
    for await (const event of api.store.readStream(`access-${patientIds[0]!}`)) records.push(event);
    expect(records.map((r) => (r.data as { operation: { name: string } }).operation.name)).toEqual([
      'OutcomesCasesExport',
      'OutcomesCasesExport',
      'OutcomesTimelineExport',
      'OutcomesTimelineExport',
    ]);
    expect(records[0]).toMatchObject({
      actor: analyst,
      data: { purposeOfUse: 'quality-improvement', role: 'quality_analyst', outcome: 'granted' },
    });
  });

  it('refuses bad parameters with BAD_USER_INPUT', async () => {
    for (const query of [
      'from=yesterday',
      'from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z',
      'patientId=x',
    ]) {
      const answer = await get(`/exports/outcomes/timeline.csv?${query}`, analyst);
      expect(answer.status, query).toBe(400);
      expect(JSON.parse(answer.text)).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
      });
    }
  });

  it('is for quality analysts and auditors only', async () => {
    expect(
      (await get('/exports/outcomes/cases.ndjson', { userId: 'synthetic-aud', role: 'auditor' }))
        .status,
    ).toBe(200);
    for (const role of ['case_manager', 'clinician', 'admin'] as const) {
      const answer = await get('/exports/outcomes/cases.ndjson', {
        userId: `synthetic-${role}`,
        role,
      });
      expect(answer.status, role).toBe(403);
      expect(JSON.parse(answer.text)).toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN' } }],
      });
    }
    expect((await get('/exports/outcomes/cases.ndjson', null)).status).toBe(401);
  });
});

describe('npm run export', () => {
  it('refuses bad options with BAD_USER_INPUT, naming each, and exit code 2', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/export.ts', '--format', 'csv,xml', '--from', 'soon'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(code).toBe(2);
    expect(stderr).toContain('BAD_USER_INPUT');
    expect(stderr).toContain('--out');
    expect(stderr).toContain('--format');
    expect(stderr).toContain('--from');
  });
});
