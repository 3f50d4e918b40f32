import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandHandler, type CommandContext } from '../../src/application/command-handler.js';
import type { Decider, DomainEvent } from '../../src/domain/decider.js';
import { InvalidTransitionError } from '../../src/domain/errors.js';
import { WrongExpectedRevisionError } from '../../src/event-store/errors.js';
import type { EventStore } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { collect } from '../contract/event-store.contract.js';
import { tempDir } from '../support/temp-dir.js';

// A tiny tally decider: the handler is generic, so its behaviour is specified apart from the domain.
type TallyCommand =
  | { type: 'Add'; amount: number; occurredAt?: string; reason?: { text: string } }
  | { type: 'Decide'; occurredAt?: string; reason?: { text: string } };
type TallyEvent =
  | DomainEvent<'Added', { amount: number; entryId: string }>
  | DomainEvent<'Decided', { total: number }>;
const tally: Decider<TallyCommand, TallyEvent, number> = {
  initialState: () => 0,
  evolve: (total, event) => (event.type === 'Added' ? total + event.data.amount : total),
  decide: (command, total, { newId }) => {
    if (command.type === 'Decide') return [{ type: 'Decided', data: { total } }];
    if (total + command.amount > 100)
      throw new InvalidTransitionError('over the limit', 'tally-limit');
    return [{ type: 'Added', data: { amount: command.amount, entryId: newId() } }];
  },
};

const dir = tempDir();
const actor = { userId: 'synthetic-cm-1', role: 'case_manager' } as const;
const fixedNow = new Date('2026-03-04T10:00:00.000Z');

function handlerOn(store: EventStore, retry = true) {
  return new CommandHandler(tally, {
    store,
    clock: () => fixedNow,
    schemaVersionOf: () => 1,
    retryOnConflict: (command) => retry && command.type === 'Add',
  });
}

function openStore(name = randomUUID()): SqliteEventStore {
  return new SqliteEventStore({ path: join(dir, `${name}.db`) });
}

/** A store whose next append commits and then loses its answer, as a dropped connection would. */
function losingFirstAnswer(store: EventStore): EventStore {
  let lost = false;
  return Object.assign(Object.create(store) as EventStore, {
    append: async (...args: Parameters<EventStore['append']>) => {
      const result = await store.append(...args);
      if (!lost) {
        lost = true;
        throw new Error('connection reset after commit');
      }
      return result;
    },
  });
}

/** A store where another writer slips one event in before the handler's next append. */
function racedOnce(store: EventStore, streamId: string): EventStore {
  let raced = false;
  return Object.assign(Object.create(store) as EventStore, {
    append: async (...args: Parameters<EventStore['append']>) => {
      if (!raced) {
        raced = true;
        await handlerOn(store).handle(streamId, { type: 'Add', amount: 1 }, { actor });
      }
      return store.append(...args);
    },
  });
}

describe('the command handler', () => {
  it('appends the decided events with the envelope from the caller context', async () => {
    const store = openStore();
    const context: CommandContext = {
      actor,
      commandId: randomUUID(),
      correlationId: 'corr-1',
      causationId: 'cause-1',
    };
    const outcome = await handlerOn(store).handle('tally-a', { type: 'Add', amount: 5 }, context);
    expect(outcome).toMatchObject({
      streamId: 'tally-a',
      revision: 0,
      replayed: false,
      commandId: context.commandId,
    });
    const [event] = await collect(store.readStream('tally-a'));
    expect(event).toMatchObject({
      type: 'Added',
      schemaVersion: 1,
      actor,
      commandId: context.commandId,
      correlationId: 'corr-1',
      causationId: 'cause-1',
      occurredAt: fixedNow.toISOString(),
      reason: null,
    });
    await store.close();
  });

  it('keeps a late entry’s occurredAt and the reason given with the command', async () => {
    const store = openStore();
    await handlerOn(store).handle(
      'tally-late',
      {
        type: 'Add',
        amount: 1,
        occurredAt: '2026-03-01T08:00:00.000Z',
        reason: { text: 'entered after the weekend' },
      },
      { actor },
    );
    const [event] = await collect(store.readStream('tally-late'));
    expect(event?.occurredAt).toBe('2026-03-01T08:00:00.000Z');
    expect(event?.reason).toEqual({ text: 'entered after the weekend' });
    await store.close();
  });

  describe('given a command id seen before', () => {
    it('returns the first outcome and writes nothing again, even after later commands', async () => {
      const store = openStore();
      const handler = handlerOn(store);
      const commandId = randomUUID();
      const first = await handler.handle(
        'tally-b',
        { type: 'Add', amount: 5 },
        { actor, commandId },
      );
      await handler.handle('tally-b', { type: 'Add', amount: 7 }, { actor });
      const again = await handler.handle(
        'tally-b',
        { type: 'Add', amount: 5 },
        { actor, commandId },
      );
      expect(again.replayed).toBe(true);
      expect(again.events).toEqual(first.events);
      expect(await collect(store.readStream('tally-b'))).toHaveLength(2);
      await store.close();
    });

    it('returns the first outcome when the first answer was lost after the commit', async () => {
      const store = openStore();
      const commandId = randomUUID();
      await expect(
        handlerOn(losingFirstAnswer(store)).handle(
          'tally-c',
          { type: 'Add', amount: 3 },
          { actor, commandId },
        ),
      ).rejects.toThrow('connection reset');
      const retry = await handlerOn(store).handle(
        'tally-c',
        { type: 'Add', amount: 3 },
        { actor, commandId },
      );
      expect(retry.replayed).toBe(true);
      expect(await collect(store.readStream('tally-c'))).toHaveLength(1);
      await store.close();
    });

    it('yields one set of events when the same command arrives many times at once', async () => {
      const store = openStore();
      const commandId = randomUUID();
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () =>
          handlerOn(store).handle('tally-d', { type: 'Add', amount: 2 }, { actor, commandId }),
        ),
      );
      expect(new Set(outcomes.map((o) => o.events[0]?.id)).size).toBe(1);
      expect(await collect(store.readStream('tally-d'))).toHaveLength(1);
      await store.close();
    });

    it('recognises the command across a restart of the store', async () => {
      const name = randomUUID();
      const commandId = randomUUID();
      const before = openStore(name);
      const first = await handlerOn(before).handle(
        'tally-e',
        { type: 'Add', amount: 4 },
        { actor, commandId },
      );
      await before.close();
      const after = openStore(name);
      const again = await handlerOn(after).handle(
        'tally-e',
        { type: 'Add', amount: 4 },
        { actor, commandId },
      );
      expect(again).toEqual({ ...first, replayed: true });
      expect(await collect(after.readStream('tally-e'))).toHaveLength(1);
      await after.close();
    });
  });

  describe('given another writer changed the stream', () => {
    it('refuses a command expecting an older revision, with the actual revision, writing nothing', async () => {
      const store = openStore();
      const handler = handlerOn(store);
      await handler.handle('tally-f', { type: 'Add', amount: 1 }, { actor });
      await handler.handle('tally-f', { type: 'Add', amount: 1 }, { actor });
      const error = await handler
        .handle('tally-f', { type: 'Add', amount: 1 }, { actor, expectedRevision: 0 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect((error as WrongExpectedRevisionError).actualRevision).toBe(1);
      expect(await collect(store.readStream('tally-f'))).toHaveLength(2);
      await store.close();
    });

    it('decides again on the fresh state when the command allows it', async () => {
      const store = openStore();
      const outcome = await handlerOn(racedOnce(store, 'tally-g')).handle(
        'tally-g',
        { type: 'Add', amount: 9 },
        { actor },
      );
      expect(outcome.revision).toBe(1);
      expect((await collect(store.readStream('tally-g'))).map((e) => e.data)).toMatchObject([
        { amount: 1 },
        { amount: 9 },
      ]);
      await store.close();
    });

    it('returns a conflict for a decision instead of deciding on its author’s behalf', async () => {
      const store = openStore();
      const error = await handlerOn(racedOnce(store, 'tally-h'))
        .handle('tally-h', { type: 'Decide', reason: { text: 'synthetic' } }, { actor })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect((error as WrongExpectedRevisionError).actualRevision).toBe(0);
      expect(await collect(store.readStream('tally-h'))).toHaveLength(1);
      await store.close();
    });
  });

  it('decides on what other handlers (other processes) appended since it last read the stream', async () => {
    const store = openStore();
    const ours = handlerOn(store);
    await ours.handle('tally-k', { type: 'Add', amount: 60 }, { actor });
    await handlerOn(store).handle('tally-k', { type: 'Add', amount: 30 }, { actor });
    await expect(
      ours.handle('tally-k', { type: 'Add', amount: 20 }, { actor }),
    ).rejects.toMatchObject({
      rule: 'tally-limit',
    });
    const decided = await ours.handle('tally-k', { type: 'Decide' }, { actor });
    expect(decided.events[0]?.data).toEqual({ total: 90 });
    await store.close();
  });

  it('writes nothing when the decider refuses the command', async () => {
    const store = openStore();
    await expect(
      handlerOn(store).handle('tally-i', { type: 'Add', amount: 101 }, { actor }),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await store.streamRevision('tally-i')).toBeNull();
    await store.close();
  });

  it('gives the entities a retried command creates the same ids', async () => {
    const storeA = openStore();
    const storeB = openStore();
    const commandId = randomUUID();
    const a = await handlerOn(storeA).handle(
      'tally-j',
      { type: 'Add', amount: 1 },
      { actor, commandId },
    );
    const b = await handlerOn(storeB).handle(
      'tally-j',
      { type: 'Add', amount: 1 },
      { actor, commandId },
    );
    expect(a.events[0]?.id).toBe(b.events[0]?.id);
    expect(a.events[0]?.data).toEqual(b.events[0]?.data);
    await storeA.close();
    await storeB.close();
  });
});
