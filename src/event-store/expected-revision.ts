import type { ExpectedRevision } from './port.js';

/** Whether a stream at `actual` (null: no stream) satisfies what an append expects. */
export function revisionMatches(expected: ExpectedRevision, actual: number | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === null;
    case 'stream_exists':
      return actual !== null;
    default:
      return actual === expected;
  }
}

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}
