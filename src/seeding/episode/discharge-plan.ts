import { DAY, isoDate, type JourneyPart } from '../journey-writer.js';
import { avoidableCauses } from './avoidable-causes.js';
import type { EpisodeState } from './episode-state.js';

/** The discharge plan at a stage: options, services and follow-ups arranged once past the initial one. */
export function* updateDischargePlan(
  ep: EpisodeState,
  stage: 'initial' | 'mid-stay' | 'delayed' | 'final',
): JourneyPart {
  const { input, random, w } = ep;
  const expected =
    stage === 'delayed' || stage === 'final'
      ? w.now + (stage === 'final' ? 0 : (ep.delay?.days ?? 1)) * DAY
      : input.admittedAt + ep.losDays * DAY;
  const goingHome = ['home', 'alt-home'].includes(ep.plannedDisposition);
  const firstFollowUp = {
    with: 'Primary care (Synthetic Community Clinic)',
    date: isoDate(expected + random.int(3, 7) * DAY),
    purpose: 'Post-discharge visit',
  };
  const specialist =
    input.program.code === 'heart-failure'
      ? {
          with: 'Heart failure clinic',
          date: isoDate(expected + 7 * DAY),
          purpose: 'Volume status and medication titration',
        }
      : input.program.code === 'behavioral-health'
        ? {
            with: 'Outpatient psychiatry',
            date: isoDate(expected + 5 * DAY),
            purpose: 'Medication management',
          }
        : undefined;
  const barriers =
    stage === 'final'
      ? []
      : [
          ...(ep.problems.some((p) => p.template.category === 'psychosocial')
            ? ['No caregiver confirmed for the first week']
            : []),
          ...(ep.problems.some((p) => p.template.category === 'care-access')
            ? ['No transport to follow-up appointments']
            : []),
          ...(ep.delay && stage !== 'initial' ? [avoidableCauses[ep.delay.cause].text] : []),
        ];
  yield w.command(
    {
      type: 'UpdateDischargePlan',
      caseId: ep.caseId,
      expectedDate: isoDate(expected),
      plannedDisposition: ep.plannedDisposition,
      servicesArranged:
        stage === 'initial'
          ? []
          : goingHome
            ? [
                {
                  service: 'Home health skilled nursing',
                  provider: 'Synthetic Home Health Agency',
                  startDate: isoDate(expected + DAY),
                },
              ]
            : [
                {
                  service: `${ep.plannedDisposition.toUpperCase()} placement`,
                  provider: 'Synthetic Post-Acute Care Center',
                  startDate: isoDate(expected),
                },
              ],
      followUps:
        stage === 'initial' ? [] : specialist ? [firstFollowUp, specialist] : [firstFollowUp],
      barriers,
      caregiver: ep.team.has(input.familyCaregiverId)
        ? { relationship: 'daughter', confirmed: stage === 'final' }
        : undefined,
      patientChoice: {
        optionsOffered: stage !== 'initial',
        choice:
          stage === 'initial'
            ? undefined
            : goingHome
              ? 'Home with home health'
              : 'Synthetic Post-Acute Care Center',
      },
    },
    ep.cm,
  );
}
