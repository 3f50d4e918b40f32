import type { DecisionContext } from '../decider.js';
import { InvalidTransitionError } from '../errors.js';
import type { CaseEvent } from '../events/catalogue.js';
import type { CommandOf } from '../commands/index.js';
import { scoreAssessment } from '../assessment/score-assessment.js';
import { requireEntity } from './case-guards.js';
import type { CaseState } from './case-state.js';

/** Records a scored assessment after checking it against its instrument. */
export function recordAssessment(
  command: CommandOf<'RecordAssessment'>,
  _state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const scored = scoreAssessment(command);
  return [
    {
      type: 'AssessmentRecorded',
      data: {
        assessmentId: context.newId(),
        instrument: command.instrument,
        ...scored,
        notes: command.notes,
      },
    },
  ];
}

/** Stratifies risk, resting on assessments of this case. */
export function stratifyRisk(
  command: CommandOf<'StratifyRisk'>,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const assessmentIds = command.assessmentIds ?? [];
  for (const id of assessmentIds) requireEntity(state.assessments, id, 'assessment');
  return [
    {
      type: 'RiskStratified',
      data: {
        stratificationId: context.newId(),
        tier: command.tier,
        basis: command.basis,
        assessmentIds,
      },
    },
  ];
}

export function identifyProblem(
  command: CommandOf<'IdentifyProblem'>,
  _state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  return [
    {
      type: 'ProblemIdentified',
      data: {
        problemId: context.newId(),
        description: command.description,
        category: command.category,
        code: command.code,
      },
    },
  ];
}

export function resolveProblem(
  command: CommandOf<'ResolveProblem'>,
  state: CaseState,
): CaseEvent[] {
  const problem = requireEntity(state.problems, command.problemId, 'problem');
  if (problem.status === 'resolved')
    throw new InvalidTransitionError('the problem is already resolved', 'problem-resolves-once');
  return [
    {
      type: 'ProblemResolved',
      data: { problemId: command.problemId, resolution: command.resolution },
    },
  ];
}
