import { z } from 'zod';
import { isoDateTimeSchema } from '../values.js';

/** The most events one checkpoint covers, so a checkpoint stays a small event. */
export const maxEventsPerCheckpoint = 2_000;

const hexDigestSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest in hex');
const storeTextSchema = z.string().min(1).max(1_000);

/**
 * A signed checkpoint over the whole store: the Merkle root of the hash-chain hashes of every
 * event recorded after the previous checkpoint (in global order, up to `through`), the last
 * link of every stream those events belong to, and a digest of the previous checkpoint, so the
 * checkpoints form a signed chain covering every event. Signed with the configured Ed25519 key
 * over the canonical JSON of every field but `signature`.
 */
export const integrityCheckpointRecordedSchema = z
  .object({
    sequence: z.number().int().min(1),
    merkleAlgorithm: z.literal('rfc6962-sha256'),
    hashChainAlgorithm: storeTextSchema,
    previousCheckpointDigest: hexDigestSchema.nullable(),
    /** The position the range starts after (exclusive); null from the start of the store. */
    after: storeTextSchema.nullable(),
    /** The position of the range's last event (inclusive). */
    through: storeTextSchema,
    eventCount: z.number().int().min(1).max(maxEventsPerCheckpoint),
    merkleRoot: hexDigestSchema,
    /** Each stream's last event within the range, by stream id. */
    streamHeads: z
      .array(
        z
          .object({
            streamId: storeTextSchema,
            revision: z.number().int().min(0),
            hash: hexDigestSchema,
          })
          .strict(),
      )
      .max(maxEventsPerCheckpoint),
    signedAt: isoDateTimeSchema,
    signature: z
      .object({
        algorithm: z.literal('Ed25519'),
        /** RFC 7638 thumbprint of the public key. */
        keyId: storeTextSchema,
        /** The public key as a JWK, for convenience: trust it only if its keyId is one you hold. */
        publicKey: z
          .object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: storeTextSchema })
          .strict(),
        value: storeTextSchema,
      })
      .strict(),
  })
  .strict();

export type IntegrityCheckpoint = z.output<typeof integrityCheckpointRecordedSchema>;
