import type { Actor } from '../../src/domain/values.js';
import type { RecordedEvent } from '../../src/event-store/port.js';
import type { startApi } from '../support/api-harness.js';

type Api = Awaited<ReturnType<typeof startApi>>;

/**
 * What the FHIR export tests do with a running API: read a stream, wait for the read models, and
 * fetch an export as a caller (null: without a token). `api` is read at each call, as it is started
 * in a `beforeAll`.
 */
export function exportClient(api: () => Api) {
  return {
    eventsOf: async (streamId: string): Promise<RecordedEvent[]> => {
      const events: RecordedEvent[] = [];
      for await (const event of api().store.readStream(streamId)) events.push(event);
      return events;
    },

    caughtUp: async (): Promise<void> => {
      const { headPosition } = await api().store.stats();
      await api().projections.waitForPosition(headPosition!, 10_000);
    },

    exportAs: async (caller: Actor | null, path: string) => {
      const response = await fetch(`${api().base}${path}`, {
        headers: caller === null ? {} : await api().authorizationAs(caller),
      });
      const text = await response.text();
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text,
        /** The NDJSON lines as resources. */
        resources: <R>() =>
          text
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as R),
      };
    },
  };
}
