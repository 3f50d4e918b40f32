import type { InterventionTemplate } from '../clinical-content.js';
import { DAY, eventOf, isoDate, type JourneyPart } from '../journey-writer.js';
import type { EpisodeState } from './episode-state.js';
import type { Intervention, InterventionStatus } from './episode-types.js';

/** Plans an intervention for goals, with a performer from the team when there is one. */
export function* planIntervention(
  ep: EpisodeState,
  template: InterventionTemplate,
  goalIds: string[],
): JourneyPart {
  const { w, input, random } = ep;
  const member = ep.members.get(template.performerRole);
  const performer = member
    ? { userId: member.userId, name: member.name, role: template.performerRole }
    : template.kind === 'follow-up'
      ? { role: template.performerRole, organization: 'Synthetic Community Clinic' }
      : { role: template.performerRole };
  const due =
    template.kind === 'follow-up'
      ? input.admittedAt + (ep.losDays + random.int(5, 7)) * DAY
      : w.now + random.int(1, Math.max(1, ep.losDays - 1)) * DAY;
  const outcome = yield w.command(
    {
      type: 'PlanIntervention',
      caseId: ep.caseId,
      kind: template.kind,
      description: template.description,
      performer,
      due: isoDate(due),
      goalIds,
    },
    ep.cm,
  );
  ep.interventions.push({
    interventionId: eventOf(outcome, 'InterventionPlanned').data.interventionId,
    template,
    status: 'scheduled',
  });
}

/** Moves an intervention to a new status, with the outcome that status implies. */
export function* moveIntervention(
  ep: EpisodeState,
  intervention: Intervention,
  to: InterventionStatus,
): JourneyPart {
  const outcomes: Partial<Record<InterventionStatus, string>> = {
    completed: 'Done as planned',
    cancelled: 'Not needed any more: the patient declined',
    stopped: 'Stopped: the patient was transferred before it could finish',
  };
  yield ep.w.command(
    {
      type: 'UpdateInterventionStatus',
      caseId: ep.caseId,
      interventionId: intervention.interventionId,
      to,
      outcome: outcomes[to],
    },
    ep.cm,
  );
  intervention.status = to;
}
