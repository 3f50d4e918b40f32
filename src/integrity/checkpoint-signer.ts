import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { canonicalJson } from '../../projections/shared/canonical-json.js';
import type { IntegrityCheckpoint } from '../domain/events/integrity.js';
import { persistedKeyPair } from '../keys/persisted-key-pair.js';

export type PublicKeyJwk = IntegrityCheckpoint['signature']['publicKey'];

/** Signs checkpoints with one Ed25519 key. */
export interface CheckpointSigner {
  readonly keyId: string;
  readonly publicKey: PublicKeyJwk;
  sign(statement: string): string;
}

/** Where the signing key comes from: configured (PEM, PKCS#8) or a development key kept in a file. */
export type SigningKeySource =
  | { readonly kind: 'configured'; readonly pem: string }
  | { readonly kind: 'development'; readonly file: string | null };

/** RFC 7638 thumbprint of an Ed25519 public JWK (base64url SHA-256 of its required members). */
export function keyIdOf(jwk: PublicKeyJwk): string {
  const members = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(members).digest('base64url');
}

function publicJwkOf(key: KeyObject): PublicKeyJwk {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    throw new Error('the integrity signing key is not an Ed25519 key');
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

function generated() {
  return generateKeyPairSync('ed25519');
}

/** The signer for a key source; throws with the setting's name when the key is unusable. */
export function checkpointSigner(source: SigningKeySource): CheckpointSigner {
  let privateKey: KeyObject;
  if (source.kind === 'configured') {
    try {
      privateKey = createPrivateKey(source.pem);
    } catch {
      throw new Error('CARETRAIL_INTEGRITY_SIGNING_KEY: not a PEM private key');
    }
    if (privateKey.asymmetricKeyType !== 'ed25519')
      throw new Error('CARETRAIL_INTEGRITY_SIGNING_KEY: expected an Ed25519 key');
  } else {
    privateKey = (source.file === null ? generated() : persistedKeyPair(source.file, generated))
      .privateKey;
  }
  const publicKey = publicJwkOf(createPublicKey(privateKey));
  return {
    keyId: keyIdOf(publicKey),
    publicKey,
    sign: (statement) =>
      sign(null, Buffer.from(statement, 'utf8'), privateKey).toString('base64url'),
  };
}

/** The signed statement of a checkpoint: canonical JSON of every field but the signature. */
export function checkpointStatement(checkpoint: Omit<IntegrityCheckpoint, 'signature'>): string {
  const { signature: _signature, ...statement } = checkpoint as IntegrityCheckpoint;
  return canonicalJson(statement);
}

/** The digest the next checkpoint links to: SHA-256 (hex) of this one's signed statement. */
export function checkpointDigest(checkpoint: IntegrityCheckpoint): string {
  return createHash('sha256').update(checkpointStatement(checkpoint), 'utf8').digest('hex');
}

/** Whether the checkpoint's signature is valid under its own public key, and that key's id matches. */
export function signatureHolds(checkpoint: IntegrityCheckpoint): boolean {
  const { publicKey, keyId, value } = checkpoint.signature;
  if (keyIdOf(publicKey) !== keyId) return false;
  try {
    const key = createPublicKey({ key: publicKey, format: 'jwk' });
    return verify(
      null,
      Buffer.from(checkpointStatement(checkpoint), 'utf8'),
      key,
      Buffer.from(value, 'base64url'),
    );
  } catch {
    return false;
  }
}
