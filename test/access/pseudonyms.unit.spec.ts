import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Pseudonyms } from '../../src/access/pseudonyms.js';

describe('pseudonyms of staff and of the key', () => {
  it('give a staff member one stable pseudonym per key, different under another key', () => {
    const secret = randomBytes(32);
    const one = new Pseudonyms(secret);
    const again = new Pseudonyms(Buffer.from(secret));
    const other = new Pseudonyms(randomBytes(32));

    expect(one.ofUser('synthetic-cm-1')).toMatch(/^us_[A-Za-z0-9_-]{22}$/);
    expect(again.ofUser('synthetic-cm-1')).toBe(one.ofUser('synthetic-cm-1'));
    expect(one.ofUser('synthetic-cm-2')).not.toBe(one.ofUser('synthetic-cm-1'));
    expect(other.ofUser('synthetic-cm-1')).not.toBe(one.ofUser('synthetic-cm-1'));
  });

  it('name the key by an id that is stable and does not contain it', () => {
    const secret = randomBytes(32);
    const pseudonyms = new Pseudonyms(secret);

    expect(pseudonyms.keyId).toMatch(/^pk_[A-Za-z0-9_-]{16}$/);
    expect(new Pseudonyms(Buffer.from(secret)).keyId).toBe(pseudonyms.keyId);
    expect(new Pseudonyms(randomBytes(32)).keyId).not.toBe(pseudonyms.keyId);
    for (const encoding of ['base64', 'base64url', 'hex'] as const)
      expect(secret.toString(encoding)).not.toContain(pseudonyms.keyId.slice(3));
  });
});
