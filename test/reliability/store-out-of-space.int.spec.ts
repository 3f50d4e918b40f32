import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { collect } from '../contract/event-store.contract.js';
import { startApi, syntheticCaseManager } from '../support/api-harness.js';
import { longVariant } from '../support/long-variant.js';
import { tempDir } from '../support/temp-dir.js';
import { followUpCallInput } from '../support/synthetic-writes.js';

// Synthetic data only: the patient, case and contacts here are made up by the test.
type Api = Awaited<ReturnType<typeof startApi>>;

const logContact = `mutation ($input: LogContactInput!) { logContact(input: $input) { events { id } } }`;

/** Logs a synthetic contact through the API: the recorded event ids, or the error's code and message. */
async function tryLogContact(api: Api, caseId: string) {
  const answer = await api.graphql<{ logContact: { events: { id: string }[] } }>(logContact, {
    input: followUpCallInput(caseId, `Synthetic follow-up call ${'with a long note '.repeat(40)}`),
  });
  const error = answer.errors?.[0];
  return error
    ? { ok: false as const, code: error.extensions?.code, message: error.message }
    : { ok: true as const, ids: answer.data!.logContact.events.map((e) => e.id) };
}

/**
 * Appends until `refusals` appends in a row are refused (at most `limit` tries); every
 * acknowledged event id goes into `acknowledged`.
 */
async function appendUntilRefused(
  api: Api,
  caseId: string,
  acknowledged: string[],
  refusals: number,
  limit: number,
) {
  const refused: { code: unknown; message: string }[] = [];
  for (let i = 0; i < limit && refused.length < refusals; i += 1) {
    const outcome = await tryLogContact(api, caseId);
    if (outcome.ok) {
      expect(refused, 'an append succeeded after one was refused').toEqual([]);
      acknowledged.push(...outcome.ids);
    } else refused.push({ code: outcome.code, message: outcome.message });
  }
  return refused;
}

/** Every acknowledged event is stored, once, and the case stream has no gap. */
async function expectAllKept(api: Api, caseId: string, acknowledged: readonly string[]) {
  const stream = await collect(api.store.readStream(`case-${caseId}`));
  const stored = new Set(stream.map((e) => e.id));
  expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  expect(stream.map((e) => e.revision)).toEqual(stream.map((_, i) => i));
}

async function openCase(api: Api) {
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label: 'out-of-space' };
  await openMinimalCase(api.commands, { actor: syntheticCaseManager }, ids);
  return ids.caseId;
}

describe('the event store when its disk is full', () => {
  it('refuses appends with SERVICE_UNAVAILABLE, loses nothing acknowledged, and recovers without a restart', async () => {
    let connection: Database.Database | undefined;
    const api = await startApi({ storeConnection: (db) => (connection = db) });
    const caseId = await openCase(api);
    const acknowledged: string[] = [];
    expect(await appendUntilRefused(api, caseId, acknowledged, 1, 5)).toEqual([]);

    // Given a store file that may grow no further: SQLite's own limit, met as a full disk is
    const limit = connection!.pragma('max_page_count', { simple: true }) as number;
    const pages = connection!.pragma('page_count', { simple: true }) as number;
    connection!.pragma(`max_page_count = ${pages}`);

    // When appends go on, then they are refused with a stable code once the last page is full
    const refused = await appendUntilRefused(api, caseId, acknowledged, 3, 500);
    expect(refused.map((r) => r.code)).toEqual([
      'SERVICE_UNAVAILABLE',
      'SERVICE_UNAVAILABLE',
      'SERVICE_UNAVAILABLE',
    ]);
    expect(refused[0]!.message).toMatch(/full/);
    await expectAllKept(api, caseId, acknowledged);

    // When space returns, then appends are acknowledged again by the same process
    connection!.pragma(`max_page_count = ${limit}`);
    expect(await appendUntilRefused(api, caseId, acknowledged, 1, 5)).toEqual([]);
    await expectAllKept(api, caseId, acknowledged);
    console.info(
      `disk full (max_page_count): ${acknowledged.length} appends acknowledged around ${refused.length} refusals (${refused[0]!.message}); all kept, recovered without a restart`,
    );
    await api.stop();
  });
});

describe('the event store when its database is read-only', () => {
  it('refuses appends with SERVICE_UNAVAILABLE and accepts them again once writable, without a restart', async () => {
    let connection: Database.Database | undefined;
    const api = await startApi({ storeConnection: (db) => (connection = db) });
    const caseId = await openCase(api);
    const acknowledged: string[] = [];
    expect(await appendUntilRefused(api, caseId, acknowledged, 1, 3)).toEqual([]);

    // Given the store's connection in SQLite's read-only mode
    connection!.pragma('query_only = ON');
    const refused = await appendUntilRefused(api, caseId, acknowledged, 2, 2);
    expect(refused.map((r) => r.code)).toEqual(['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE']);
    expect(refused[0]!.message).toMatch(/read-only/);

    connection!.pragma('query_only = OFF');
    expect(await appendUntilRefused(api, caseId, acknowledged, 1, 3)).toEqual([]);
    await expectAllKept(api, caseId, acknowledged);
    await api.stop();
  });
});

/** Whether this process may mount a tmpfs (root in a container that allows it). */
function canMount(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.runIf(longVariant)(
  'the event store on a real file system that fills up (long variant)',
  () => {
    it('refuses appends when the tmpfs is full and recovers when space is freed', async (context) => {
      const mountPoint = join(tempDir(), 'small-disk');
      mkdirSync(mountPoint);
      if (!canMount(mountPoint)) context.skip('cannot mount a tmpfs here');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
      try {
        const api = await startApi({ storePath: join(mountPoint, 'events.db') });
        const caseId = await openCase(api);
        const acknowledged: string[] = [];
        // Leave the store a few pages of room, so that the disk, not a limit, refuses.
        const filler = join(mountPoint, 'filler');
        const free = statfsSync(mountPoint);
        writeFileSync(filler, Buffer.alloc(Math.max(0, free.bavail * free.bsize - 64 * 1024)));
        const refused = await appendUntilRefused(api, caseId, acknowledged, 3, 2_000);
        expect(refused.map((r) => r.code)).toEqual([
          'SERVICE_UNAVAILABLE',
          'SERVICE_UNAVAILABLE',
          'SERVICE_UNAVAILABLE',
        ]);
        await expectAllKept(api, caseId, acknowledged);
        rmSync(filler);
        expect(await appendUntilRefused(api, caseId, acknowledged, 1, 5)).toEqual([]);
        await expectAllKept(api, caseId, acknowledged);
        console.info(
          `disk full (tmpfs): ${acknowledged.length} appends acknowledged, then ${refused[0]!.message}; all kept, recovered when space was freed`,
        );
        await api.stop();
      } finally {
        execFileSync('umount', ['-l', mountPoint]);
      }
    }, 120_000);
  },
);
