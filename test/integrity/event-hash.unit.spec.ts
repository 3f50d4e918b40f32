import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJsonText, eventHash } from '../../src/event-store/integrity/event-hash.js';

const content = {
  id: '6f1c2a52-3c1e-4a39-9d61-8b7e1b3f0a11',
  type: 'ContactLogged',
  schemaVersion: 1,
  data: { party: 'patient', reached: true },
  streamId: 'case-synthetic',
  revision: 3,
  recordedAt: '2026-01-02T03:04:06.000Z',
  occurredAt: '2026-01-02T03:04:05.000Z',
  actor: { userId: 'synthetic-user', role: 'case_manager' as const },
  commandId: 'c',
  correlationId: 'r',
  causationId: null,
  reason: null,
};

describe('the hash an event is chained by', () => {
  it('hashes the text JSON would store, keys sorted at every level, whatever order they were set in', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJsonText(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJsonText(reversed(value))).toBe(text);
      }),
      { seed: 20261128, numRuns: 500 },
    );
    // Sorted literally, integer-like keys included (a plain object would put them first).
    expect(canonicalJsonText({ b: 1, '10': 2, a: 3, '': 4, '9': 5 })).toBe(
      '{"":4,"10":2,"9":5,"a":3,"b":1}',
    );
    expect(canonicalJsonText({ b: [undefined, new Date(0)], a: undefined, c: -0 })).toBe(
      '{"b":[null,"1970-01-01T00:00:00.000Z"],"c":0}',
    );
  });

  it('changes with any field of the content, and with the link to the previous event', () => {
    const hash = eventHash(null, content);
    expect(eventHash(null, { ...content })).toBe(hash);
    expect(eventHash('0'.repeat(64), content)).not.toBe(hash);
    for (const [field, changed] of Object.entries({
      id: 'another',
      type: 'EducationProvided',
      schemaVersion: 2,
      data: { party: 'family', reached: true },
      streamId: 'case-other',
      revision: 4,
      recordedAt: '2026-01-02T03:04:07.000Z',
      occurredAt: '2026-01-02T03:04:04.000Z',
      actor: { userId: 'someone-else', role: 'case_manager' },
      commandId: 'd',
      correlationId: 's',
      causationId: 'x',
      reason: { text: 'synthetic' },
    }))
      expect(eventHash(null, { ...content, [field]: changed }), field).not.toBe(hash);
    // A stored null and a missing field are different content.
    const { reason: _reason, ...withoutReason } = content;
    expect(eventHash(null, withoutReason as typeof content)).not.toBe(hash);
  });
});
