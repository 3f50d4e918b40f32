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

/** A batch applied in full (null), up to a poison event (that event), or not at all (superseded). */
export type BatchOutcome =
  { readonly message: string; readonly position: Position } | 'superseded' | null;

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
    const ended = await this.begin();
    if (ended) return ended;
    // Past an event it passes over (one it does not apply that will not decode), it reads on after it.
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
        const end = await this.take(next.value);
        if (end) return end;
        if (signal.aborted) break;
        // Reads from a synchronous store resolve in microtasks: give requests and timers their turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      if (signal.aborted) return this.stop();
      if (error instanceof UndecodableEventError) return this.undecodable(error);
      throw error;
    }
    return this.stop();
  }

  /**
   * Where a run begins: a build stopped by an event before tries that event again from its
   * checkpoint (fixed, it goes on from exactly there; its error clears once it is past it); one
   * with nothing to catch up (an empty store) is live, and swapped in, at once. Returns how the run
   * ends if it ends here.
   */
  async begin(): Promise<RunEnd | null> {
    await this.updateState();
    this.options.onProgress?.();
    return null;
  }

  /** Applies the next batch of the store's order; returns how the run ends if it ends here. */
  take(batch: readonly RecordedEvent[]): Promise<RunEnd | null> {
    return this.settle(this.applyBatch(batch));
  }

  /**
   * What follows a batch applied with `applyBatch`: the build stops at a poison event, is
   * superseded, or goes on (live, and swapped in, once caught up).
   */
  async settle(outcome: BatchOutcome): Promise<RunEnd | null> {
    if (outcome === 'superseded') return 'superseded';
    if (outcome) return this.failWith(outcome.message, outcome.position);
    await this.updateState();
    this.options.onProgress?.();
    return null;
  }

  /**
   * The store could not decode the next event. A build that applies events of its type stops
   * there, with its position; any other build passes over it, as over any event it does not
   * apply (decoded or not, it cannot change this read model), and reads on after it.
   */
  undecodable(error: UndecodableEventError): RunEnd | 'passed-over' {
    if (this.options.projection.handles.has(error.eventType as AnyProjectedEvent['type']))
      return this.failWith(error.message, error.position as Position);
    try {
      this.inBuildTransaction(() =>
        this.options.registry.checkpoint(
          this.current,
          error.position as Position,
          1,
          this.current.lastRecordedAt,
        ),
      );
      return 'passed-over';
    } catch (failure) {
      if (failure instanceof Superseded) return 'superseded';
      throw failure;
    }
  }

  /**
   * Applies a batch in one transaction. When an event cannot be applied, the events before it
   * are applied (in one transaction) and that event is reported: nothing after it is applied.
   * Called inside an open transaction, its transactions are savepoints of that one.
   */
  applyBatch(batch: readonly RecordedEvent[]): BatchOutcome {
    try {
      this.commit(batch);
      return null;
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      if (error instanceof EventFailed) {
        const before = batch.slice(0, error.index);
        const settled = before.length > 0 ? this.applyBatch(before) : null;
        return settled ?? failure(batch[error.index]!, error.cause);
      }
      // A failure of the batch's writes names no event: find it one event at a time.
      for (const event of batch) {
        try {
          this.commit([event]);
        } catch (error) {
          if (error instanceof Superseded) return 'superseded';
          return failure(event, error instanceof EventFailed ? error.cause : error);
        }
      }
      return null;
    }
  }

  private commit(batch: readonly RecordedEvent[]): void {
    const { projection, registry } = this.options;
    // A rolled-back batch must not leave its held writes behind for the retry.
    this.tables.beginBatch();
    try {
      this.inBuildTransaction(() => {
        batch.forEach((event, index) => {
          if (!projection.handles.has(event.type as AnyProjectedEvent['type'])) return;
          try {
            this.tables.apply(projection.apply(event as unknown as AnyProjectedEvent, this.tables));
          } catch (error) {
            throw new EventFailed(index, error);
          }
        });
        this.tables.flush();
        const last = batch[batch.length - 1]!;
        registry.checkpoint(this.current, last.position, batch.length, last.recordedAt);
      });
    } finally {
      this.tables.endBatch();
    }
  }

  /** Runs a write of this build in one transaction, unless another runner owns the build now. */
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
    if (!this.current.error) {
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

/** The event at `index` of a batch could not be applied; `cause` says why. */
class EventFailed extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super('an event of the batch could not be applied');
  }
}

function failure(event: RecordedEvent, error: unknown): { message: string; position: Position } {
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `${event.type} at ${event.streamId}@${event.revision}: ${message}`,
    position: event.position,
  };
}
