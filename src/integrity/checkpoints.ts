import { randomUUID } from 'node:crypto';
import { streams } from '../application/streams.js';
import {
  integrityCheckpointRecordedSchema,
  maxEventsPerCheckpoint,
  type IntegrityCheckpoint,
} from '../domain/events/integrity.js';
import { WrongExpectedRevisionError } from '../event-store/errors.js';
import { hashChainAlgorithm } from '../event-store/integrity/event-hash.js';
import type { EventStore, Position, RecordedEvent } from '../event-store/port.js';
import { chainHashOf } from './chain-checker.js';
import {
  checkpointDigest,
  checkpointStatement,
  type CheckpointSigner,
} from './checkpoint-signer.js';
import { merkleRoot } from './merkle.js';

export const checkpointEventType = 'IntegrityCheckpointRecorded';

/** A stored checkpoint, or why it could not be read. */
export type StoredCheckpoint =
  | { readonly ok: true; readonly checkpoint: IntegrityCheckpoint; readonly event: RecordedEvent }
  | { readonly ok: false; readonly event: RecordedEvent; readonly detail: string };

function parsed(event: RecordedEvent): StoredCheckpoint {
  const result = integrityCheckpointRecordedSchema.safeParse(event.data);
  if (event.type !== checkpointEventType || !result.success)
    return { ok: false, event, detail: `not a ${checkpointEventType} event of version 1` };
  return { ok: true, checkpoint: result.data, event };
}

/** Every checkpoint, oldest first, exactly as stored. */
export async function* storedCheckpoints(
  store: EventStore,
  direction: 'forward' | 'backward' = 'forward',
): AsyncIterable<StoredCheckpoint> {
  for await (const event of store.readStream(streams.integrityCheckpoints(), {
    direction,
    asStored: true,
  }))
    yield parsed(event);
}

async function latestCheckpoint(store: EventStore): Promise<StoredCheckpoint | null> {
  for await (const stored of storedCheckpoints(store, 'backward')) return stored;
  return null;
}

export interface CheckpointWriterDeps {
  readonly store: EventStore;
  readonly signer: CheckpointSigner;
  readonly clock: () => Date;
}

/** The system actor that records checkpoints. */
const integrityActor = { userId: 'caretrail-integrity', role: 'admin' } as const;

/**
 * Signs checkpoints until every event in the store is under one: each covers up to
 * `maxEventsPerCheckpoint` events after the previous. A checkpoint over nothing but the previous
 * checkpoint is not written. Safe with several writers: a checkpoint taken by another process
 * first is read back, and this one goes on from it. Returns the checkpoints written.
 */
export async function writeCheckpoints(deps: CheckpointWriterDeps): Promise<IntegrityCheckpoint[]> {
  const written: IntegrityCheckpoint[] = [];
  for (;;) {
    const previous = await latestCheckpoint(deps.store);
    if (previous !== null && !previous.ok)
      throw new Error(
        `the last integrity checkpoint (revision ${previous.event.revision}) does not parse: run npm run verify`,
      );
    const after = (previous?.checkpoint.through ?? null) as Position | null;
    const range: RecordedEvent[] = [];
    for await (const event of deps.store.readAll({
      after,
      maxCount: maxEventsPerCheckpoint,
      asStored: true,
    }))
      range.push(event);
    if (range.every((event) => event.streamId === streams.integrityCheckpoints())) return written;

    const heads = new Map<string, RecordedEvent>();
    for (const event of range) heads.set(event.streamId, event);
    const unsigned = {
      sequence: (previous?.checkpoint.sequence ?? 0) + 1,
      merkleAlgorithm: 'rfc6962-sha256' as const,
      hashChainAlgorithm,
      previousCheckpointDigest: previous ? checkpointDigest(previous.checkpoint) : null,
      after,
      through: range[range.length - 1]!.position,
      eventCount: range.length,
      merkleRoot: merkleRoot(range.map(chainHashOf)),
      streamHeads: [...heads.values()]
        .map((event) => ({
          streamId: event.streamId,
          revision: event.revision,
          hash: chainHashOf(event),
        }))
        .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0)),
      signedAt: deps.clock().toISOString(),
    };
    const checkpoint: IntegrityCheckpoint = integrityCheckpointRecordedSchema.parse({
      ...unsigned,
      signature: {
        algorithm: 'Ed25519',
        keyId: deps.signer.keyId,
        publicKey: deps.signer.publicKey,
        value: deps.signer.sign(checkpointStatement(unsigned)),
      },
    });
    const id = randomUUID();
    try {
      await deps.store.append(
        streams.integrityCheckpoints(),
        [
          {
            id,
            type: checkpointEventType,
            schemaVersion: 1,
            data: checkpoint,
            metadata: {
              occurredAt: unsigned.signedAt,
              actor: integrityActor,
              commandId: id,
              correlationId: id,
              causationId: null,
              reason: null,
            },
          },
        ],
        previous ? previous.event.revision : 'no_stream',
      );
      written.push(checkpoint);
    } catch (error) {
      // Another process checkpointed first: go on from its checkpoint.
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}
