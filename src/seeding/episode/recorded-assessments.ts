import type { Actor } from '../../domain/values.js';
import {
  barthelItems,
  type ItemScore,
  laceItems,
  likertItems,
  morseItems,
  sumOf,
} from '../assessments.js';
import { eventOf, type JourneyPart } from '../journey-writer.js';
import { asClinician } from './actors.js';
import type { EpisodeState } from './episode-state.js';
import type { Scored } from './episode-types.js';

/** The morning's drift in function and mood, and the reassessments due that day. */
export function* morningAssessments(ep: EpisodeState, day: number): JourneyPart {
  const { random } = ep;
  ep.barthelLevel = Math.min(1, ep.barthelLevel + random.normal(0.045, 0.02, 0, 0.1));
  ep.phqLevel = Math.max(0, ep.phqLevel - random.normal(0.9, 0.5, 0, 2));
  ep.gadLevel = Math.max(0, ep.gadLevel - random.normal(0.7, 0.4, 0, 2));
  if (day % 2 === 0) {
    yield* recordMorse(ep, day);
    ep.barthel = yield* recordBarthel(ep, `Day ${day} reassessment`);
  }
  if (ep.input.program.screensMood && day === 4) {
    ep.phq = yield* recordLikert(ep, 'PHQ-9', ep.phqLevel, 'Mid-stay reassessment');
    yield* recordLikert(ep, 'GAD-7', ep.gadLevel, 'Mid-stay reassessment');
  }
}

function* assessment(
  ep: EpisodeState,
  instrument: { code: 'PHQ-9' | 'GAD-7' | 'LACE' | 'Morse' | 'Barthel' },
  items: ItemScore[],
  notes: string,
  actor: Actor,
): JourneyPart<Scored> {
  // Half the time the total is stated, half the time the decider sums the items.
  const total = ep.random.chance(0.5) ? sumOf(items) : undefined;
  const outcome = yield ep.w.command(
    { type: 'RecordAssessment', caseId: ep.caseId, instrument, items, total, notes },
    actor,
    { mayBeLate: true },
  );
  const recorded = eventOf(outcome, 'AssessmentRecorded');
  return {
    eventId: recorded.id,
    assessmentId: recorded.data.assessmentId,
    total: recorded.data.total,
  };
}

/** LACE readmission risk, charted by the case manager. */
export function recordLace(
  ep: EpisodeState,
  lengthOfStayDays: number,
  notes: string,
): JourneyPart<Scored> {
  return assessment(
    ep,
    { code: 'LACE' },
    laceItems(lengthOfStayDays, ep.acute, ep.comorbidity, ep.edVisits),
    notes,
    ep.cm,
  );
}

/** Morse fall risk from what the day shows (IV access, confusion, mobility). */
export function recordMorse(ep: EpisodeState, day: number): JourneyPart<Scored> {
  const observed = {
    fellBefore: ep.fellBefore,
    secondaryDiagnosis: ep.comorbidity > 0,
    onIv:
      day < 3 ||
      day === ep.worseningDay ||
      (ep.icuDay >= 0 && day >= ep.icuDay && day <= ep.icuDay + ep.icuDays),
    confused: ep.confused && day < 4,
    mobility: ep.barthelLevel,
  };
  return assessment(
    ep,
    { code: 'Morse' },
    morseItems(ep.random, observed),
    'Fall risk reassessment',
    ep.bedside,
  );
}

/** Barthel function at the current level. */
export function recordBarthel(ep: EpisodeState, notes: string): JourneyPart<Scored> {
  return assessment(
    ep,
    { code: 'Barthel' },
    barthelItems(ep.random, ep.barthelLevel),
    notes,
    ep.bedside,
  );
}

/** A PHQ-9 or GAD-7 screen at the current level. */
export function recordLikert(
  ep: EpisodeState,
  code: 'PHQ-9' | 'GAD-7',
  level: number,
  notes: string,
): JourneyPart<Scored> {
  return assessment(
    ep,
    { code },
    likertItems(ep.random, code, level),
    notes,
    ep.random.chance(0.5) ? asClinician(ep.physician) : ep.cm,
  );
}

/** A risk tier from LACE and Barthel, raised one step after a worsening. */
export function* stratify(
  ep: EpisodeState,
  assessmentIds: string[],
  note: string | undefined,
  raise = false,
): JourneyPart {
  const lace = ep.lace?.total ?? 0;
  const tiers = ['low', 'moderate', 'high', 'very-high'] as const;
  let tier = lace >= 14 ? 3 : lace >= 10 ? 2 : lace >= 5 ? 1 : 0;
  if ((ep.barthel?.total ?? 100) < 40) tier = Math.max(tier, 2);
  if (raise) tier = Math.min(3, tier + 1);
  yield ep.w.command(
    {
      type: 'StratifyRisk',
      caseId: ep.caseId,
      tier: tiers[tier]!,
      basis: `LACE ${lace}, Barthel ${ep.barthel?.total ?? 'n/a'}${ep.phq ? `, PHQ-9 ${ep.phq.total}` : ''}${note ? `; ${note}` : ''}`,
      assessmentIds,
    },
    ep.cm,
  );
}
