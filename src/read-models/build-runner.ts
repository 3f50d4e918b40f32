import type Database from 'better-sqlite3';
import type { AnyProjectedEvent, AnyProjection } from '../../projections/projection.js';
import { UndecodableEventError } from '../event-store/errors.js';
import type { EventStore, Position, RecordedEvent } from '../event-store/port.js';
import { batched } from './batched.js';
import type { BuildRecord, BuildRegistry } from './build-registry.js';
import { ReadModelTables } from './read-model-tables.js';

/** Where a build is: catching up, following live appends, or stopped by an event it cannot apply. */
export type BuildState = 'catching-up' | 'live' | 'rebuilding' | 'stopped' | 'failed';

/** Why a run ended. */
export type RunEnd = 'stopped' | 'failed' | 'superseded';

export interface BuildRunnerOptions {
  readonly projection: AnyProjection;
  readonly db: Database.Database;
  readonly registry: BuildRegistry;
  readonly store: EventStore;
  readonly batchSize?: number;
  /** Called after every committed batch and on every change of state. */
  readonly onProgress?: () => void;
}

/**
 * Runs one build of one projection: reads the store's global order from the build's checkpoint
 * and applies each batch and the new checkpoint in one read-model transaction, so an event is
 * applied exactly once in effect. A build that replaces another is swapped in when it catches up.
 */
export class BuildRunner {
  readonly tables: ReadModelTables;
  private current: BuildRecord;
  private runState: BuildState;

  constructor(
    private readonly options: BuildRunnerOptions,
    build: BuildRecord,
  ) {
    this.current = build;
    this.runState = build.status === 'building' ? 'rebuilding' : 'catching-up';
    this.tables = new ReadModelTables(
      options.db,
      options.projection.tables,
      build.version,
      build.generation,
    );
    options.db.transaction(() => this.tables.create())();
  }

  get build(): BuildRecord {
    return this.current;
  }

  get state(): BuildState {
    return this.runState;
  }

  async run(signal: AbortSignal): Promise<RunEnd> {
    // A build stopped by an event tries it again from its checkpoint: fixed, it goes on from exactly there.
    // A build with nothing to catch up (an empty store) is live, and swapped in, at once.
    await this.updateState();
    this.options.onProgress?.();
    for (;;) {
      if (signal.aborted) return this.stop();
      const end = await this.readFrom(this.current.position, signal);
      if (end !== 'passed-over') return end;
    }
  }

  private async readFrom(
    after: Position | null,
    signal: AbortSignal,
  ): Promise<RunEnd | 'passed-over'> {
    // The subscription ends with the run, whatever ends it: a live read must not outlive its runner.
    const reading = new AbortController();
    const stopReading = (): void => reading.abort();
    signal.addEventListener('abort', stopReading, { once: true });
    const events = this.options.store.subscribe({ after, signal: reading.signal });
    const batches = batched(events, this.options.batchSize ?? 1_000);
    try {
      return await this.follow(batches, signal);
    } finally {
      reading.abort();
      signal.removeEventListener('abort', stopReading);
      await batches.return(undefined);
    }
  }

  private async follow(
    batches: AsyncGenerator<RecordedEvent[]>,
    signal: AbortSignal,
  ): Promise<RunEnd | 'passed-over'> {
    try {
      for (;;) {
        const next = await batches.next();
        if (next.done) break;
        const outcome = this.applyBatch(next.value);
        if (outcome === 'superseded') return 'superseded';
        if (outcome) return this.failWith(outcome.message, outcome.position);
        await this.updateState();
        this.options.onProgress?.();
        if (signal.aborted) break;
        // Reads from a synchronous store resolve in microtasks: give requests and timers their turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      if (signal.aborted) return this.stop();
      if (error instanceof UndecodableEventError) {
        // An event of a type this projection does not apply cannot change its read model, decoded
        // or not: it is passed like any other such event, and only the projections that apply it stop.
        if (!this.options.projection.handles.has(error.eventType as AnyProjectedEvent['type']))
          return this.passOver(error.position as Position);
        return this.failWith(error.message, error.position as Position);
      }
      throw error;
    }
    return this.stop();
  }

  /** Applies a batch in one transaction; on a failure, applies the events before it and reports it. */
  private applyBatch(
    batch: readonly RecordedEvent[],
  ): { message: string; position: Position } | 'superseded' | null {
    try {
      this.commit(batch);
      return null;
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      for (const event of batch) {
        try {
          this.commit([event]);
        } catch (error) {
          if (error instanceof Superseded) return 'superseded';
          const message = error instanceof Error ? error.message : String(error);
          return {
            message: `${event.type} at ${event.streamId}@${event.revision}: ${message}`,
            position: event.position,
          };
        }
      }
      return null;
    }
  }

  private commit(batch: readonly RecordedEvent[]): void {
    const { projection, registry } = this.options;
    // A rolled-back batch must not leave its held writes behind for the retry.
    this.tables.discard();
    this.inBuildTransaction(() => {
      for (const event of batch) {
        if (!projection.handles.has(event.type as AnyProjectedEvent['type'])) continue;
        this.tables.apply(projection.apply(event as unknown as AnyProjectedEvent, this.tables));
      }
      this.tables.flush();
      const last = batch[batch.length - 1]!;
      registry.checkpoint(this.current, last.position, batch.length, last.recordedAt);
    });
  }

  /** Moves the checkpoint over the next event, one this projection does not apply and that does not decode. */
  private passOver(position: Position): 'passed-over' | 'superseded' {
    try {
      this.inBuildTransaction(() =>
        this.options.registry.checkpoint(this.current, position, 1, this.current.lastRecordedAt),
      );
      return 'passed-over';
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      throw error;
    }
  }

  private inBuildTransaction(work: () => void): void {
    const { db, registry } = this.options;
    db.transaction(() => {
      // Inside the write transaction: another runner (a rebuild in another process) may own this build now.
      const stored = registry.get(this.current.name, this.current.version, this.current.generation);
      if (stored?.status === 'retired' || stored?.position !== this.current.position) {
        throw new Superseded();
      }
      work();
    })();
    this.current = registry.get(this.current.name, this.current.version, this.current.generation)!;
  }

  /** Live once the checkpoint reaches the store's head; a replacing build is then swapped in. */
  private async updateState(): Promise<void> {
    const { headPosition } = await this.options.store.stats();
    const caughtUp =
      headPosition === null ||
      (this.current.position !== null &&
        this.options.store.comparePositions(this.current.position, headPosition) >= 0);
    if (!caughtUp) return;
    if (this.current.status === 'building') this.activate();
    this.runState = 'live';
  }

  private activate(): void {
    const { db, registry, projection } = this.options;
    db.transaction(() => {
      const previous = registry.activate(this.current);
      if (previous) {
        new ReadModelTables(db, projection.tables, previous.version, previous.generation).drop();
      }
    })();
    this.current = registry.get(this.current.name, this.current.version, this.current.generation)!;
  }

  private failWith(message: string, position: Position | null): RunEnd {
    if (this.current.error !== message || this.current.errorPosition !== position) {
      this.options.registry.fail(this.current, message, position);
      this.current = { ...this.current, error: message, errorPosition: position };
    }
    this.runState = 'failed';
    this.options.onProgress?.();
    return 'failed';
  }

  private stop(): RunEnd {
    if (this.runState !== 'failed') this.runState = 'stopped';
    return 'stopped';
  }
}

/** The build was retired or advanced by another runner: this one must stop without writing. */
class Superseded extends Error {}
