// A case as it was at a revision near the end of 1,000 events (`case.asOf`), beside reading the
// case stream alone, in the same run: `npm run bench:as-of -- [--events 1000] [--iterations 300]`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { caseAsOfTime } from '../src/application/case-time-travel.js';
import { CommandService } from '../src/application/command-service.js';
import { streams } from '../src/application/streams.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import type { RecordedEvent } from '../src/event-store/port.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { openMinimalCase } from '../src/seeding/minimal-case.js';
import { benchActor, logContact, machine, parseCount, spread } from './bench-support.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    iterations: { type: 'string', default: '300' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info('usage: npm run bench:as-of -- [--events 1000] [--iterations 300]');
  process.exit(0);
}
const eventCount = parseCount('--events', values.events);
const iterations = parseCount('--iterations', values.iterations);
if (eventCount < 10) {
  console.error('--events takes at least 10: the case opens with several events');
  process.exit(2);
}

const actor = benchActor;
const dir = mkdtempSync(join(tmpdir(), 'caretrail-bench-as-of-'));
try {
  const store = new SqliteEventStore({ path: join(dir, 'events.db'), decode: decodeEvent });
  const service = new CommandService({ store, clock: () => new Date() });
  const caseId = randomUUID();
  await openMinimalCase(service, { actor }, { patientId: randomUUID(), caseId, label: 'as-of' });
  // One contact per command through the command path, until the case stream holds the events asked for.
  let revision = (await store.streamRevision(streams.case(caseId))) ?? -1;
  while (revision + 1 < eventCount) {
    const outcome = await service.execute(
      logContact(caseId, {
        reached: revision % 3 !== 0,
        summary: `Synthetic benchmark contact ${revision}: discussed transport to the clinic.`,
      }),
      { actor, commandId: randomUUID() },
    );
    revision = outcome.revision;
  }
  const at = revision - 10;

  /** The baseline: every event of the case stream read and decoded, nothing folded. */
  async function readStream(): Promise<number> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(streams.case(caseId))) events.push(event);
    return events.length;
  }
  async function asOf(): Promise<void> {
    await caseAsOfTime(store, caseId, { revision: at });
  }

  if ((await readStream()) !== revision + 1) throw new Error('the case stream is not whole');
  const timings = { read: [] as number[], asOf: [] as number[] };
  // Alternating the two, after a warm-up, so that both see the same machine load.
  for (let i = 0; i < iterations + 20; i += 1) {
    for (const [name, run] of [
      ['read', readStream],
      ['asOf', asOf],
    ] as const) {
      const started = performance.now();
      await run();
      if (i >= 20) timings[name].push(performance.now() - started);
    }
  }
  await store.close();

  const read = spread(timings.read);
  const folded = spread(timings.asOf);
  const ms = (n: number) => n.toFixed(2);
  console.info(
    `\nA case of ${revision + 1} events built through the command path; case.asOf at revision ${at}; ${iterations} iterations each, alternating (${machine()})\n`,
  );
  console.info('| what | median ms | min ms | max ms | vs read |');
  console.info('| --- | ---: | ---: | ---: | ---: |');
  console.info(
    `| store.readStream, all ${revision + 1} events collected (baseline) | ${ms(read.median)} | ${ms(read.min)} | ${ms(read.max)} | 1.00 × |`,
  );
  console.info(
    `| caretrail case.asOf (revision ${at}): stream read and current-case fold | ${ms(folded.median)} | ${ms(folded.min)} | ${ms(folded.max)} | ${(folded.median / read.median).toFixed(2)} × |`,
  );
  console.info(
    `\ntarget ≤ 2 × the read: ${folded.median <= 2 * read.median ? 'met' : 'not met'} (${(folded.median / read.median).toFixed(2)} ×)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
