import { careTeamRoleSchema } from '../value-sets.js';
import { isoDateTimeSchema, shortTextSchema } from '../values.js';
import { caseCommand } from './command-base.js';

/** `from` defaults to when the command happened. */
export const assignCareTeamMemberSchema = caseCommand('AssignCareTeamMember', {
  memberId: shortTextSchema,
  name: shortTextSchema.optional(),
  role: careTeamRoleSchema,
  from: isoDateTimeSchema.optional(),
});

/** `until` defaults to when the command happened. */
export const releaseCareTeamMemberSchema = caseCommand('ReleaseCareTeamMember', {
  memberId: shortTextSchema,
  until: isoDateTimeSchema.optional(),
});
