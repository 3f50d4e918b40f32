import { admissionDay } from './episode/admission-day.js';
import { afterDischarge } from './episode/after-discharge.js';
import { carePlanDay } from './episode/care-plan-day.js';
import { dischargeDay, notYetReady } from './episode/discharge-day.js';
import { EpisodeState } from './episode/episode-state.js';
import type { EpisodeInput, EpisodeResult } from './episode/episode-types.js';
import { routineDay } from './episode/routine-day.js';
import { recordAvoidableDay } from './episode/utilization-review.js';
import type { JourneyPart, JourneyWriter } from './journey-writer.js';

export { asCaseManager } from './episode/actors.js';
export type { EpisodeInput, EpisodeResult } from './episode/episode-types.js';

/** One case-management episode as a hospital case manager lives it, day by day, through the real command path. */
export class CaseEpisode {
  private readonly state: EpisodeState;

  constructor(w: JourneyWriter, input: EpisodeInput) {
    this.state = new EpisodeState(w, input);
  }

  /** The whole episode, from the case's opening to its closure. */
  *run(): JourneyPart<EpisodeResult> {
    const ep = this.state;
    yield* admissionDay(ep);
    yield* carePlanDay(ep);
    let day = 2;
    for (; day < ep.losDays; day += 1) yield* routineDay(ep, day);
    if (ep.delay) {
      yield* notYetReady(ep, day);
      for (let extra = 1; extra <= ep.delay.days; extra += 1) {
        day += 1;
        yield* routineDay(ep, day);
        yield* recordAvoidableDay(ep, day, ep.delay.cause);
      }
    }
    const dischargedAt = yield* dischargeDay(ep, day);
    const closedAt = yield* afterDischarge(ep, dischargedAt);
    return {
      dischargedAt,
      closedAt,
      laceAtDischarge: ep.lace?.total ?? 0,
      primary: ep.primary,
    };
  }
}
