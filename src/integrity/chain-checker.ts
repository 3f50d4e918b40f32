import { eventHash, hashChainAlgorithm } from '../event-store/integrity/event-hash.js';
import type { RecordedEvent } from '../event-store/port.js';
import { placeOf, type BreakLog } from './integrity-report.js';

/** The last link seen of one stream; `hash` null when that event could not be read. */
export interface StreamLink {
  readonly revision: number;
  readonly hash: string | null;
}

/** The hash an event's leaf and checkpoint heads use: its stored link, or its content's own. */
export function chainHashOf(event: RecordedEvent): string {
  return event.integrity?.hash ?? eventHash(null, event);
}

/**
 * Walks events of one or many streams, each stream in revision order, and logs every link that
 * does not hold: a revision gap or step back, a link not pointing at the previous event's hash, or
 * content that no longer hashes to its link. After a break it resynchronises on the stored link, so
 * one alteration is reported once, where it is.
 */
export class ChainChecker {
  readonly links = new Map<string, StreamLink>();
  eventsChecked = 0;

  constructor(private readonly log: BreakLog) {}

  check(event: RecordedEvent): void {
    this.eventsChecked += 1;
    const at = placeOf(event);
    const previous = this.links.get(event.streamId);
    const expectedRevision = previous === undefined ? 0 : previous.revision + 1;
    if (event.revision > expectedRevision) {
      this.log.add({
        ...at,
        problem: 'revision-gap',
        detail: `revisions ${expectedRevision}..${event.revision - 1} are missing`,
      });
    } else if (event.revision < expectedRevision) {
      this.log.add({
        ...at,
        problem: 'revision-out-of-order',
        detail: `revision ${event.revision} comes after revision ${expectedRevision - 1}`,
      });
    }
    const link = event.integrity;
    if (!link) {
      this.log.add({ ...at, problem: 'unchained', detail: 'the event carries no hash-chain link' });
      this.links.set(event.streamId, { revision: event.revision, hash: chainHashOf(event) });
      return;
    }
    const previousHash = previous === undefined ? null : previous.hash;
    const previousKnown = previous === undefined || previous.hash !== null;
    if (
      previousKnown &&
      event.revision === expectedRevision &&
      link.previousHash !== previousHash
    ) {
      this.log.add({
        ...at,
        problem: 'previous-hash-mismatch',
        detail: 'the link does not point at the previous event of the stream',
      });
    }
    if (eventHash(link.previousHash, event) !== link.hash) {
      this.log.add({
        ...at,
        problem: 'content-hash-mismatch',
        detail: `the stored content does not hash to the event's link (${hashChainAlgorithm})`,
      });
    }
    this.links.set(event.streamId, { revision: event.revision, hash: link.hash });
  }

  /** An event that could not be read at all: later links of its stream are checked from here on. */
  unreadable(streamId: string, revision: number): void {
    this.eventsChecked += 1;
    this.links.set(streamId, { revision, hash: null });
  }
}
