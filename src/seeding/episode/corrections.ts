import type { JourneyPart } from '../journey-writer.js';
import { reason } from './actors.js';
import { contact } from './contacts.js';
import type { EpisodeState } from './episode-state.js';

/** Corrects the channel of the last contact, charted wrongly. */
export function* correctLastContact(ep: EpisodeState): JourneyPart {
  if (ep.lastContactEventId === undefined) return;
  ep.w.wait(60, 240);
  yield ep.w.command(
    {
      type: 'CorrectEntry',
      caseId: ep.caseId,
      targetEventId: ep.lastContactEventId,
      correctedData: { channel: 'video' },
      reason: reason('The contact was by video, not as first charted', 'documentation-error'),
    },
    ep.cm,
  );
}

/** A contact charted twice, the copy marked in error. */
export function* duplicateAndMarkInError(ep: EpisodeState): JourneyPart {
  const { w } = ep;
  yield* contact(
    ep,
    'physician',
    'message',
    true,
    'coordination',
    'Sent the attending the updated discharge checklist',
  );
  const duplicate = ep.lastContactEventId!;
  yield* contact(
    ep,
    'physician',
    'message',
    true,
    'coordination',
    'Sent the attending the updated discharge checklist',
  );
  const copy = ep.lastContactEventId!;
  w.wait(30, 180);
  yield w.command(
    {
      type: 'MarkEntryInError',
      caseId: ep.caseId,
      targetEventId: copy,
      reason: reason('Duplicate entry: the same contact was charted twice', 'duplicate'),
    },
    ep.cm,
  );
  // Later corrections must target the entry that stands, not the one now in error.
  ep.lastContactEventId = duplicate;
}

/** An audit after closure corrects the summary of the last contact. */
export function* correctAfterClosure(ep: EpisodeState): JourneyPart {
  if (ep.input.rare.correctionAfterClosure && ep.lastContactEventId !== undefined) {
    ep.w.wait(24 * 60, 5 * 24 * 60);
    yield ep.w.command(
      {
        type: 'CorrectEntry',
        caseId: ep.caseId,
        targetEventId: ep.lastContactEventId,
        correctedData: {
          summary:
            'Post-discharge call: spoke with the patient and the daughter; appointments confirmed',
        },
        reason: reason(
          'Audit found the summary left out that the daughter joined the call',
          'documentation-error',
        ),
      },
      ep.cm,
    );
  }
}
