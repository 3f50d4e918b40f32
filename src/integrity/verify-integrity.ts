import { streams } from '../application/streams.js';
import type { IntegrityCheckpoint } from '../domain/events/integrity.js';
import { UndecodableEventError } from '../event-store/errors.js';
import type { EventStore, Position, RecordedEvent } from '../event-store/port.js';
import { ChainChecker, chainHashOf } from './chain-checker.js';
import { checkpointDigest, signatureHolds } from './checkpoint-signer.js';
import { storedCheckpoints, type StoredCheckpoint } from './checkpoints.js';
import {
  BreakLog,
  placeOf,
  type IntegrityBreak,
  type IntegrityReport,
} from './integrity-report.js';
import { merkleRoot } from './merkle.js';

export interface VerifyOptions {
  /** Key ids (RFC 7638 thumbprints) whose checkpoint signatures are trusted; any valid one when absent. */
  readonly trustedKeyIds?: ReadonlySet<string>;
}

/** Reads events as stored, logging each unreadable one as a break and reading on after it. */
async function* readableEvents(
  read: (after: { position: Position; revision: number } | null) => AsyncIterable<RecordedEvent>,
  log: BreakLog,
  chain: ChainChecker,
): AsyncIterable<RecordedEvent> {
  let resumeAfter: { position: Position; revision: number } | null = null;
  for (;;) {
    try {
      for await (const event of read(resumeAfter)) yield event;
      return;
    } catch (error) {
      if (!(error instanceof UndecodableEventError)) throw error;
      log.add({
        problem: 'unreadable',
        streamId: error.streamId,
        revision: error.revision,
        position: error.position as Position,
        eventId: null,
        detail: error.detail,
      });
      chain.unreadable(error.streamId, error.revision);
      resumeAfter = { position: error.position as Position, revision: error.revision };
    }
  }
}

/** Parses a checkpoint and checks its own signature and key, logging what fails. */
function signedCheckpoint(
  stored: StoredCheckpoint,
  log: BreakLog,
  options: VerifyOptions,
): IntegrityCheckpoint | null {
  const at = placeOf(stored.event);
  if (!stored.ok) {
    log.add({ ...at, problem: 'checkpoint-unreadable', detail: stored.detail });
    return null;
  }
  const { checkpoint } = stored;
  const about = { ...at, checkpointSequence: checkpoint.sequence };
  const problem = signatureProblem(checkpoint, options);
  if (problem) log.add({ ...about, ...problem });
  return checkpoint;
}

/** Why a checkpoint's signature cannot be relied on (forged, or by an untrusted key), or null. */
export function signatureProblem(
  checkpoint: IntegrityCheckpoint,
  options: VerifyOptions,
): Pick<IntegrityBreak, 'problem' | 'detail'> | null {
  if (!signatureHolds(checkpoint))
    return { problem: 'checkpoint-signature-invalid', detail: 'the signature does not verify' };
  if (options.trustedKeyIds && !options.trustedKeyIds.has(checkpoint.signature.keyId))
    return {
      problem: 'checkpoint-untrusted-key',
      detail: `signed by key ${checkpoint.signature.keyId}, which is not trusted`,
    };
  return null;
}

/** Checks that a checkpoint follows the one before it: next sequence, its digest, its range's end. */
function checkLink(
  stored: StoredCheckpoint & { ok: true },
  previous: IntegrityCheckpoint | null,
  expectedSequence: number,
  log: BreakLog,
): void {
  const { checkpoint, event } = stored;
  const linked =
    checkpoint.sequence === expectedSequence &&
    checkpoint.previousCheckpointDigest === (previous ? checkpointDigest(previous) : null) &&
    checkpoint.after === (previous?.through ?? null);
  if (!linked)
    log.add({
      ...placeOf(event),
      checkpointSequence: checkpoint.sequence,
      problem: 'checkpoint-chain-broken',
      detail: `expected checkpoint ${expectedSequence} following the previous one`,
    });
}

function reportOf(
  log: BreakLog,
  counts: Omit<IntegrityReport, 'verified' | 'firstBreak' | 'breaks'>,
): IntegrityReport {
  return {
    verified: log.breaks.length === 0,
    ...counts,
    firstBreak: log.breaks[0] ?? null,
    breaks: log.breaks,
  };
}

/**
 * Verifies the whole store: every stream's hash chain, and every checkpoint's signature, its link
 * to the previous checkpoint, the Merkle root and count of its range, and each stream's link it
 * signed. Reads the store once in global order, holding one link per stream and one range's hashes.
 */
export async function verifyStore(
  store: EventStore,
  options: VerifyOptions = {},
): Promise<IntegrityReport> {
  const log = new BreakLog();
  const chain = new ChainChecker(log);
  const checkpoints: StoredCheckpoint[] = [];
  for await (const stored of storedCheckpoints(store)) checkpoints.push(stored);

  let index = 0;
  let previous: IntegrityCheckpoint | null = null;
  let rangeHashes: string[] = [];
  let eventsAfterLastCheckpoint = 0;
  const current = (): StoredCheckpoint | undefined => checkpoints[index];
  const closeRange = (): void => {
    const stored = checkpoints[index]!;
    const checkpoint = signedCheckpoint(stored, log, options);
    if (stored.ok) checkLink(stored, previous, index + 1, log);
    if (checkpoint !== null) {
      const about = {
        position: checkpoint.through as Position,
        eventId: null,
        checkpointSequence: checkpoint.sequence,
      };
      // Heads first: they name the stream an alteration hides in.
      for (const head of checkpoint.streamHeads) {
        const link = chain.links.get(head.streamId);
        if (link?.revision !== head.revision || link.hash !== head.hash)
          log.add({
            ...about,
            problem: 'checkpoint-head-mismatch',
            streamId: head.streamId,
            revision: head.revision,
            detail: `the checkpoint signed revision ${head.revision} as this stream's last; the store has ${link ? `revision ${link.revision}` : 'nothing'} there, or another event`,
          });
      }
      if (
        rangeHashes.length !== checkpoint.eventCount ||
        merkleRoot(rangeHashes) !== checkpoint.merkleRoot
      )
        log.add({
          ...about,
          problem: 'checkpoint-root-mismatch',
          streamId: null,
          revision: null,
          detail: `the ${rangeHashes.length} events after ${checkpoint.after ?? 'the start'} through ${checkpoint.through} do not give the signed root of ${checkpoint.eventCount} events`,
        });
    }
    previous = checkpoint ?? previous;
    rangeHashes = [];
    index += 1;
  };
  const inRange = (event: RecordedEvent): boolean => {
    for (;;) {
      const stored = current();
      if (stored === undefined) return false;
      const through = stored.ok ? (stored.checkpoint.through as Position) : null;
      if (through !== null && store.comparePositions(event.position, through) <= 0) return true;
      closeRange();
    }
  };

  const events = readableEvents(
    (resume) => store.readAll({ after: resume?.position ?? null, asStored: true }),
    log,
    chain,
  );
  for await (const event of events) {
    if (inRange(event)) rangeHashes.push(chainHashOf(event));
    else eventsAfterLastCheckpoint += 1;
    chain.check(event);
  }
  while (current() !== undefined) closeRange();
  return reportOf(log, {
    eventsChecked: chain.eventsChecked,
    streamsChecked: chain.links.size,
    checkpointsChecked: checkpoints.length,
    eventsAfterLastCheckpoint,
  });
}

/**
 * Verifies one stream: its hash chain, and its last link signed by a checkpoint (the newest
 * checkpoint naming the stream, its signature and key). Finds that checkpoint by reading the
 * checkpoints newest first.
 */
export async function verifyStream(
  store: EventStore,
  streamId: string,
  options: VerifyOptions = {},
): Promise<IntegrityReport> {
  const log = new BreakLog();
  const chain = new ChainChecker(log);
  const hashes = new Map<number, string>();
  const events = readableEvents(
    (resume) =>
      store.readStream(streamId, { fromRevision: (resume?.revision ?? -1) + 1, asStored: true }),
    log,
    chain,
  );
  for await (const event of events) {
    chain.check(event);
    hashes.set(event.revision, chainHashOf(event));
  }

  let checkpointsChecked = 0;
  let eventsAfterLastCheckpoint = chain.eventsChecked;
  if (streamId !== streams.integrityCheckpoints()) {
    for await (const stored of storedCheckpoints(store, 'backward')) {
      checkpointsChecked += 1;
      const head = stored.ok
        ? stored.checkpoint.streamHeads.find((candidate) => candidate.streamId === streamId)
        : undefined;
      if (!stored.ok || head !== undefined) {
        // This checkpoint's own signature and key only: the chain of checkpoints is the whole-store check.
        const checked = signedCheckpoint(stored, log, options);
        if (checked === null || head === undefined) continue;
        if (hashes.get(head.revision) !== head.hash)
          log.add({
            streamId,
            revision: head.revision,
            position: checked.through as Position,
            eventId: null,
            checkpointSequence: checked.sequence,
            problem: 'checkpoint-head-mismatch',
            detail: `checkpoint ${checked.sequence} signed another event at revision ${head.revision}, or one now missing`,
          });
        eventsAfterLastCheckpoint = [...hashes.keys()].filter((r) => r > head.revision).length;
        break;
      }
    }
  }
  return reportOf(log, {
    eventsChecked: chain.eventsChecked,
    streamsChecked: chain.eventsChecked === 0 ? 0 : 1,
    checkpointsChecked,
    eventsAfterLastCheckpoint,
  });
}
