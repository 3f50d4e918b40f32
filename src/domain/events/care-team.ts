import { z } from 'zod';
import { careTeamRoleSchema } from '../value-sets.js';
import { isoDateTimeSchema, shortTextSchema } from '../values.js';

/** memberId is the member's caretrail userId: membership drives access control. */
export const careTeamMemberAssignedSchema = z
  .object({
    memberId: shortTextSchema,
    name: shortTextSchema.optional(),
    role: careTeamRoleSchema,
    from: isoDateTimeSchema,
  })
  .strict();

export const careTeamMemberReleasedSchema = z
  .object({
    memberId: shortTextSchema,
    until: isoDateTimeSchema,
  })
  .strict();
