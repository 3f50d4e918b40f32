import { binaryEvent, EventStoreDBClient } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import {
  GenericContainer,
  getContainerRuntimeClient,
  Wait,
  type StartedTestContainer,
} from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UndecodableEventError } from '../../src/event-store/errors.js';
import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { EVENTSTORE_IMAGE } from '../../src/event-store/eventstoredb/image.js';
import { collect, eventStoreContract, newStreamId, testEvent } from './event-store.contract.js';

const ESDB_PORT = 2113;

/** Where the suite finds EventStoreDB: a given server, a container to start, or a reason to skip. */
type Target =
  | { readonly kind: 'url'; readonly connectionString: string }
  | { readonly kind: 'container' }
  | { readonly kind: 'skip'; readonly reason: string };

// Decided before `describe` is declared, so a machine without EventStoreDB skips visibly instead of failing.
async function findTarget(): Promise<Target> {
  const url = process.env.EVENTSTORE_URL;
  if (url) return { kind: 'url', connectionString: url };
  try {
    await getContainerRuntimeClient();
    return { kind: 'container' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'skip',
      reason: `EventStoreDB contract suite skipped: EVENTSTORE_URL is not set and no container runtime is reachable (${detail})`,
    };
  }
}

const target = await findTarget();
if (target.kind === 'skip') console.warn(target.reason);

describe.skipIf(target.kind === 'skip')('the EventStoreDB event store', () => {
  let container: StartedTestContainer | undefined;
  let connectionString = target.kind === 'url' ? target.connectionString : '';

  beforeAll(async () => {
    if (target.kind !== 'container') return;
    container = await new GenericContainer(EVENTSTORE_IMAGE)
      .withEnvironment({
        EVENTSTORE_CLUSTER_SIZE: '1',
        EVENTSTORE_INSECURE: 'true',
        EVENTSTORE_MEM_DB: 'true',
        EVENTSTORE_RUN_PROJECTIONS: 'None',
        EVENTSTORE_START_STANDARD_PROJECTIONS: 'false',
      })
      .withExposedPorts(ESDB_PORT)
      .withWaitStrategy(
        // /health/live answers 204 once the node serves requests (200 with ?liveCode=200).
        Wait.forHttp('/health/live', ESDB_PORT).forStatusCodeMatching(
          (code) => code === 204 || code === 200,
        ),
      )
      .withStartupTimeout(120_000)
      .start();
    connectionString = `esdb://${container.getHost()}:${container.getMappedPort(ESDB_PORT)}?tls=false`;
  }, 300_000); // a first run pulls the image

  afterAll(async () => {
    await container?.stop();
  });

  eventStoreContract({
    open: (options) => EventStoreDbEventStore.connect({ connectionString, ...options }),
  });

  describe('on EventStoreDB', () => {
    it('reports the head position without counting, leaving out system events', async () => {
      const store = await EventStoreDbEventStore.connect({ connectionString });
      try {
        const { position } = await store.append(
          newStreamId(),
          [testEvent(1), testEvent(2)],
          'no_stream',
        );
        const after = await store.stats();
        expect(after).toEqual({
          kind: 'eventstoredb',
          headPosition: position,
          eventCount: null,
        });
        const all = await collect(store.readAll());
        expect(
          all.every((event) => !event.streamId.startsWith('$') && !event.type.startsWith('$')),
        ).toBe(true);
      } finally {
        await store.close();
      }
    });

    it('reports an event written by another tool as binary, with its place, instead of skipping it', async () => {
      const stream = newStreamId();
      const client = EventStoreDBClient.connectionString(connectionString);
      try {
        await client.appendToStream(
          stream,
          binaryEvent({
            id: randomUUID(),
            type: 'ContractProbeRecorded',
            data: new TextEncoder().encode('{"n":'),
            metadata: new TextEncoder().encode('not json'),
          }),
        );
      } finally {
        await client.dispose();
      }
      const store = await EventStoreDbEventStore.connect({ connectionString });
      try {
        const error = await collect(store.readStream(stream)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(UndecodableEventError);
        expect(error).toMatchObject({ streamId: stream, revision: 0 });
      } finally {
        await store.close();
      }
    });
  });
});
