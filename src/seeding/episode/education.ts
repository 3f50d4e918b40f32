import type { JourneyPart } from '../journey-writer.js';
import { asClinician } from './actors.js';
import type { EpisodeState } from './episode-state.js';

/** Education with teach-back; an incomplete teach-back is re-taught on a later day. */
export function* educate(ep: EpisodeState, topicIndex: number, again = false): JourneyPart {
  const { random, input } = ep;
  ep.reteach = false;
  const topics = input.program.educationTopics;
  const teachBack = again
    ? random.choose({ understood: 80, partial: 20 })
    : random.choose({ understood: 62, partial: 24, 'not-understood': 10, 'not-assessed': 4 });
  yield ep.w.command(
    {
      type: 'RecordEducation',
      caseId: ep.caseId,
      topic: topics[topicIndex % topics.length]!,
      recipient: random.choose({ patient: 65, family: 15, caregiver: 20 }),
      method: again
        ? 'demonstration'
        : random.choose({
            verbal: 40,
            written: 25,
            demonstration: 20,
            video: 7,
            'interpreter-assisted': 8,
          }),
      teachBack,
      notes: again ? 'Re-taught with a demonstration after an incomplete teach-back' : undefined,
    },
    random.chance(0.6) ? asClinician(ep.nurse) : ep.cm,
    { mayBeLate: true },
  );
  if (teachBack === 'not-understood' || teachBack === 'partial') ep.reteach = true;
}
