import { v4 as uuidv4, v5 as uuidv5 } from 'uuid';
import type { Decider, DomainEvent } from '../domain/decider.js';
import type { Actor, Reason } from '../domain/values.js';
import { WrongExpectedRevisionError } from '../event-store/errors.js';
import type { EventStore, NewEvent, Position, RecordedEvent } from '../event-store/port.js';
import { StreamStateCache } from './stream-state-cache.js';

/** Namespace for the ids derived from a command id, so a retried command yields the same ids. */
const CARETRAIL_ID_NAMESPACE = '3c9d5f3e-8f0b-4d55-9a43-6a1f0c2b7e11';

/** Who issues a command and how it may be retried: from the caller's context, never from input. */
export interface CommandContext {
  readonly actor: Actor;
  /** Idempotency key: the same id returns the first outcome and writes nothing again. */
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** The revision the caller last saw; a different actual revision is a conflict, never retried. */
  readonly expectedRevision?: number;
}

export interface CommandOutcome {
  readonly streamId: string;
  readonly commandId: string;
  /** Revision of the stream's last event after the command. */
  readonly revision: number;
  readonly position: Position;
  readonly events: readonly RecordedEvent[];
  /** True when the command had been handled before and its first outcome is returned. */
  readonly replayed: boolean;
}

/** The envelope fields every command may carry alongside its data. */
export interface CommandEnvelopeFields {
  readonly type: string;
  readonly occurredAt?: string | undefined;
  readonly reason?: Reason | undefined;
}

export interface CommandHandlerOptions<Command> {
  readonly store: EventStore;
  readonly clock: () => Date;
  /** The current schema version of each event type, stamped on new events. */
  readonly schemaVersionOf: (eventType: string) => number;
  /** Whether a conflict with a concurrent writer may be resolved by deciding again. */
  readonly retryOnConflict: (command: Command) => boolean;
  readonly maxAttempts?: number;
  /** How many streams' folded states to keep in memory (0: fold every stream from its start). */
  readonly cachedStreams?: number;
}

/**
 * Handles one stream's commands: read the stream, fold, decide, append at the revision read.
 * A command id seen before returns its first outcome, even when that first answer was lost.
 */
export class CommandHandler<
  Command extends CommandEnvelopeFields,
  Event extends DomainEvent,
  State,
> {
  private readonly maxAttempts: number;
  private readonly cache: StreamStateCache<State>;

  constructor(
    private readonly decider: Decider<Command, Event, State>,
    private readonly options: CommandHandlerOptions<Command>,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.cache = new StreamStateCache(options.cachedStreams ?? 1_000);
  }

  async handle(
    streamId: string,
    command: Command,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const commandId = context.commandId ?? uuidv4();
    for (let attempt = 1; ; attempt += 1) {
      const { state, revision, earlier } = await this.read(streamId, commandId);
      if (earlier.length > 0) return outcome(streamId, commandId, earlier, true);
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        throw new WrongExpectedRevisionError(
          streamId,
          `revision ${context.expectedRevision}`,
          revision,
        );
      }
      const now = this.options.clock().toISOString();
      const newId = idSequence(`${streamId}/${commandId}/entity`);
      const decided = this.decider.decide(command, state, { now, actor: context.actor, newId });
      // Every accepted command leaves a trace: a decider that returns nothing is a bug, not a no-op.
      if (decided.length === 0) throw new Error(`the decider recorded nothing for ${command.type}`);
      const events = decided.map((event, index) =>
        this.envelope(event, {
          id: uuidv5(`${streamId}/${commandId}/event/${index}`, CARETRAIL_ID_NAMESPACE),
          occurredAt: command.occurredAt ?? now,
          reason: command.reason ?? null,
          commandId,
          context,
        }),
      );
      try {
        const result = await this.options.store.append(streamId, events, revision ?? 'no_stream');
        return outcome(streamId, commandId, result.events, false);
      } catch (error) {
        const mayRetry =
          error instanceof WrongExpectedRevisionError &&
          context.expectedRevision === undefined &&
          this.options.retryOnConflict(command) &&
          attempt < this.maxAttempts;
        if (!mayRetry) throw error;
      }
    }
  }

  /** Folds the stream onward from what the cache knows, and finds the events of an earlier command. */
  private async read(
    streamId: string,
    commandId: string,
  ): Promise<{ state: State; revision: number | null; earlier: RecordedEvent[] }> {
    const cached = this.cache.get(streamId);
    let state = cached?.state ?? this.decider.initialState();
    let revision = cached?.revision ?? null;
    // Shared, not copied: it only ever learns events that are in the stream, so any reader may extend it.
    const commands = cached?.commands ?? new Map<string, { from: number; to: number }>();
    const fromRevision = revision === null ? 0 : revision + 1;
    for await (const event of this.options.store.readStream(streamId, { fromRevision })) {
      state = this.decider.evolve(state, event as unknown as Event);
      revision = event.revision;
      const seen = commands.get(event.commandId);
      commands.set(event.commandId, { from: seen?.from ?? event.revision, to: event.revision });
    }
    this.cache.set(streamId, { state, revision, commands });
    const earlierRange = commands.get(commandId);
    const earlier = earlierRange
      ? await collect(
          this.options.store.readStream(streamId, {
            fromRevision: earlierRange.from,
            maxCount: earlierRange.to - earlierRange.from + 1,
          }),
        )
      : [];
    return { state, revision, earlier };
  }

  private envelope(
    event: Event,
    fields: {
      id: string;
      occurredAt: string;
      reason: Reason | null;
      commandId: string;
      context: CommandContext;
    },
  ): NewEvent {
    return {
      id: fields.id,
      type: event.type,
      schemaVersion: this.options.schemaVersionOf(event.type),
      data: event.data,
      metadata: {
        occurredAt: fields.occurredAt,
        actor: fields.context.actor,
        commandId: fields.commandId,
        correlationId: fields.context.correlationId ?? fields.commandId,
        causationId: fields.context.causationId ?? null,
        reason: fields.reason,
      },
    };
  }
}

function outcome(
  streamId: string,
  commandId: string,
  events: readonly RecordedEvent[],
  replayed: boolean,
): CommandOutcome {
  const last = events[events.length - 1]!;
  return {
    streamId,
    commandId,
    revision: last.revision,
    position: last.position,
    events,
    replayed,
  };
}

/** Deterministic ids for the entities one command creates. */
function idSequence(seed: string): () => string {
  let n = 0;
  return () => uuidv5(`${seed}/${n++}`, CARETRAIL_ID_NAMESPACE);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
