import { z } from 'zod';
import {
  goalAchievementStatusSchema,
  goalLifecycleStatusSchema,
  goalPrioritySchema,
} from '../value-sets.js';
import { listOf } from '../schema-helpers.js';
import { longTextSchema, uuidSchema } from '../values.js';
import { evidenceSchema } from '../events/assessment.js';
import { goalTargetSchema } from '../events/goals.js';
import { caseCommand } from './command-base.js';

/** A new goal is proposed unless the command says it is agreed (active) already. */
export const setGoalSchema = caseCommand('SetGoal', {
  description: longTextSchema,
  target: goalTargetSchema,
  priority: goalPrioritySchema,
  addresses: listOf(uuidSchema).optional(),
  lifecycleStatus: z.enum(['proposed', 'active']).optional(),
});

export const recordGoalProgressSchema = caseCommand('RecordGoalProgress', {
  goalId: uuidSchema,
  achievementStatus: goalAchievementStatusSchema,
  evidence: evidenceSchema,
});

export const changeGoalStatusSchema = caseCommand('ChangeGoalStatus', {
  goalId: uuidSchema,
  to: goalLifecycleStatusSchema,
});
