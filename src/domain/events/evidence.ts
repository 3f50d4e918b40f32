import { z } from 'zod';
import { listOf } from '../schema-helpers.js';
import { uuidSchema } from '../values.js';

/**
 * One piece of evidence a decision rests on, pinned to the stream revision it was recorded at and
 * to the latest correction of it known when the decision was made. Revisions are null only on
 * decisions recorded before pinning existed (upcast from version 1): never guessed.
 */
export const pinnedEvidenceSchema = z
  .object({
    eventId: uuidSchema,
    revision: z.number().int().min(0).nullable(),
    correctionRevision: z.number().int().min(0).nullable(),
  })
  .strict();

export type PinnedEvidence = z.output<typeof pinnedEvidenceSchema>;

export const evidenceListSchema = listOf(pinnedEvidenceSchema);

/** Evidence named by id only, as version 1 of a decision stored it. */
export function unpinned(eventIds: readonly string[]): PinnedEvidence[] {
  return eventIds.map((eventId) => ({ eventId, revision: null, correctionRevision: null }));
}

function objectData(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new TypeError('expected an object');
  return data as Record<string, unknown>;
}

function idList(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string'))
    throw new TypeError('expected a list of event ids');
  return value;
}

/**
 * The upcaster from version 1 of a decision that named its evidence by id in `field` (or, with
 * null, named none) to version 2, which pins it: every item unpinned, as nothing else is known.
 */
export function evidenceUpcaster(field: string | null): (data: unknown) => unknown {
  return (data) => {
    const { ...rest } = objectData(data);
    const ids = field === null ? [] : idList(rest[field]);
    if (field !== null) delete rest[field];
    return { ...rest, evidence: unpinned(ids) };
  };
}

/** The event ids of a decision's evidence, in the order cited. */
export function evidenceIds(evidence: readonly PinnedEvidence[]): string[] {
  return evidence.map((item) => item.eventId);
}
