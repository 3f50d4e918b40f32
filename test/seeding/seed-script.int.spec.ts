import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { tempDir } from '../support/temp-dir.js';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'seed.ts');
const dir = tempDir('caretrail-seed-script-');

/** Runs scripts/seed.ts against a SQLite file, as `npm run seed -- …` would. */
function runSeed(
  path: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, CARETRAIL_STORE: 'sqlite', CARETRAIL_SQLITE_PATH: path },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function registeredMrns(path: string): Promise<string[]> {
  const store = new SqliteEventStore({ path, decode: decodeEvent });
  try {
    const mrns: string[] = [];
    for await (const event of store.readAll())
      if (event.type === 'PatientRegistered') mrns.push((event.data as { mrn: string }).mrn);
    return mrns;
  } finally {
    await store.close();
  }
}

describe('the synthetic seed script', () => {
  it('refuses an unknown flag or a size that is not a number with a message and exit code 2', async () => {
    const path = join(dir, 'bad-input.db');
    const [unknown, notANumber] = await Promise.all([
      runSeed(path, ['--patiens', '3']),
      runSeed(path, ['--events', 'lots']),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--patiens'");
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('--events must be a whole number');
  });

  it('seeds an empty store, refuses a non-empty one, and appends new patients with --append', async () => {
    const path = join(dir, 'append.db');
    const first = await runSeed(path, ['--patients', '2', '--seed', '3']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('SYNTHETIC');
    expect(first.stdout).toMatch(/events\/s/);

    const refused = await runSeed(path, ['--patients', '2', '--seed', '3']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--append');
    expect(await registeredMrns(path)).toEqual(['SYN-3-00000', 'SYN-3-00001']);

    const appended = await runSeed(path, ['--patients', '2', '--seed', '3', '--append']);
    expect(appended.code, appended.stderr).toBe(0);
    expect(await registeredMrns(path)).toEqual([
      'SYN-3-00000',
      'SYN-3-00001',
      'SYN-3-00002',
      'SYN-3-00003',
    ]);
  });
});
