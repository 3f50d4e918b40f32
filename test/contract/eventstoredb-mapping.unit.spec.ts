import {
  ANY,
  DeadlineExceededError,
  NO_STREAM,
  STREAM_EXISTS,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import {
  StoreUnavailableError,
  UndecodableEventError,
  WrongExpectedRevisionError,
} from '../../src/event-store/errors.js';
import {
  EventStoreDbEventStore,
  compareEsdbPositions,
  decodePosition,
  encodePosition,
  isUserEvent,
  toEsdbExpectedRevision,
  toEventData,
  toRecordedEvent,
  translateEsdbError,
  type EsdbRecord,
} from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { identityDecoder } from '../../src/event-store/decoding.js';
import type { EventDecoder, Position } from '../../src/event-store/port.js';
import { testEvent } from './event-store.contract.js';

const position = (value: string) => value as Position;

/** A client-shaped event as the gRPC client returns it: synthetic data, no patient data. */
function clientRecord(overrides: Partial<EsdbRecord> = {}): EsdbRecord {
  return {
    streamId: 'contract-synthetic',
    id: '6f1c2a52-3c1e-4a39-9d61-8b7e1b3f0a11',
    type: 'ContractProbeRecorded',
    revision: 4n,
    created: new Date('2026-03-04T05:06:07.089Z'),
    isJson: true,
    data: { n: 1 },
    metadata: { ...testEvent(1).metadata, schemaVersion: 2 },
    position: { commit: 1_234n, prepare: 1_200n },
    ...overrides,
  };
}

async function unreachableStore(decode?: EventDecoder): Promise<EventStoreDbEventStore> {
  // Port 1 on the loopback refuses connections: the real client fails without any server.
  return EventStoreDbEventStore.connect({
    connectionString: 'esdb://127.0.0.1:1?tls=false',
    decode,
  });
}

describe('EventStoreDB positions', () => {
  it('round-trip commit and prepare positions beyond the safe integer range', () => {
    const big = { commit: 2n ** 63n + 5n, prepare: 2n ** 63n + 3n };
    expect(encodePosition(big)).toBe('9223372036854775813:9223372036854775811');
    expect(decodePosition(encodePosition(big))).toEqual(big);
  });

  it('orders by commit position first, where string order would be wrong', () => {
    const [later, earlier] = [position('10:5'), position('9:100')];
    expect(later < earlier).toBe(true);
    expect(compareEsdbPositions(decodePosition(later), decodePosition(earlier))).toBe(1);
    expect(compareEsdbPositions(decodePosition(earlier), decodePosition(later))).toBe(-1);
  });

  it('orders events of one commit by prepare position', () => {
    expect(compareEsdbPositions({ commit: 50n, prepare: 20n }, { commit: 50n, prepare: 35n })).toBe(
      -1,
    );
    expect(compareEsdbPositions({ commit: 50n, prepare: 35n }, { commit: 50n, prepare: 35n })).toBe(
      0,
    );
  });

  it('compares positions through the store without a server', async () => {
    const store = await unreachableStore();
    try {
      expect(store.comparePositions(position('100:90'), position('99:99'))).toBeGreaterThan(0);
      expect(store.comparePositions(position('7:7'), position('7:7'))).toBe(0);
    } finally {
      await store.close();
    }
  });

  it.each(['', '12', 'a:b', '-1:0', '1:2:3', ' 1:2', '1.5:2'])(
    'refuses %j as a position',
    (text) => {
      expect(() => decodePosition(position(text))).toThrow(ValidationError);
    },
  );
});

describe('expected revisions for EventStoreDB', () => {
  it('maps the symbolic expectations onto the client constants', () => {
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
  });

  it('maps an exact revision to a bigint', () => {
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s as an exact revision', (revision) => {
    expect(() => toEsdbExpectedRevision(revision)).toThrow(ValidationError);
  });
});

describe('client errors seen through the port', () => {
  it('turns a wrong expected version into a conflict with the actual revision', () => {
    const error = translateEsdbError(
      new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 3n }),
      'contract-stream',
      0,
    );
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      streamId: 'contract-stream',
      expected: 'revision 0',
      actualRevision: 3,
    });
  });

  it('reports a missing stream as no actual revision', () => {
    const error = translateEsdbError(
      new WrongExpectedVersionError(undefined, {
        streamName: 's',
        expected: STREAM_EXISTS,
        current: NO_STREAM,
      }),
      'contract-stream',
      'stream_exists',
    );
    expect(error).toMatchObject({ actualRevision: null, expected: 'stream_exists' });
  });

  it.each([
    ['unavailable', new UnavailableError()],
    ['deadline exceeded', new DeadlineExceededError()],
  ])('turns %s into StoreUnavailableError', (_, clientError) => {
    const error = translateEsdbError(clientError, 'contract-stream');
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).cause).toBe(clientError);
  });

  it('names a raw gRPC UNAVAILABLE status as an unavailable store', () => {
    const raw = Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
      code: 14,
      details: 'No connection established',
    });
    expect(translateEsdbError(raw, 'contract-stream')).toBeInstanceOf(StoreUnavailableError);
  });

  it('lets errors that are not the client’s pass through unchanged', () => {
    const own = new ValidationError('synthetic', []);
    expect(translateEsdbError(own, 'contract-stream')).toBe(own);
    const bug = new TypeError('synthetic');
    expect(translateEsdbError(bug, 'contract-stream')).toBe(bug);
  });
});

describe('events sent to EventStoreDB', () => {
  it('carries id, type and data, with our metadata plus schemaVersion in the ESDB metadata', () => {
    const event = testEvent(3, { schemaVersion: 2 });
    expect(toEventData(event)).toMatchObject({
      id: event.id,
      type: event.type,
      contentType: 'application/json',
      data: { n: 3 },
      metadata: { ...event.metadata, schemaVersion: 2 },
    });
  });

  it('refuses bare-string data, which could not be told from malformed JSON on reading', () => {
    expect(() => toEventData(testEvent(1, { data: 'synthetic text' }), 2)).toThrow(ValidationError);
  });
});

describe('events read from EventStoreDB', () => {
  it('become port events with the envelope, a numeric revision, the position and, stored without a stamp, the server time', () => {
    const record = clientRecord();
    expect(toRecordedEvent(record, identityDecoder)).toEqual({
      ...testEventMetadataOf(record),
      id: record.id,
      type: 'ContractProbeRecorded',
      schemaVersion: 2,
      data: { n: 1 },
      streamId: 'contract-synthetic',
      revision: 4,
      position: '1234:1200',
      recordedAt: '2026-03-04T05:06:07.089Z',
      integrity: null,
    });
  });

  it('take recordedAt and the hash-chain link from the metadata this adapter stamped at append', () => {
    const stamp = {
      recordedAt: '2026-03-04T05:06:06.000Z',
      integrity: { previousHash: null, hash: 'a'.repeat(64) },
    };
    const event = testEvent(1, { schemaVersion: 2 });
    const sent = toEventData(event, 0, stamp);
    expect(sent.metadata).toMatchObject(stamp);
    const record = { ...clientRecord(), metadata: sent.metadata };
    expect(toRecordedEvent(record, identityDecoder)).toMatchObject(stamp);
  });

  it('pass through the decoder', () => {
    const decode: EventDecoder = (raw) => ({ ...raw, data: { decoded: raw.data } });
    expect(toRecordedEvent(clientRecord(), decode).data).toEqual({ decoded: { n: 1 } });
  });

  it.each([
    [
      'malformed JSON data (returned by the client as text)',
      { data: '{"n":' },
      'data is not valid JSON',
    ],
    [
      'malformed JSON metadata (returned by the client as bytes)',
      { metadata: new Uint8Array([123, 34]) },
      'metadata is not valid JSON',
    ],
    ['missing metadata', { metadata: undefined }, 'metadata is missing'],
    [
      'metadata without schemaVersion',
      { metadata: { occurredAt: '2026-01-01T00:00:00.000Z' } },
      'not a caretrail envelope',
    ],
    ['binary data', { isJson: false, data: new Uint8Array([1, 2, 3]) }, 'binary content type'],
  ])('report %s with the event’s place', (_, overrides: Partial<EsdbRecord>, detail: string) => {
    const read = () => toRecordedEvent(clientRecord(overrides), identityDecoder);
    expect(read).toThrow(UndecodableEventError);
    expect(read).toThrow(
      expect.objectContaining({
        streamId: 'contract-synthetic',
        revision: 4,
        position: '1234:1200',
        eventType: 'ContractProbeRecorded',
        detail: expect.stringContaining(detail) as string,
      }) as Error,
    );
  });

  it('refuse an event without a position', () => {
    expect(() => toRecordedEvent(clientRecord({ position: undefined }), identityDecoder)).toThrow(
      StoreUnavailableError,
    );
  });

  it.each([
    ['a link event', { type: '$>', streamId: '$ce-contract' }],
    ['stream metadata', { type: '$metadata', streamId: '$$contract-synthetic' }],
    ['a system stream', { type: 'Stats', streamId: '$stats-127.0.0.1:2113' }],
  ])('leave out %s from reads of all events', (_, record) => {
    expect(isUserEvent(record)).toBe(false);
  });

  it('keep caretrail events in reads of all events', () => {
    expect(isUserEvent({ type: 'ContractProbeRecorded', streamId: 'contract-synthetic' })).toBe(
      true,
    );
  });
});

describe('the EventStoreDB store without a server', () => {
  it('refuses an empty append as the SQLite store does, without a round trip', async () => {
    const store = await unreachableStore();
    try {
      await expect(store.append('contract-synthetic', [], 'any')).rejects.toBeInstanceOf(
        ValidationError,
      );
    } finally {
      await store.close();
    }
  });

  it('reports an unreachable server as StoreUnavailableError on append and on reads', async () => {
    const store = await unreachableStore();
    try {
      await expect(
        store.append('contract-synthetic', [testEvent(1)], 'any'),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.streamRevision('contract-synthetic')).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
    } finally {
      await store.close();
    }
  });

  it('refuses an invalid connection string', async () => {
    await expect(
      EventStoreDbEventStore.connect({ connectionString: 'http://nope' }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('refuses use after close', async () => {
    const store = await unreachableStore();
    await store.close();
    await expect(store.streamRevision('contract-synthetic')).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});

function testEventMetadataOf(record: EsdbRecord): Record<string, unknown> {
  const { schemaVersion: _, ...metadata } = record.metadata as Record<string, unknown>;
  return metadata;
}
