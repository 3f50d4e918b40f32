import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnyProjection } from '../../projections/projection.js';
import { CaretrailError } from '../domain/errors.js';
import type { EventStore, Position } from '../event-store/port.js';
import { BuildRegistry, type BuildRecord } from './build-registry.js';
import { BuildRunner, type BuildState, type RunEnd } from './build-runner.js';
import { catchUpTogether } from './catch-up-together.js';
import { ReadModelTables } from './read-model-tables.js';

/** A read that asked for a position the projections did not reach in time. */
export class StaleReadError extends CaretrailError {
  readonly code = 'STALE_READ';
}

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly generation: number;
  readonly state: BuildState;
  readonly position: Position | null;
  readonly eventsApplied: number;
  /** Events recorded but not yet applied, or null where the store cannot count (EventStoreDB). */
  readonly lagEvents: number | null;
  /** How long the oldest unapplied event has been recorded, in seconds; 0 when caught up. */
  readonly lagSeconds: number | null;
  readonly error: { readonly message: string; readonly position: Position | null } | null;
  /** A replacement build in progress (a new version or an on-demand rebuild), if any. */
  readonly rebuild: {
    readonly version: number;
    readonly generation: number;
    readonly eventsApplied: number;
  } | null;
}

export interface ProjectionServiceOptions {
  readonly store: EventStore;
  /** The read models' own SQLite file, apart from the event store's. */
  readonly path: string;
  readonly projections: readonly AnyProjection[];
  readonly clock: () => Date;
  readonly batchSize?: number;
  /** Events per transaction when rebuilding on demand, where nothing waits on each event. */
  readonly rebuildBatchSize?: number;
}

const defaultBatchSize = 1_000;
const defaultRebuildBatchSize = 5_000;

interface Slot {
  readonly projection: AnyProjection;
  readonly runners: Set<BuildRunner>;
}

/**
 * Keeps every projection's read model up to date: starts a runner per build, rebuilds a
 * projection whose version changed while the old build keeps serving, and answers status and
 * read-your-writes waits.
 */
export class ProjectionService {
  readonly db: Database.Database;
  private readonly registry: BuildRegistry;
  private readonly slots = new Map<string, Slot>();
  private readonly abort = new AbortController();
  private readonly running = new Set<Promise<unknown>>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: ProjectionServiceOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path, { timeout: 10_000 });
    this.db.pragma('journal_mode = WAL');
    // Read models are rebuilt from the events, so a power loss may cost the last batches, never consistency.
    this.db.pragma('synchronous = NORMAL');
    // Projections look rows up by key all the time: a larger page cache keeps that off the syscall path.
    this.db.pragma('cache_size = -65536');
    // No memory map: its pages count as the process's resident memory once touched (up to its size),
    // and rebuilds and reads measured no faster with one (docs/benchmarks.md, scale).
    this.db.pragma('mmap_size = 0');
    this.registry = new BuildRegistry(this.db);
    for (const projection of options.projections) {
      if (this.slots.has(projection.name))
        throw new Error(`two projections named ${projection.name}`);
      this.slots.set(projection.name, { projection, runners: new Set() });
    }
  }

  /**
   * Starts (or resumes from the checkpoints) every projection; returns at once. Builds at the
   * same checkpoint catch up together first, then each follows live appends on its own.
   */
  start(): void {
    let release: (ends: ReadonlyMap<BuildRunner, RunEnd>) => void = () => undefined;
    const caughtUp = new Promise<ReadonlyMap<BuildRunner, RunEnd>>(
      (resolve) => (release = resolve),
    );
    const launched = [...this.slots.values()].flatMap((slot) => this.ensureRunners(slot, caughtUp));
    // On a fresh read-model file that is every build: the store is read and decoded once for all.
    const groups = new Map<string, BuildRunner[]>();
    for (const runner of launched) {
      const at = runner.build.position ?? '';
      groups.set(at, [...(groups.get(at) ?? []), runner]);
    }
    const catchUp = Promise.all(
      [...groups.values()]
        .filter((group) => group.length > 1)
        .map((group) =>
          catchUpTogether(group, this.options.store, {
            db: this.db,
            batchSize: this.options.batchSize ?? defaultBatchSize,
            signal: this.abort.signal,
          }),
        ),
    ).then(
      (ends) => release(new Map(ends.flatMap((end) => [...end]))),
      (error: unknown) => {
        // Each build then catches up on its own, and meets the failure there.
        console.error('caretrail: projections could not catch up together:', error);
        release(new Map());
      },
    );
    this.running.add(catchUp);
    void catchUp.finally(() => this.running.delete(catchUp));
  }

  /** Starts a fresh build of a projection from the first event; the current one serves until it catches up. */
  rebuild(name: string): void {
    const slot = this.slot(name);
    this.registry.create(name, slot.projection.version);
    this.ensureRunners(slot);
  }

  /**
   * Rebuilds the named projections from the first event in this process, returning when each new
   * build serves; for the rebuild command, beside a running service or without one. The builds
   * catch up together: the store is read and decoded once for all of them.
   */
  async rebuildUntilServing(
    names: readonly string[],
    onProgress: (name: string, eventsApplied: number) => void = () => undefined,
  ): Promise<void> {
    const runners = [...new Set(names)].map((name) => {
      const slot = this.slot(name);
      const build = this.registry.create(name, slot.projection.version);
      const runner: BuildRunner = new BuildRunner(
        {
          projection: slot.projection,
          db: this.db,
          registry: this.registry,
          store: this.options.store,
          batchSize: this.options.batchSize,
          onProgress: () => onProgress(name, runner.build.eventsApplied),
        },
        build,
      );
      return runner;
    });
    await catchUpTogether(runners, this.options.store, {
      db: this.db,
      batchSize: this.options.rebuildBatchSize ?? defaultRebuildBatchSize,
      signal: this.abort.signal,
    });
    const failed = runners.filter((runner) => runner.state === 'failed');
    if (failed.length > 0) {
      throw new Error(
        failed
          .map((r) => `rebuilding ${r.build.name} stopped: ${r.build.error ?? 'unknown error'}`)
          .join('; '),
      );
    }
  }

  /**
   * The tables that serve a projection's queries now: the active build's, which during a rebuild
   * for a new version are the previous version's (read with the current table definitions).
   */
  servingTables(name: string): ReadModelTables | undefined {
    const active = this.registry.active(name);
    if (!active) return undefined;
    const runner = [...this.slot(name).runners].find(
      (r) => r.build.generation === active.generation && r.build.version === active.version,
    );
    return (
      runner?.tables ??
      new ReadModelTables(
        this.db,
        this.slot(name).projection.tables,
        active.version,
        active.generation,
      )
    );
  }

  async status(): Promise<ProjectionStatus[]> {
    const stats = await this.options.store.stats();
    const now = this.options.clock().getTime();
    return Promise.all(
      [...this.slots.values()].map(async (slot) => {
        const active = this.registry.active(slot.projection.name);
        const runners = [...slot.runners];
        const serving = runners.find((r) => r.build.generation === active?.generation);
        const replacing = runners.find((r) => r.build.status === 'building');
        const build = serving?.build ?? active ?? replacing?.build;
        const state: BuildState =
          serving?.state ?? replacing?.state ?? (build?.error ? 'failed' : 'stopped');
        const behind =
          stats.headPosition !== null &&
          (build?.position == null ||
            this.options.store.comparePositions(build.position, stats.headPosition) < 0);
        return {
          name: slot.projection.name,
          version: build?.version ?? slot.projection.version,
          generation: build?.generation ?? 0,
          state,
          position: build?.position ?? null,
          eventsApplied: build?.eventsApplied ?? 0,
          lagEvents:
            stats.eventCount === null
              ? null
              : Math.max(0, stats.eventCount - (build?.eventsApplied ?? 0)),
          lagSeconds: behind ? await this.waitingSeconds(build?.position ?? null, now) : 0,
          error: build?.error ? { message: build.error, position: build.errorPosition } : null,
          rebuild: replacing
            ? {
                version: replacing.build.version,
                generation: replacing.build.generation,
                eventsApplied: replacing.build.eventsApplied,
              }
            : null,
        };
      }),
    );
  }

  /** How long the oldest event a build has not applied yet has been recorded. */
  private async waitingSeconds(after: Position | null, now: number): Promise<number | null> {
    try {
      for await (const event of this.options.store.readAll({ after, maxCount: 1 })) {
        return Math.max(0, (now - Date.parse(event.recordedAt)) / 1000);
      }
    } catch {
      // The next event does not decode: the build's own status reports it; its age is unknown.
    }
    return null;
  }

  /**
   * Waits until every serving projection (or only those named) has applied the event at
   * `position`, or fails with STALE_READ after the deadline.
   */
  async waitForPosition(
    position: Position,
    timeoutMs: number,
    only?: readonly string[],
  ): Promise<void> {
    const names = only ?? [...this.slots.keys()];
    const reached = (): boolean =>
      names.every((name) => {
        const build = this.registry.active(name);
        return (
          build?.position != null &&
          this.options.store.comparePositions(build.position, position) >= 0
        );
      });
    if (reached()) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error): void => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = (): void => {
        if (reached()) done();
      };
      const timer = setTimeout(
        () =>
          done(
            new StaleReadError(
              `the read models did not reach position ${position} within ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
      this.listeners.add(check);
    });
  }

  /** Stops every runner after its batch in hand; checkpoints are already committed. */
  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled([...this.running]);
    this.db.close();
  }

  /** Runs the serving build and the newest replacement build of a projection, each once in this process. */
  private ensureRunners(
    slot: Slot,
    before: Promise<ReadonlyMap<BuildRunner, RunEnd>> = Promise.resolve(new Map()),
  ): BuildRunner[] {
    if (this.abort.signal.aborted) return [];
    const { name, version } = slot.projection;
    let active = this.registry.active(name);
    if (!active || (active.version !== version && !this.registry.building(name, version))) {
      this.registry.create(name, version);
      active = this.registry.active(name);
    }
    const wanted = [active, this.registry.building(name, version)].filter(
      (build): build is BuildRecord => build !== undefined && build.version === version,
    );
    const launched: BuildRunner[] = [];
    for (const build of wanted) {
      const already = [...slot.runners].some(
        (r) => r.build.version === build.version && r.build.generation === build.generation,
      );
      if (!already) launched.push(this.launch(slot, build, before));
    }
    return launched;
  }

  /** Runs a build once `before` settles, unless `before` (a shared catch-up) ended it. */
  private launch(
    slot: Slot,
    build: BuildRecord,
    before: Promise<ReadonlyMap<BuildRunner, RunEnd>>,
  ): BuildRunner {
    const runner = new BuildRunner(
      {
        projection: slot.projection,
        db: this.db,
        registry: this.registry,
        store: this.options.store,
        batchSize: this.options.batchSize,
        onProgress: () => this.notify(),
      },
      build,
    );
    slot.runners.add(runner);
    const run = before
      .then((ends) => ends.get(runner) ?? runner.run(this.abort.signal))
      .then(
        (end) => {
          if (end !== 'failed') slot.runners.delete(runner);
          if (end === 'superseded') this.ensureRunners(slot);
        },
        (error: unknown) => {
          slot.runners.delete(runner);
          console.error(
            `caretrail: projection ${slot.projection.name} stopped unexpectedly:`,
            error,
          );
        },
      );
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return runner;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** The projections this service runs, by name. */
  get names(): string[] {
    return [...this.slots.keys()];
  }

  private slot(name: string): Slot {
    const slot = this.slots.get(name);
    if (!slot) throw new Error(`no projection named ${name}`);
    return slot;
  }
}
