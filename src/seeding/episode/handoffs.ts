import type { CommandOf } from '../../domain/commands/index.js';
import { DAY, eventOf, isoDate, type JourneyPart } from '../journey-writer.js';
import { staff, type StaffMember } from '../synthetic-people.js';
import { asCaseManager, reason } from './actors.js';
import { assign, release } from './care-team.js';
import { contact } from './contacts.js';
import type { EpisodeState } from './episode-state.js';

/** The primary case manager hands the case over (I-PASS), sometimes after a first receiver declines. */
export function* handoff(ep: EpisodeState, day: number): JourneyPart {
  const { w, random } = ep;
  const sender = ep.primary;
  const candidates = staff.caseManagers.filter((member) => member.userId !== sender.userId);
  let receiver = random.pick(candidates);
  let outcome = yield w.command(initiateHandoff(ep, receiver, true, 'case-manager', day), ep.cm);
  w.wait(20, 180);
  if (ep.handoffDeclinedFirst) {
    yield w.command(
      {
        type: 'DeclineHandoff',
        caseId: ep.caseId,
        handoffId: eventOf(outcome, 'HandoffInitiated').data.handoffId,
        reason: reason(
          random.pick([
            'Caseload at capacity this week',
            'On leave from tomorrow',
            'Patient is outside my unit',
          ]),
          'receiver-unavailable',
        ),
      },
      asCaseManager(receiver),
    );
    w.wait(10, 90);
    receiver = random.pick(candidates.filter((member) => member.userId !== receiver.userId));
    outcome = yield w.command(initiateHandoff(ep, receiver, true, 'case-manager', day), ep.cm);
    w.wait(20, 180);
  }
  yield w.command(
    {
      type: 'AcceptHandoff',
      caseId: ep.caseId,
      handoffId: eventOf(outcome, 'HandoffInitiated').data.handoffId,
      synthesis: `Taking over as primary case manager: ${ep.problems.length} active problems, expected discharge ${isoDate(ep.input.admittedAt + ep.losDays * DAY)} to ${ep.plannedDisposition}; first action is to confirm the disposition with the family`,
    },
    asCaseManager(receiver),
  );
  ep.primary = receiver;
  ep.team.set(receiver.userId, 'case-manager');
  if (random.chance(0.6)) {
    w.wait(30, 240);
    yield* release(ep, sender.userId);
  }
}

/** Weekend cover: another case manager joins the team without becoming primary. */
export function* coverHandoff(ep: EpisodeState): JourneyPart {
  const { w, random } = ep;
  const cover = random.pick(
    staff.caseManagers.filter(
      (member) => member.userId !== ep.primary.userId && !ep.team.has(member.userId),
    ),
  );
  const outcome = yield w.command(initiateHandoff(ep, cover, false, 'team', ep.coverDay), ep.cm);
  w.wait(15, 120);
  yield w.command(
    {
      type: 'AcceptHandoff',
      caseId: ep.caseId,
      handoffId: eventOf(outcome, 'HandoffInitiated').data.handoffId,
      synthesis:
        'Covering over the weekend: will chase the payer decision and call the family with any change',
    },
    asCaseManager(cover),
  );
  yield* assign(ep, cover, 'case-manager');
  ep.coverMember = cover;
  w.wait(30, 180);
  yield* contact(
    ep,
    'family',
    'phone',
    true,
    'coordination',
    'Weekend cover: introduced myself and confirmed the plan',
    asCaseManager(cover),
  );
}

/** Releases the weekend cover, unless it has since become the primary. */
export function* releaseCover(ep: EpisodeState): JourneyPart {
  const cover = ep.coverMember;
  ep.coverMember = undefined;
  if (!cover || cover.userId === ep.primary.userId || !ep.team.has(cover.userId)) return;
  yield* release(ep, cover.userId);
}

function initiateHandoff(
  ep: EpisodeState,
  to: StaffMember,
  transfersPrimary: boolean,
  kind: 'case-manager' | 'team',
  day: number,
): CommandOf<'InitiateHandoff'> {
  const { input, w } = ep;
  const severity =
    ep.worsened || (ep.icuDay >= 0 && day >= ep.icuDay)
      ? 'unstable'
      : ep.lace && ep.lace.total >= 10
        ? 'watcher'
        : 'stable';
  const expected = isoDate(input.admittedAt + ep.losDays * DAY);
  return {
    type: 'InitiateHandoff',
    caseId: ep.caseId,
    kind,
    to: { userId: to.userId, name: to.name },
    transfersPrimary,
    ipass: {
      illnessSeverity: severity,
      patientSummary: `${input.identity.ageAtStart}-year-old in the ${input.program.code} programme, ${input.admissionType} admission, day ${day} of stay. Problems: ${ep.problems.map((p) => p.template.description).join('; ')}. Latest Barthel ${ep.barthel?.total ?? 'n/a'}, LACE ${ep.lace?.total ?? 'n/a'}.`,
      actionList: [
        {
          action: 'Confirm the discharge disposition with the patient and family',
          owner: to.userId,
          due: new Date(w.now + DAY).toISOString(),
        },
        {
          action: 'Follow the payer determination for the continued stay',
          owner: to.userId,
          due: new Date(w.now + 2 * DAY).toISOString(),
        },
        { action: 'Book the first follow-up appointment before discharge', owner: to.userId },
      ],
      situationAwareness: `Expected discharge ${expected} to ${ep.plannedDisposition}. ${ep.delay ? 'A placement delay is likely.' : 'No barrier to discharge known.'}`,
      contingency:
        'If the patient deteriorates, suspend the plan and call the attending; if the payer denies, request a peer-to-peer review the same day.',
    },
  };
}
