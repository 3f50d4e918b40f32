import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProjections } from '../../projections/index.js';
import type { AnyProjection } from '../../projections/projection.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { UndecodableEventError } from '../../src/event-store/errors.js';
import type { EventDecoder, Position, RecordedEvent } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';
import { COHORT_START, seedCohort } from '../../src/seeding/seed.js';
import { SimulationClock } from '../../src/seeding/simulation-clock.js';
import { newStreamId, testEvent } from '../contract/event-store.contract.js';
import { readModelDigests } from '../support/read-model-digest.js';
import { tempDir } from '../support/temp-dir.js';
import { eventLog, streamCounter } from './toy-projections.js';

const dir = tempDir();
let files = 0;

function readModels(
  store: SqliteEventStore,
  projections: readonly AnyProjection[],
  batches: { batchSize?: number; rebuildBatchSize?: number } = {},
): ProjectionService {
  files += 1;
  return new ProjectionService({
    store,
    path: join(dir, `read-${files}.db`),
    projections,
    clock: () => new Date(),
    ...batches,
  });
}

/** A store of `count` synthetic contacts in one stream, numbered from 0, with their recorded events. */
async function contacts(
  count: number,
  decode?: EventDecoder,
): Promise<{ store: SqliteEventStore; stream: string; recorded: RecordedEvent[] }> {
  files += 1;
  const path = join(dir, `events-${files}.db`);
  const writer = new SqliteEventStore({ path });
  const stream = newStreamId();
  const recorded: RecordedEvent[] = [];
  for (let n = 0; n < count; n += 1) {
    const { events } = await writer.append(
      stream,
      [testEvent(n, { type: 'ContactLogged' })],
      'any',
    );
    recorded.push(...events);
  }
  await writer.close();
  return { store: new SqliteEventStore({ path, decode }), stream, recorded };
}

async function statusOf(service: ProjectionService, name: string) {
  return (await service.status()).find((s) => s.name === name)!;
}

describe('a rebuild of every read model in one pass', () => {
  it('equals the read models built event by event, one transaction per event, as the cohort was recorded', async () => {
    const clock = new SimulationClock(COHORT_START);
    const store = new SqliteEventStore({
      path: join(dir, 'cohort.db'),
      decode: decodeEvent,
      clock: clock.now,
    });
    const live = readModels(store, allProjections, { batchSize: 1 });
    live.start();
    const { events } = await seedCohort({ store, clock, seed: 23, patients: 12 });
    const { headPosition } = await store.stats();
    await live.waitForPosition(headPosition!, 60_000);

    // One batch holds the whole store: every row a batch touches is read and written in memory.
    const rebuilt = readModels(store, allProjections, { rebuildBatchSize: events + 1 });
    await rebuilt.rebuildUntilServing(allProjections.map((p) => p.name));

    expect(readModelDigests(rebuilt)).toEqual(readModelDigests(live));
    for (const status of await rebuilt.status()) {
      expect(status.eventsApplied, status.name).toBe(events);
      expect(status.error, status.name).toBeNull();
    }
    await live.stop();
    await rebuilt.stop();
    await store.close();
  }, 120_000);
});

describe('a poison event in the middle of a big batch', () => {
  it('stops its projection at that exact position, with every event before it applied and none after', async () => {
    const { store, stream, recorded } = await contacts(300);
    const poison = recorded[150]!;
    const service = readModels(store, [streamCounter({ poisonN: 150 }), eventLog()], {
      rebuildBatchSize: 1_000,
    });

    await expect(service.rebuildUntilServing(['stream-counter', 'event-log'])).rejects.toThrow(
      /rebuilding stream-counter stopped: .*synthetic poison/,
    );

    const stopped = await statusOf(service, 'stream-counter');
    expect(stopped.state).toBe('failed');
    expect(stopped.error?.position).toBe(poison.position);
    expect(stopped.position).toBe(recorded[149]!.position);
    expect(stopped.eventsApplied).toBe(150);
    const counts = service.servingTables('stream-counter')?.get('stream_counts', {
      stream_id: stream,
    });
    expect(counts).toMatchObject({ events: 150, last_revision: 149 });
    // The other projection, fed by the same read of the store, goes on to the end.
    expect(service.servingTables('event-log')?.find('event_log', {})).toHaveLength(300);
    expect(await statusOf(service, 'event-log')).toMatchObject({ eventsApplied: 300, error: null });
    await service.stop();
    await store.close();
  });

  it('that no longer decodes stops every projection there, after the events before it', async () => {
    const undecodable = 120;
    const decode: EventDecoder = (raw) => {
      if ((raw.data as { n?: number }).n !== undecodable) return raw;
      throw new UndecodableEventError(
        raw.streamId,
        raw.revision,
        raw.position,
        raw.type,
        'synthetic: data does not match its schema',
      );
    };
    const { store, stream, recorded } = await contacts(200, decode);
    const service = readModels(store, [streamCounter(), eventLog()], { rebuildBatchSize: 1_000 });

    await expect(service.rebuildUntilServing(['stream-counter', 'event-log'])).rejects.toThrow(
      /synthetic: data does not match its schema/,
    );

    const at: Position = recorded[undecodable]!.position;
    for (const name of ['stream-counter', 'event-log']) {
      const status = await statusOf(service, name);
      expect(status.error?.position, name).toBe(at);
      expect(status.eventsApplied, name).toBe(undecodable);
    }
    expect(
      service.servingTables('stream-counter')?.get('stream_counts', { stream_id: stream }),
    ).toMatchObject({ events: undecodable });
    expect(service.servingTables('event-log')?.find('event_log', {})).toHaveLength(undecodable);
    await service.stop();
    await store.close();
  });
});
