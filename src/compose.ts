import { allProjections } from '../projections/index.js';
import type { AnyProjection } from '../projections/projection.js';
import type { Config } from './config.js';
import { decodeEvent } from './domain/events/codec.js';
import { EventStoreDbEventStore } from './event-store/eventstoredb/eventstoredb-event-store.js';
import type { EventStore, Position } from './event-store/port.js';
import { SqliteEventStore } from './event-store/sqlite/sqlite-event-store.js';
import { ProjectionService } from './read-models/projection-service.js';

/** Opens the configured event store with the domain's decoder: the one place adapters are chosen. */
export async function openEventStore(
  store: Config['store'],
  options: { clock?: () => Date } = {},
): Promise<EventStore> {
  switch (store.kind) {
    case 'sqlite':
      // The clock stamps recordedAt; only a synthetic seed replays a simulated one.
      return new SqliteEventStore({ path: store.path, decode: decodeEvent, ...options });
    case 'eventstoredb':
      return EventStoreDbEventStore.connect({
        connectionString: store.connectionString,
        decode: decodeEvent,
      });
  }
}

/** The configured store and its read models, for a script: every projection, or those given. */
export async function openReadSide(
  config: Pick<Config, 'store' | 'readModelPath'>,
  projections: readonly AnyProjection[] = allProjections,
): Promise<{ readonly store: EventStore; readonly readModels: ProjectionService }> {
  const store = await openEventStore(config.store);
  const readModels = new ProjectionService({
    store,
    path: config.readModelPath,
    projections,
    clock: () => new Date(),
  });
  return { store, readModels };
}

/** Starts the read models and waits (bounded) until they hold every event the store has now. */
export async function catchUp(
  store: EventStore,
  readModels: ProjectionService,
  timeoutMs: number,
): Promise<Position | null> {
  readModels.start();
  const { headPosition } = await store.stats();
  if (headPosition !== null) await readModels.waitForPosition(headPosition, timeoutMs);
  return headPosition;
}
