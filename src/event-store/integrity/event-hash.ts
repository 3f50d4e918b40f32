import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../port.js';

/** The link an event carries in its metadata: its own hash and the hash of the event before it in its stream. */
export interface EventIntegrity {
  /** The hash of the stream's previous event; null for a stream's first event. */
  readonly previousHash: string | null;
  /** SHA-256 (hex) of this event's canonical content together with `previousHash`. */
  readonly hash: string;
}

/** Names the hashing rule, so a verifier can refuse links made under a rule it does not know. */
export const hashChainAlgorithm = 'caretrail-sha256-canonical-json-v1';

/** Everything of a stored event that its hash covers: all it says, where it stands and when it was recorded. */
export interface HashedContent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly streamId: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly occurredAt: string;
  readonly actor: EventMetadata['actor'];
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly reason: EventMetadata['reason'];
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The text that is hashed: canonical JSON (keys sorted, no whitespace) of the content as JSON
 * stores it, so the writer and a later reader of the stored JSON compute the same bytes.
 */
export function hashedText(previousHash: string | null, content: HashedContent): string {
  return canonicalJsonText({
    algorithm: hashChainAlgorithm,
    previousHash,
    id: content.id,
    type: content.type,
    schemaVersion: content.schemaVersion,
    data: content.data,
    streamId: content.streamId,
    revision: content.revision,
    recordedAt: content.recordedAt,
    occurredAt: content.occurredAt,
    actor: content.actor,
    commandId: content.commandId,
    correlationId: content.correlationId,
    // As given, not defaulted: a stored null and a missing field hash differently.
    causationId: content.causationId,
    reason: content.reason,
  });
}

/**
 * What `JSON.stringify` writes for a value, with object keys sorted at every level, in one pass:
 * `toJSON` is honoured, undefined and functions are left out of objects and are null in arrays,
 * non-finite numbers are null.
 */
export function canonicalJsonText(value: unknown): string {
  const json =
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
      ? (value as { toJSON: () => unknown }).toJSON()
      : value;
  if (json === null || typeof json !== 'object') {
    const text = JSON.stringify(json) as string | undefined;
    return text ?? 'null';
  }
  if (Array.isArray(json)) return `[${json.map(canonicalJsonText).join(',')}]`;
  const fields: string[] = [];
  for (const key of Object.keys(json).sort()) {
    const item = (json as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    fields.push(`${JSON.stringify(key)}:${canonicalJsonText(item)}`);
  }
  return `{${fields.join(',')}}`;
}

/** The hash linking `content` to the event before it in its stream. */
export function eventHash(previousHash: string | null, content: HashedContent): string {
  return sha256Hex(hashedText(previousHash, content));
}

/** Links a batch of new events, in order, to the stream's current last hash. */
export function chainNewEvents(
  previousHash: string | null,
  streamId: string,
  firstRevision: number,
  recordedAt: string,
  events: readonly NewEvent[],
): EventIntegrity[] {
  const links: EventIntegrity[] = [];
  let previous = previousHash;
  events.forEach((event, index) => {
    const hash = eventHash(previous, {
      ...event.metadata,
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      streamId,
      revision: firstRevision + index,
      recordedAt,
    });
    links.push({ previousHash: previous, hash });
    previous = hash;
  });
  return links;
}

/** Reads the link stored in an event's metadata, or null when it has none or it is malformed. */
export function integrityOf(metadata: unknown): EventIntegrity | null {
  if (metadata === null || typeof metadata !== 'object') return null;
  const link = (metadata as { integrity?: unknown }).integrity;
  if (link === null || typeof link !== 'object') return null;
  const { previousHash, hash } = link as Record<string, unknown>;
  if (typeof hash !== 'string') return null;
  if (previousHash !== null && typeof previousHash !== 'string') return null;
  return { previousHash, hash };
}
