import { z } from 'zod';
import {
  integrityCheckpointRecordedSchema,
  type IntegrityCheckpoint,
} from '../domain/events/integrity.js';
import { ValidationError } from '../domain/errors.js';
import { hashChainAlgorithm } from '../event-store/integrity/event-hash.js';
import type { EventStore, Position, RecordedEvent } from '../event-store/port.js';
import { ChainChecker, chainHashOf } from './chain-checker.js';
import { storedCheckpoints } from './checkpoints.js';
import { BreakLog, placeOf, type IntegrityReport } from './integrity-report.js';
import { inclusionProof, verifyInclusion } from './merkle.js';
import { signatureProblem, type VerifyOptions } from './verify-integrity.js';

export const bundleFormat = 'caretrail-integrity-bundle/1';

/** The proof that one event is leaf `leafIndex` of a checkpoint's Merkle tree. */
export interface InclusionProof {
  readonly eventId: string;
  readonly checkpointSequence: number;
  readonly leafIndex: number;
  /** Sibling hashes from the leaf up (RFC 6962 audit path). */
  readonly path: readonly string[];
}

/**
 * One stream's events as stored, with what verifies them offline: the signed checkpoints that
 * cover them and each event's Merkle inclusion proof. See docs/integrity.md for the procedure.
 */
export interface EvidenceBundle {
  readonly format: typeof bundleFormat;
  readonly streamId: string;
  readonly exportedAt: string;
  readonly hashChainAlgorithm: string;
  readonly merkleAlgorithm: 'rfc6962-sha256';
  readonly events: readonly RecordedEvent[];
  readonly checkpoints: readonly IntegrityCheckpoint[];
  readonly proofs: readonly InclusionProof[];
}

/** Bundles a whole stream; a missing stream is a NotFound for the caller to map. */
export async function exportEvidenceBundle(
  store: EventStore,
  streamId: string,
  now: Date,
): Promise<EvidenceBundle> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId, { asStored: true })) events.push(event);
  const checkpoints: IntegrityCheckpoint[] = [];
  for await (const stored of storedCheckpoints(store))
    if (stored.ok) checkpoints.push(stored.checkpoint);

  const covering = (event: RecordedEvent): IntegrityCheckpoint | undefined =>
    checkpoints.find(
      (checkpoint) =>
        store.comparePositions(event.position, checkpoint.through as Position) <= 0 &&
        (checkpoint.after === null ||
          store.comparePositions(event.position, checkpoint.after as Position) > 0),
    );
  const used = new Map<
    number,
    { checkpoint: IntegrityCheckpoint; hashes: string[]; ids: string[] }
  >();
  const proofs: InclusionProof[] = [];
  for (const event of events) {
    const checkpoint = covering(event);
    if (checkpoint === undefined) continue;
    let range = used.get(checkpoint.sequence);
    if (range === undefined) {
      range = { checkpoint, hashes: [], ids: [] };
      for await (const inRange of store.readAll({
        after: checkpoint.after as Position | null,
        maxCount: checkpoint.eventCount,
        asStored: true,
      })) {
        range.hashes.push(chainHashOf(inRange));
        range.ids.push(inRange.id);
      }
      used.set(checkpoint.sequence, range);
    }
    const leafIndex = range.ids.indexOf(event.id);
    if (leafIndex < 0) continue;
    proofs.push({
      eventId: event.id,
      checkpointSequence: checkpoint.sequence,
      leafIndex,
      path: inclusionProof(range.hashes, leafIndex),
    });
  }
  return {
    format: bundleFormat,
    streamId,
    exportedAt: now.toISOString(),
    hashChainAlgorithm,
    merkleAlgorithm: 'rfc6962-sha256',
    events,
    checkpoints: [...used.values()].map((range) => range.checkpoint),
    proofs,
  };
}

const bundleShape = z.object({
  format: z.literal(bundleFormat),
  streamId: z.string().min(1),
  events: z.array(z.looseObject({ id: z.string(), streamId: z.string(), revision: z.number() })),
  checkpoints: z.array(integrityCheckpointRecordedSchema),
  proofs: z.array(
    z.object({
      eventId: z.string(),
      checkpointSequence: z.number().int(),
      leafIndex: z.number().int(),
      path: z.array(z.string()),
    }),
  ),
});

/**
 * Verifies a bundle with nothing but itself and the trusted key ids: each event's content against
 * its link and the stream's chain from revision 0, each checkpoint's signature, each event's
 * inclusion in its checkpoint's signed root, and the stream's links each checkpoint signed.
 */
export function verifyEvidenceBundle(input: unknown, options: VerifyOptions = {}): IntegrityReport {
  const parsed = bundleShape.safeParse(input);
  if (!parsed.success)
    throw new ValidationError(
      'not a caretrail integrity bundle',
      parsed.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
        message: issue.message,
      })),
    );
  const bundle = parsed.data;
  const events = bundle.events as unknown as RecordedEvent[];
  const log = new BreakLog();
  const chain = new ChainChecker(log);
  for (const event of events) chain.check(event);

  const checkpoints = new Map(
    bundle.checkpoints.map((checkpoint) => [checkpoint.sequence, checkpoint]),
  );
  for (const checkpoint of checkpoints.values()) {
    const about = {
      streamId: null,
      revision: null,
      position: checkpoint.through as Position,
      eventId: null,
      checkpointSequence: checkpoint.sequence,
    };
    const problem = signatureProblem(checkpoint, options);
    if (problem) log.add({ ...about, ...problem });
    for (const head of checkpoint.streamHeads.filter((h) => h.streamId === bundle.streamId)) {
      const event = events.find((candidate) => candidate.revision === head.revision);
      if (event === undefined || chainHashOf(event) !== head.hash)
        log.add({
          ...about,
          streamId: head.streamId,
          revision: head.revision,
          problem: 'checkpoint-head-mismatch',
          detail: `checkpoint ${checkpoint.sequence} signed another event at revision ${head.revision}, or one missing from the bundle`,
        });
    }
  }
  const proofs = new Map(bundle.proofs.map((proof) => [proof.eventId, proof]));
  let unproven = 0;
  for (const event of events) {
    const proof = proofs.get(event.id);
    const checkpoint = proof && checkpoints.get(proof.checkpointSequence);
    if (proof === undefined || checkpoint === undefined) {
      unproven += 1;
      continue;
    }
    if (
      !verifyInclusion(
        chainHashOf(event),
        proof.leafIndex,
        checkpoint.eventCount,
        proof.path,
        checkpoint.merkleRoot,
      )
    )
      log.add({
        ...placeOf(event),
        checkpointSequence: checkpoint.sequence,
        problem: 'inclusion-proof-invalid',
        detail: `the event is not leaf ${proof.leafIndex} of checkpoint ${checkpoint.sequence}'s signed root`,
      });
  }
  // Events without a proof must all come after the proven ones: recorded after the last checkpoint.
  const lastProven = Math.max(-1, ...events.filter((e) => proofs.has(e.id)).map((e) => e.revision));
  for (const event of events)
    if (!proofs.has(event.id) && event.revision < lastProven)
      log.add({
        ...placeOf(event),
        problem: 'inclusion-proof-invalid',
        detail: 'the event has no inclusion proof, though later events of its stream do',
      });
  return {
    verified: log.breaks.length === 0,
    eventsChecked: chain.eventsChecked,
    streamsChecked: events.length === 0 ? 0 : 1,
    checkpointsChecked: checkpoints.size,
    eventsAfterLastCheckpoint: unproven,
    firstBreak: log.breaks[0] ?? null,
    breaks: log.breaks,
  };
}
