import type { Config } from './config.js';
import { decodeEvent } from './domain/events/codec.js';
import { EventStoreDbEventStore } from './event-store/eventstoredb/eventstoredb-event-store.js';
import type { EventStore } from './event-store/port.js';
import { SqliteEventStore } from './event-store/sqlite/sqlite-event-store.js';

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
