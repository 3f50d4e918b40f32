import type { z } from 'zod';
import type { EventDecoder, RecordedEvent } from '../../event-store/port.js';
import { UndecodableEventError } from '../../event-store/errors.js';
import {
  storedEventCatalogue,
  upcasters,
  type AccessEvent,
  type CaretrailEvent,
  type EventCatalogue,
  type Upcasters,
} from './catalogue.js';

/** What a writer stores of a domain event: its type, current schema version and validated data. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** Decodes stored events and encodes new ones against one catalogue and its upcasters. */
export interface EventCodec {
  readonly decode: EventDecoder;
  readonly encode: (event: { readonly type: string; readonly data: unknown }) => EncodedEvent;
}

/** Names the failing fields and rules only: stored data may be PHI and never enters an error. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}

/** Builds a codec; the app uses the default catalogue, tests may register other versions. */
export function createEventCodec(catalogue: EventCatalogue, registry: Upcasters): EventCodec {
  const entryOf = (type: string) => (Object.hasOwn(catalogue, type) ? catalogue[type] : undefined);

  const decode: EventDecoder = (raw: RecordedEvent): RecordedEvent => {
    const fail = (detail: string): never => {
      throw new UndecodableEventError(raw.streamId, raw.revision, raw.position, raw.type, detail);
    };
    const entry = entryOf(raw.type) ?? fail('unknown event type');
    const stored = raw.schemaVersion;
    if (!Number.isInteger(stored) || stored < 1) fail(`invalid schema version ${String(stored)}`);
    if (stored > entry.schemaVersion)
      fail(`schema version ${stored} is newer than known version ${entry.schemaVersion}`);
    let data = raw.data;
    for (let version = stored; version < entry.schemaVersion; version++) {
      const upcast =
        (Object.hasOwn(registry, raw.type) ? registry[raw.type]?.[version] : undefined) ??
        fail(`no upcaster from version ${version}`);
      try {
        data = upcast(data);
      } catch {
        fail(`upcaster from version ${version} failed`);
      }
    }
    const parsed = entry.schema.safeParse(data);
    if (!parsed.success)
      fail(
        `data does not match schema version ${entry.schemaVersion}: ${describeIssues(parsed.error.issues)}`,
      );
    return { ...raw, schemaVersion: entry.schemaVersion, data: parsed.data };
  };

  const encode = (event: { readonly type: string; readonly data: unknown }): EncodedEvent => {
    const entry = entryOf(event.type);
    if (!entry) throw new TypeError(`unknown event type ${event.type}`);
    const parsed = entry.schema.safeParse(event.data);
    // A decider emitted data its own schema refuses: a programming error, never user input.
    if (!parsed.success)
      throw new TypeError(
        `${event.type} does not match its schema: ${describeIssues(parsed.error.issues)}`,
      );
    return { type: event.type, schemaVersion: entry.schemaVersion, data: parsed.data };
  };

  return { decode, encode };
}

const defaultCodec = createEventCodec(storedEventCatalogue, upcasters);

/** Decodes a stored event of caretrail's catalogue: upcast, validate, or throw UndecodableEventError. */
export const decodeEvent: EventDecoder = defaultCodec.decode;

/** Encodes a domain event for appending: its current schemaVersion and validated data. */
export function encodeEvent(event: CaretrailEvent | AccessEvent): EncodedEvent {
  return defaultCodec.encode(event);
}
