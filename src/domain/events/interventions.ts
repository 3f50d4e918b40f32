import { z } from 'zod';
import {
  careTeamRoleSchema,
  interventionKindSchema,
  interventionStatusSchema,
} from '../value-sets.js';
import { listOf } from '../schema-helpers.js';
import { isoDateSchema, longTextSchema, shortTextSchema, uuidSchema } from '../values.js';

/** Who carries an intervention out: a caretrail user, an outside party, or a role. */
export const performerSchema = z
  .object({
    userId: shortTextSchema.optional(),
    name: shortTextSchema.optional(),
    role: careTeamRoleSchema.optional(),
    organization: shortTextSchema.optional(),
  })
  .strict();

export const interventionPlannedSchema = z
  .object({
    interventionId: uuidSchema,
    kind: interventionKindSchema,
    description: longTextSchema,
    performer: performerSchema,
    due: isoDateSchema.optional(),
    goalIds: listOf(uuidSchema),
  })
  .strict();

export const interventionStatusChangedSchema = z
  .object({
    interventionId: uuidSchema,
    from: interventionStatusSchema,
    to: interventionStatusSchema,
    outcome: longTextSchema.optional(),
  })
  .strict();
