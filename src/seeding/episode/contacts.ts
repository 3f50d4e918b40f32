import type { Actor } from '../../domain/values.js';
import { eventOf, type JourneyPart } from '../journey-writer.js';
import type { EpisodeState } from './episode-state.js';

/** Logs a contact and remembers it as the last one, which corrections target. */
export function* contact(
  ep: EpisodeState,
  party: 'patient' | 'family' | 'physician' | 'insurer' | 'facility',
  channel: 'phone' | 'in-person' | 'video' | 'message' | 'letter' | 'email',
  reached: boolean,
  purpose:
    | 'coordination'
    | 'advice-on-options'
    | 'emotional-support'
    | 'advocacy'
    | 'education'
    | 'follow-up',
  summary: string,
  actor: Actor = ep.cm,
): JourneyPart {
  const outcome = yield ep.w.command(
    {
      type: 'LogContact',
      caseId: ep.caseId,
      party,
      channel,
      direction: party === 'family' && ep.random.chance(0.2) ? 'inbound' : undefined,
      reached,
      purpose,
      summary: reached
        ? summary
        : `Attempted: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}; not reached`,
    },
    actor,
    { mayBeLate: true },
  );
  ep.lastContactEventId = eventOf(outcome, 'ContactLogged').id;
}

/** A call to the family, tried again later when no one answers. */
export function* familyContact(ep: EpisodeState, summary: string): JourneyPart {
  const reached = ep.random.chance(0.72);
  yield* contact(ep, 'family', 'phone', reached, 'coordination', summary);
  if (!reached) {
    ep.w.wait(60, 180);
    yield* contact(ep, 'family', 'phone', ep.random.chance(0.8), 'coordination', summary);
  }
}
