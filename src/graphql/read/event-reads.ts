import type { EventStore, RecordedEvent } from '../../event-store/port.js';

/** Up to `count` events of a stream from a revision on, in stream order, read from the store. */
export async function streamEvents(
  store: EventStore,
  streamId: string,
  fromRevision: number,
  count: number,
): Promise<RecordedEvent[]> {
  if (count <= 0) return [];
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId, { fromRevision, maxCount: count }))
    events.push(event);
  return events;
}
