import type { Extension } from './r4-types.js';

/** The extension that ties an exported resource back to the stored event it was made from. */
export const recordedEventExtensionUrl = 'urn:caretrail:fhir:extension:recorded-event';

/** Where an event sits in the event store; the revision is left out where it is not known. */
export interface StoredEventRef {
  readonly eventId: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly revision?: number;
  readonly commandId?: string;
  readonly correlationId?: string;
}

/** `recorded-event`: the caretrail event id, type, stream and revision (and command, request). */
export function recordedEventExtension(ref: StoredEventRef): Extension {
  const parts: Extension[] = [
    { url: 'eventId', valueString: ref.eventId },
    { url: 'eventType', valueCode: ref.eventType },
    { url: 'streamId', valueString: ref.streamId },
  ];
  if (ref.revision !== undefined) parts.push({ url: 'revision', valueUnsignedInt: ref.revision });
  if (ref.commandId !== undefined) parts.push({ url: 'commandId', valueString: ref.commandId });
  if (ref.correlationId !== undefined)
    parts.push({ url: 'correlationId', valueString: ref.correlationId });
  return { url: recordedEventExtensionUrl, extension: parts };
}
