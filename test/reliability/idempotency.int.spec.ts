import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandService } from '../../src/application/command-service.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { collect } from '../contract/event-store.contract.js';
import { runTs } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const sendCommand = join(import.meta.dirname, 'fixtures', 'send-command.ts');

describe('one command id sent many times, by processes that stop and start again', () => {
  it('records one set of events and answers every retry with it', async () => {
    const path = join(tempDir(), 'idempotency.db');
    const caseId = randomUUID();
    const setup = new SqliteEventStore({ path, decode: decodeEvent });
    await openMinimalCase(
      new CommandService({ store: setup, clock: () => new Date() }),
      { actor: { userId: 'synthetic-cm-1', role: 'case_manager' } },
      { patientId: randomUUID(), caseId, label: 'idempotency' },
    );
    await setup.close();

    const commandId = randomUUID();
    const lines: string[] = [];
    // Three process lifetimes, the second two racing each other: a restart and concurrent retries.
    const first = runTs(sendCommand, [path, caseId, commandId, '5']);
    expect((await first.exited).code).toBe(0);
    const racing = [1, 2].map(() => runTs(sendCommand, [path, caseId, commandId, '5']));
    for (const child of racing) expect((await child.exited).code).toBe(0);
    lines.push(...first.lines, ...racing.flatMap((c) => c.lines));

    expect(lines).toHaveLength(15);
    expect(lines.filter((l) => l.startsWith('recorded'))).toHaveLength(1);
    expect(new Set(lines.map((l) => l.split(' ')[1])).size).toBe(1);

    const store = new SqliteEventStore({ path, decode: decodeEvent });
    const events = await collect(store.readStream(`case-${caseId}`));
    await store.close();
    expect(events.filter((e) => e.commandId === commandId).map((e) => e.type)).toEqual([
      'ContactLogged',
    ]);
  }, 60_000);
});
