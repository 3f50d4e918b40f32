import type { CareTeamRole } from '../../domain/value-sets.js';
import type { JourneyPart } from '../journey-writer.js';
import type { StaffMember } from '../synthetic-people.js';
import type { EpisodeState } from './episode-state.js';

/** Assigns a member once; the first member of each role performs that role's interventions. */
export function* assign(ep: EpisodeState, member: StaffMember, role: CareTeamRole): JourneyPart {
  if (ep.team.has(member.userId)) return;
  yield ep.w.command(
    {
      type: 'AssignCareTeamMember',
      caseId: ep.caseId,
      memberId: member.userId,
      name: member.name,
      role,
    },
    ep.cm,
  );
  ep.team.set(member.userId, role);
  if (!ep.members.has(role)) ep.members.set(role, member);
}

/** Releases a member from the care team. */
export function* release(ep: EpisodeState, memberId: string): JourneyPart {
  yield ep.w.command({ type: 'ReleaseCareTeamMember', caseId: ep.caseId, memberId }, ep.cm);
  ep.team.delete(memberId);
}
