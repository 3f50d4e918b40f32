import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  inclusionProof,
  leafHash,
  merkleRoot,
  verifyInclusion,
} from '../../src/integrity/merkle.js';

const sha256 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
/** Synthetic event hashes: the SHA-256 of "event n". */
const hashes = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => sha256(Buffer.from(`event ${i}`)).toString('hex'));
const node = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

describe('the Merkle tree over event hashes (RFC 6962)', () => {
  it('has the empty string’s hash as the root of no events', () => {
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('splits at the largest power of two below the size, with prefixed leaves and nodes', () => {
    const [a, b, c] = hashes(3) as [string, string, string];
    const leaf = (hex: string): Buffer => sha256(Buffer.from([0]), Buffer.from(hex, 'hex'));
    expect(leafHash(a)).toEqual(leaf(a));
    expect(merkleRoot([a])).toBe(leaf(a).toString('hex'));
    expect(merkleRoot([a, b, c])).toBe(node(node(leaf(a), leaf(b)), leaf(c)).toString('hex'));
  });

  it('proves every leaf of trees of 1 to 40 leaves, and nothing else', () => {
    for (let size = 1; size <= 40; size += 1) {
      const leaves = hashes(size);
      const root = merkleRoot(leaves);
      for (let index = 0; index < size; index += 1) {
        const path = inclusionProof(leaves, index);
        expect(verifyInclusion(leaves[index]!, index, size, path, root)).toBe(true);
        const other = leaves[(index + 1) % size]!;
        if (size > 1) expect(verifyInclusion(other, index, size, path, root)).toBe(false);
        if (path.length > 0) {
          const altered = [...path];
          altered[0] = hashes(size + 1)[size]!;
          expect(verifyInclusion(leaves[index]!, index, size, altered, root)).toBe(false);
        }
        expect(verifyInclusion(leaves[index]!, size, size, path, root)).toBe(false);
      }
    }
  });

  it('changes its root when any event is altered, dropped, added or two are swapped', () => {
    const leaves = hashes(9);
    const root = merkleRoot(leaves);
    expect(merkleRoot(leaves.slice(1))).not.toBe(root);
    expect(merkleRoot([...leaves, hashes(10)[9]!])).not.toBe(root);
    const swapped = [...leaves];
    [swapped[2], swapped[5]] = [swapped[5]!, swapped[2]!];
    expect(merkleRoot(swapped)).not.toBe(root);
    const altered = [...leaves];
    altered[4] = hashes(11)[10]!;
    expect(merkleRoot(altered)).not.toBe(root);
  });
});
