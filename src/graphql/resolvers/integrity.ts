import { readsAccessLog } from '../../access/access-policy.js';
import { ForbiddenError } from '../../access/forbidden-error.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { uuidSchema } from '../../domain/values.js';
import { exportEvidenceBundle } from '../../integrity/evidence-bundle.js';
import { verifyStream } from '../../integrity/verify-integrity.js';
import type { ApiContext } from '../context.js';
import { mapped } from '../error-mapping.js';
import type { Resolvers } from '../generated/resolver-types.js';
import { loaders } from '../loaders.js';

const streamPattern = /^(patient|case|access)-(.+)$/;

/**
 * Checks the caller may audit this stream and passes its patient data read through the loaders,
 * so the read is in the patient's access log like any other.
 */
async function auditedStream(streamId: string, context: ApiContext): Promise<void> {
  if (!readsAccessLog(context.actor.role))
    throw new ForbiddenError('only auditors verify tamper evidence');
  if (streamId === 'integrity-checkpoints') return;
  const [, kind, id] = streamPattern.exec(streamId) ?? [];
  if (kind === undefined || !uuidSchema.safeParse(id).success)
    throw new ValidationError('not a caretrail stream id', [
      {
        path: ['streamId'],
        message: 'expected patient-<uuid>, case-<uuid>, access-<uuid> or integrity-checkpoints',
      },
    ]);
  const known =
    kind === 'case'
      ? (await loaders(context).caseById.load(id!)) !== null
      : await loaders(context).patientKnown.load(id!);
  if (!known) throw new NotFoundError(`no stream ${streamId}`);
}

/** Tamper evidence for auditors: one stream verified, or bundled for offline verification. */
export const integrityResolvers: Resolvers = {
  Query: {
    verifyIntegrity: (_, args, context: ApiContext) =>
      mapped(async () => {
        await auditedStream(args.streamId, context);
        return verifyStream(context.services.store, args.streamId, {
          trustedKeyIds: context.services.integrity.trustedKeyIds,
        });
      }),
    integrityEvidence: (_, args, context: ApiContext) =>
      mapped(async () => {
        await auditedStream(args.streamId, context);
        return exportEvidenceBundle(
          context.services.store,
          args.streamId,
          context.services.clock(),
        );
      }),
  },
};
