import {
  createPrivateKey,
  createPublicKey,
  type JsonWebKey as PrivateJwk,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/**
 * The development key pair kept in `keyFile` as a private JWK: created by `generate` on first
 * use, readable by the owner only, so what it signed stays verifiable across restarts.
 */
export function persistedKeyPair(keyFile: string, generate: () => KeyPair): KeyPair {
  if (existsSync(keyFile)) {
    const privateKey = createPrivateKey({
      key: JSON.parse(readFileSync(keyFile, 'utf8')) as PrivateJwk,
      format: 'jwk',
    });
    return { privateKey, publicKey: createPublicKey(privateKey) };
  }
  const pair = generate();
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, JSON.stringify(pair.privateKey.export({ format: 'jwk' })), {
    mode: 0o600,
  });
  chmodSync(keyFile, 0o600);
  return pair;
}
