import { UndecodableEventError } from './errors.js';
import type { EventDecoder, RecordedEvent } from './port.js';

/** Leaves stored events as they are: for stores used without the domain's codec. */
export const identityDecoder: EventDecoder = (raw) => raw;

/** Runs the decoder and reports any failure with the event's place, so nothing is dropped silently. */
export function decodeOrReport(decode: EventDecoder, raw: RecordedEvent): RecordedEvent {
  try {
    return decode(raw);
  } catch (error) {
    if (error instanceof UndecodableEventError) throw error;
    throw new UndecodableEventError(
      raw.streamId,
      raw.revision,
      raw.position,
      raw.type,
      error instanceof Error ? error.message : 'unknown decoding failure',
    );
  }
}
