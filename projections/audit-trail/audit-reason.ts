import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import type { Reason } from '../../src/domain/values.js';

/** Why: the envelope's reason, else the reason (or rationale) the event's own data states. */
export function reasonOf(event: CaretrailEvent, envelope: Reason | null): Reason | null {
  if (envelope) return envelope;
  if (event.type === 'DischargeDecisionMade') return event.data.rationale;
  const data: Readonly<Record<string, unknown>> = event.data;
  const reason = data['reason'];
  if (reason !== null && typeof reason === 'object') {
    const { text, code } = reason as Record<string, unknown>;
    if (typeof text === 'string') return typeof code === 'string' ? { text, code } : { text };
  }
  return null;
}
