import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What a pseudonym stands for: each kind has its own key, so one id never maps alike in two. */
export type PseudonymKind = 'patient' | 'case';

const prefixes: Readonly<Record<PseudonymKind, string>> = { patient: 'pt_', case: 'cs_' };
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Stable pseudonyms for patient and case ids, shown to quality analysts instead of the ids: the
 * same id always gets the same pseudonym (so cases can be counted and followed), and only this
 * service, holding the key, can turn a pseudonym back into the id (so an analyst can drill down
 * through the API without ever seeing the id).
 *
 * A uuid is exactly one AES block, so a pseudonym is the id encrypted as one block under a key
 * derived per kind: a keyed permutation of ids, deterministic and reversible, revealing nothing
 * without the key. Ids that are not uuids are never pseudonymized (and so never shown).
 */
export class Pseudonyms {
  private readonly keys: Readonly<Record<PseudonymKind, Buffer>>;
  private readonly userKey: Buffer;
  /**
   * Names the key without revealing it (derived one way from it), so an export can say which key
   * its pseudonyms are under and two exports can be told to be joinable or not.
   */
  readonly keyId: string;

  constructor(secret: Buffer) {
    if (secret.length < 32) throw new Error('the pseudonym key must be at least 32 bytes');
    const derive = (purpose: string): Buffer =>
      Buffer.from(
        hkdfSync('sha256', secret, Buffer.alloc(0), `caretrail pseudonym ${purpose}`, 32),
      );
    this.keys = { patient: derive('patient'), case: derive('case') };
    this.userKey = derive('user');
    this.keyId = `pk_${derive('key id').subarray(0, 12).toString('base64url')}`;
  }

  /**
   * A staff member's pseudonym, e.g. `us_…`: stable, so work can be grouped by person, but one
   * way (an HMAC), since no one needs to drill down from it.
   */
  ofUser(userId: string): string {
    const mac = createHmac('sha256', this.userKey).update(userId, 'utf8').digest();
    return `us_${mac.subarray(0, 16).toString('base64url')}`;
  }

  /** The pseudonym of an id, e.g. `cs_3q2+…`; null for something that is not a uuid. */
  of(kind: PseudonymKind, id: string): string | null {
    if (!uuidPattern.test(id)) return null;
    const cipher = createCipheriv('aes-256-ecb', this.keys[kind], null).setAutoPadding(false);
    const block = Buffer.concat([cipher.update(uuidBytes(id)), cipher.final()]);
    return `${prefixes[kind]}${block.toString('base64url')}`;
  }

  /** The id behind a pseudonym of this kind, or null when it is not one. */
  reveal(kind: PseudonymKind, pseudonym: string): string | null {
    const prefix = prefixes[kind];
    if (!pseudonym.startsWith(prefix)) return null;
    const block = Buffer.from(pseudonym.slice(prefix.length), 'base64url');
    if (block.length !== 16 || block.toString('base64url') !== pseudonym.slice(prefix.length))
      return null;
    const decipher = createDecipheriv('aes-256-ecb', this.keys[kind], null).setAutoPadding(false);
    return uuidText(Buffer.concat([decipher.update(block), decipher.final()]));
  }

  /** A stream id with its owner's id pseudonymized: `case-<uuid>` → `case-cs_…`. */
  ofStream(streamId: string): string | null {
    const match = /^(patient|case)-(.+)$/.exec(streamId);
    if (!match) return null;
    const kind = match[1] as PseudonymKind;
    const pseudonym = this.of(kind, match[2]!);
    return pseudonym === null ? null : `${kind}-${pseudonym}`;
  }
}

/** The configured pseudonym key, or the development one kept in a file (created on first use). */
export function pseudonymsFor(
  key:
    | { readonly kind: 'configured'; readonly secret: Buffer }
    | { readonly kind: 'development'; readonly file: string },
): Pseudonyms {
  if (key.kind === 'configured') return new Pseudonyms(key.secret);
  if (!existsSync(key.file)) {
    mkdirSync(dirname(key.file), { recursive: true });
    writeFileSync(key.file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return new Pseudonyms(Buffer.from(readFileSync(key.file, 'utf8'), 'base64'));
}
