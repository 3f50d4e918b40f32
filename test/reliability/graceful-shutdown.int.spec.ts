import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandService } from '../../src/application/command-service.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import type { Position } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { developmentUsers } from '../../src/auth/development-identity.js';
import { CSRF_HEADER } from '../../src/graphql/plugins/operation-limits.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { collect, waitUntil } from '../contract/event-store.contract.js';
import { runTs } from '../support/child-process.js';
import { digestsAt } from '../support/read-model-digest.js';
import { openSubscription, type SseMessage } from '../support/sse-client.js';
import { tempDir } from '../support/temp-dir.js';
import { followUpCallInput } from '../support/synthetic-writes.js';

// Synthetic data only: every patient and case here is made up by the test.
const main = join(import.meta.dirname, '..', '..', 'src', 'main.ts');
const subscriptionCount = 20;
const clientCount = 8;
const caseCount = 10;
/** The first of the development users whose tokens `npm start` prints. */
const caseManager = { userId: developmentUsers[0]!.userId, role: 'case_manager' } as const;

/** Opens synthetic cases managed by the development case manager, straight on the store file. */
async function openCases(storePath: string, count: number): Promise<string[]> {
  const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
  const commands = new CommandService({ store, clock: () => new Date() });
  const caseIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const ids = { patientId: randomUUID(), caseId: randomUUID(), label: `shutdown-${i}` };
    await openMinimalCase(commands, { actor: caseManager }, ids);
    caseIds.push(ids.caseId);
  }
  await store.close();
  return caseIds;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm start` as a child process on temporary files; resolves once its projections have caught up. */
async function startService(storePath: string, readPath: string) {
  const port = await freePort();
  const service = runTs(main, [], {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    CARETRAIL_SQLITE_PATH: storePath,
    CARETRAIL_READ_MODEL_PATH: readPath,
    CARETRAIL_SEED_ON_EMPTY: 'false',
    CARETRAIL_INTEGRITY_CHECKPOINT_SECONDS: '0',
  });
  await waitUntil(
    () =>
      service.lines.some((line) => line.includes('projections caught up')) ||
      service.child.exitCode !== null,
    90_000,
  );
  expect(service.child.exitCode).toBeNull();
  // The first development user (a case manager), with the token the service printed.
  const token = service.lines
    .find((line) => line.trim().startsWith('case_manager'))
    ?.trim()
    .split(/\s+/)[2];
  const headers = {
    'content-type': 'application/json',
    [CSRF_HEADER]: '1',
    authorization: `Bearer ${token}`,
  };
  return { ...service, base: `http://127.0.0.1:${port}`, headers };
}

/** The projections' builds in the read-model file: name, version, generation, status, checkpoint. */
function builds(readPath: string) {
  const db = new Database(readPath, { readonly: true });
  const rows = db
    .prepare(
      'SELECT name, version, generation, status, position, events_applied AS eventsApplied FROM projection_builds ORDER BY name, generation',
    )
    .all() as {
    name: string;
    version: number;
    generation: number;
    status: string;
    position: string | null;
    eventsApplied: number;
  }[];
  db.close();
  return rows;
}

const caseUpdated = `subscription ($caseId: ID!) { caseUpdated(caseId: $caseId) { position eventId } }`;
const logContact = `mutation ($input: LogContactInput!) { logContact(input: $input) { events { id } } }`;
const caseQuery = `query ($id: ID!) { case(id: $id) { id revision timeline(first: 10) { edges { node { kind } } } } }`;
const contactOn = (caseId: string) => ({
  input: followUpCallInput(caseId, 'Synthetic follow-up call before a shutdown'),
});

interface Outcome {
  readonly kind: 'answered' | 'failed';
  readonly detail: string;
  readonly eventIds: readonly string[];
}

describe('the service stopped with SIGTERM under load, with live subscriptions', () => {
  it('answers every request already sent, completes every subscription, exits 0, and resumes its projections from their checkpoints', async () => {
    const dir = tempDir();
    const storePath = join(dir, 'events.db');
    const readPath = join(dir, 'read.db');
    const caseIds = await openCases(storePath, caseCount);
    const service = await startService(storePath, readPath);
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${service.base}/graphql`, {
        method: 'POST',
        headers: service.headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, text: await response.text() };
    };

    // Given 20 live subscriptions, each shown live by an update
    const subscriptions = await Promise.all(
      Array.from({ length: subscriptionCount }, (_, i) =>
        openSubscription(
          service.base,
          caseUpdated,
          { caseId: caseIds[i % caseIds.length] },
          service.headers,
        ),
      ),
    );
    for (const caseId of new Set(caseIds.slice(0, subscriptionCount)))
      expect((await post(logContact, contactOn(caseId))).status).toBe(200);
    for (const subscription of subscriptions)
      expect((await subscription.next()).event).toBe('next');
    // Read to the end in the background: how each stream ends is what the test looks at.
    const endings = subscriptions.map(async (subscription) => {
      try {
        let last: SseMessage;
        do last = await subscription.next();
        while (last.event === 'next');
        return last.event === 'complete'
          ? `complete, then ${(await subscription.next()).event}`
          : last.event;
      } catch (error) {
        return `reset: ${error instanceof Error ? error.message : String(error)}`;
      }
    });

    // And steady reads and writes from several clients
    let stopping = false;
    let inFlight = 0;
    const outcomes: Outcome[] = [];
    const clients = Array.from({ length: clientCount }, async (_, client) => {
      for (let i = 0; !stopping; i += 1) {
        const caseId = caseIds[(client + i) % caseIds.length]!;
        const write = i % 2 === 0;
        inFlight += 1;
        try {
          const answer = write
            ? await post(logContact, contactOn(caseId))
            : await post(caseQuery, { id: caseId });
          const body = JSON.parse(answer.text) as {
            data?: { logContact?: { events: { id: string }[] } };
            errors?: unknown[];
          };
          outcomes.push({
            kind: answer.status === 200 && body.errors === undefined ? 'answered' : 'failed',
            detail: `${answer.status} ${answer.text.slice(0, 200)}`,
            eventIds: body.data?.logContact?.events.map((e) => e.id) ?? [],
          });
        } catch (error) {
          outcomes.push({
            kind: 'failed',
            detail: `${String(error)} ${String((error as { cause?: unknown }).cause)}`,
            eventIds: [],
          });
        } finally {
          inFlight -= 1;
        }
      }
    });
    await waitUntil(() => outcomes.length >= 100, 60_000);

    // When SIGTERM arrives, with requests in flight; no client sends a new request after it
    stopping = true;
    const inFlightAtSignal = inFlight;
    const signalledAt = performance.now();
    service.child.kill('SIGTERM');
    const exit = await Promise.race([
      service.exited,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000)),
    ]);
    const exitSeconds = (performance.now() - signalledAt) / 1000;
    // A service that hangs is killed, so the failure below names what went wrong instead of timing out.
    if (exit === null) service.child.kill('SIGKILL');
    expect(exit, 'the service had not exited 15 s after SIGTERM').not.toBeNull();
    await Promise.all(clients);
    const ended = await Promise.all(endings);

    // Then every request sent got its whole answer, every stream completed, and the exit was clean
    expect(exit!.code, exit!.stderr).toBe(0);
    expect(exitSeconds).toBeLessThan(10);
    expect(outcomes.filter((o) => o.kind === 'failed').map((o) => o.detail)).toEqual([]);
    expect(ended).toEqual(ended.map(() => 'complete, then closed'));
    const stored = new Set((await readAllIds(storePath)).ids);
    const acknowledged = outcomes.flatMap((o) => o.eventIds);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // When events are recorded while it is down, and it starts again
    const before = builds(readPath);
    await openCases(storePath, 1);
    const restarted = await startService(storePath, readPath);
    restarted.child.kill('SIGTERM');
    const restartExit = await restarted.exited;
    expect(restartExit.code, restartExit.stderr).toBe(0);

    // Then each projection went on with the same build from its checkpoint, not from zero
    const { ids, head } = await readAllIds(storePath);
    const after = builds(readPath);
    const identity = (rows: typeof before) =>
      rows.map(({ name, version, generation, status }) => ({ name, version, generation, status }));
    expect(identity(after)).toEqual(identity(before));
    for (const build of after.filter((b) => b.status === 'active')) {
      expect(build.position, build.name).toBe(head);
      expect(build.eventsApplied, build.name).toBe(ids.length);
      const earlier = before.find((b) => b.name === build.name && b.status === 'active')!;
      expect(Number(earlier.position), build.name).toBeLessThan(Number(head));
    }

    // And the read models it resumed equal a clean rebuild
    const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
    expect(await digestsAt(store, readPath, head!)).toEqual(
      await digestsAt(store, join(dir, 'clean.db'), head!),
    );
    await store.close();

    console.info(
      `shutdown: SIGTERM with ${inFlightAtSignal} requests in flight, ${outcomes.length} requests answered in all, ` +
        `${subscriptionCount} subscriptions completed; exit 0 in ${exitSeconds.toFixed(2)} s; restart resumed ` +
        `${after.filter((b) => b.status === 'active').length} projections from their checkpoints (no rebuild), read models equal a clean rebuild`,
    );
  }, 120_000);
});

async function readAllIds(path: string): Promise<{ ids: string[]; head: Position | null }> {
  const store = new SqliteEventStore({ path });
  const ids = (await collect(store.readAll())).map((e) => e.id);
  const { headPosition } = await store.stats();
  await store.close();
  return { ids, head: headPosition };
}
