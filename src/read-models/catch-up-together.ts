import type Database from 'better-sqlite3';
import { UndecodableEventError } from '../event-store/errors.js';
import type { EventStore, Position, RecordedEvent } from '../event-store/port.js';
import { batched } from './batched.js';
import type { BuildRunner, RunEnd } from './build-runner.js';

/**
 * Catches several builds up from the same position with one read of the store: each batch is
 * read and decoded once, then applied to each build in a savepoint of one transaction (one
 * commit a batch for all of them), so an event one projection cannot apply stops that projection
 * only; an event that will not decode stops the builds that apply its type, and the others read on
 * past it. Returns when every build is live or has ended, with how each one that ended did.
 */
export async function catchUpTogether(
  runners: readonly BuildRunner[],
  store: EventStore,
  options: {
    readonly db: Database.Database;
    readonly batchSize: number;
    readonly signal: AbortSignal;
  },
): Promise<Map<BuildRunner, RunEnd>> {
  const ends = new Map<BuildRunner, RunEnd>();
  let going: BuildRunner[] = [];
  for (const runner of runners) {
    const end = await runner.begin();
    if (end) ends.set(runner, end);
    else if (runner.state !== 'live') going.push(runner);
  }
  const from = going[0]?.build.position ?? null;
  if (going.some((runner) => runner.build.position !== from)) {
    throw new Error('builds caught up together must start from the same position');
  }
  if (going.length === 0 || options.signal.aborted) return ends;
  const reading = new AbortController();
  const stopReading = (): void => reading.abort();
  options.signal.addEventListener('abort', stopReading, { once: true });
  const readAfter = (after: Position | null) =>
    batched(store.subscribe({ after, signal: reading.signal }), options.batchSize);
  let batches = readAfter(from);
  try {
    while (going.length > 0 && !options.signal.aborted) {
      let next: IteratorResult<RecordedEvent[], void>;
      try {
        next = await batches.next();
      } catch (error) {
        if (options.signal.aborted || !(error instanceof UndecodableEventError)) throw error;
        // The builds that apply its type stop there; the others pass over it and read on after it.
        const passed: BuildRunner[] = [];
        for (const runner of going) {
          const end = runner.undecodable(error);
          if (end === 'passed-over') passed.push(runner);
          else ends.set(runner, end);
        }
        going = passed;
        await batches.return(undefined);
        batches = readAfter(error.position as Position);
        continue;
      }
      if (next.done) break;
      const batch = next.value;
      // One commit for every build's share of the batch: each build writes in a savepoint of it.
      const outcomes = options.db.transaction(() =>
        going.map((runner) => runner.applyBatch(batch)),
      )();
      const still: BuildRunner[] = [];
      for (const [index, runner] of going.entries()) {
        const end = await runner.settle(outcomes[index]!);
        if (end) ends.set(runner, end);
        else if (runner.state !== 'live') still.push(runner);
      }
      going = still;
      // Reads from a synchronous store resolve in microtasks: give requests and timers their turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    reading.abort();
    options.signal.removeEventListener('abort', stopReading);
    await batches.return(undefined);
  }
  return ends;
}
