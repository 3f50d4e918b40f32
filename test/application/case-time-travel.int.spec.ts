import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseAsOfTime } from '../../src/application/case-time-travel.js';
import { CommandService } from '../../src/application/command-service.js';
import { NotFoundError } from '../../src/domain/errors.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';

const actor = { userId: 'synthetic-cm-1', role: 'case_manager' } as const;

function phq9(total: number, occurredAt?: string) {
  const items = Array.from({ length: 9 }, (_, i) => ({
    itemId: `item-${i + 1}`,
    score: i < total % 9 ? Math.ceil(total / 9) : Math.floor(total / 9),
  }));
  return {
    type: 'RecordAssessment',
    instrument: { code: 'PHQ-9' },
    items,
    ...(occurredAt ? { occurredAt } : {}),
  };
}

describe('a case seen as it was', () => {
  it('hides a late entry from what was known before it was recorded, and shows it as true from when it occurred', async () => {
    let now = Date.parse('2026-02-01T09:00:00.000Z');
    const clock = () => new Date(now);
    const store = new SqliteEventStore({ path: ':memory:', decode: decodeEvent, clock });
    const service = new CommandService({ store, clock });
    const caseId = randomUUID();
    await openMinimalCase(
      service,
      { actor },
      { patientId: randomUUID(), caseId, label: 'time-travel' },
    );

    now = Date.parse('2026-02-03T09:00:00.000Z');
    await service.execute({ ...phq9(18), caseId }, { actor });
    // Recorded on the 5th, it happened on the 2nd: a late entry.
    now = Date.parse('2026-02-05T09:00:00.000Z');
    await service.execute({ ...phq9(9, '2026-02-02T15:00:00.000Z'), caseId }, { actor });

    const totals = (view: Awaited<ReturnType<typeof caseAsOfTime>>) =>
      view.assessments.flatMap((series) => series.entries.map((entry) => entry.total));

    expect(
      totals(await caseAsOfTime(store, caseId, { recordedAt: '2026-02-04T00:00:00.000Z' })),
    ).toEqual([18]);
    expect(
      totals(await caseAsOfTime(store, caseId, { recordedAt: '2026-02-06T00:00:00.000Z' })).sort(),
    ).toEqual([18, 9].sort());
    expect(
      totals(await caseAsOfTime(store, caseId, { occurredAt: '2026-02-02T18:00:00.000Z' })),
    ).toEqual([9]);
    // True on the 2nd, as known on the 4th: not yet known.
    expect(
      totals(
        await caseAsOfTime(store, caseId, {
          occurredAt: '2026-02-02T18:00:00.000Z',
          recordedAt: '2026-02-04T00:00:00.000Z',
        }),
      ),
    ).toEqual([]);
    expect(totals(await caseAsOfTime(store, caseId, { revision: 2 }))).toEqual([18]);
    await expect(caseAsOfTime(store, randomUUID(), {})).rejects.toBeInstanceOf(NotFoundError);
    await store.close();
  });
});
