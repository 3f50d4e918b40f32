import { createHash } from 'node:crypto';

/**
 * A Merkle tree over event hashes, as RFC 6962 / RFC 9162 define it for certificate transparency:
 * leaves are SHA-256(0x00 ‖ leaf), inner nodes SHA-256(0x01 ‖ left ‖ right), and a tree of n
 * leaves splits at the largest power of two below n. Hashes are lowercase hex.
 */

function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

const leafPrefix = Buffer.from([0]);
const nodePrefix = Buffer.from([1]);

/** The leaf for one event: its hash-chain hash (64 hex digits). */
export function leafHash(eventHash: string): Buffer {
  return sha256(leafPrefix, Buffer.from(eventHash, 'hex'));
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return sha256(nodePrefix, left, right);
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function rootOf(leaves: readonly Buffer[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 1) return leaves[from]!;
  const k = largestPowerOfTwoBelow(n);
  return nodeHash(rootOf(leaves, from, from + k), rootOf(leaves, from + k, to));
}

/** The root over the events' hashes in order; the hash of the empty string for none. */
export function merkleRoot(eventHashes: readonly string[]): string {
  if (eventHashes.length === 0) return sha256().toString('hex');
  return rootOf(eventHashes.map(leafHash), 0, eventHashes.length).toString('hex');
}

/** The sibling hashes from leaf `index` up to the root (RFC 6962 PATH), bottom first. */
export function inclusionProof(eventHashes: readonly string[], index: number): string[] {
  if (!Number.isInteger(index) || index < 0 || index >= eventHashes.length)
    throw new RangeError(`no leaf ${index} in a tree of ${eventHashes.length}`);
  const leaves = eventHashes.map(leafHash);
  const path: Buffer[] = [];
  const walk = (m: number, from: number, to: number): void => {
    const n = to - from;
    if (n === 1) return;
    const k = largestPowerOfTwoBelow(n);
    if (m < k) {
      walk(m, from, from + k);
      path.push(rootOf(leaves, from + k, to));
    } else {
      walk(m - k, from + k, to);
      path.push(rootOf(leaves, from, from + k));
    }
  };
  walk(index, 0, leaves.length);
  return path.map((hash) => hash.toString('hex'));
}

/** RFC 9162 §2.1.3.2: whether `path` proves the event hash is leaf `index` of a tree with `root`. */
export function verifyInclusion(
  eventHash: string,
  index: number,
  treeSize: number,
  path: readonly string[],
  root: string,
): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash(eventHash);
  for (const siblingHex of path) {
    const sibling = Buffer.from(siblingHex, 'hex');
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(sibling, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.toString('hex') === root;
}
