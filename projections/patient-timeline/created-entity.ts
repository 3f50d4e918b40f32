import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';

/** The id of what an entry creates and later entries refer to by id, if a summary names it. */
export function createdEntityId(event: CaretrailEvent): string | undefined {
  if (event.type === 'CarePlanDrafted') return event.data.carePlanId;
  if (event.type === 'GoalSet') return event.data.goalId;
  if (event.type === 'ProblemIdentified') return event.data.problemId;
  if (event.type === 'InterventionPlanned') return event.data.interventionId;
  if (event.type === 'HandoffInitiated') return event.data.handoffId;
  return undefined;
}
