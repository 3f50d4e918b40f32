import type { CaretrailCommand } from '../domain/commands/index.js';
import type { CaretrailEventType, EventData } from '../domain/events/catalogue.js';
import type { Actor } from '../domain/values.js';
import type { CommandOutcome } from '../application/command-handler.js';
import type { RecordedEvent } from '../event-store/port.js';
import { seedIds } from './ids.js';
import type { Random } from './random.js';

/** One command of a journey, to be executed when the simulation reaches `at`. */
export interface SeedStep {
  readonly at: Date;
  readonly commandId: string;
  readonly command: CaretrailCommand;
  readonly actor: Actor;
  /** Whether it is a late entry: its occurredAt is earlier than `at`. */
  readonly late: boolean;
}

/** A journey yields commands and gets each one's outcome back, so later steps can cite recorded ids. */
export type JourneyPart<R = void> = Generator<SeedStep, R, CommandOutcome>;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The date part of an instant, as ISO dates are written. */
export const isoDate = (at: number | Date): string => new Date(at).toISOString().slice(0, 10);

/** The start (00:00 UTC) of the day an instant falls on; the synthetic hospital keeps UTC wall time. */
export const dayStart = (at: number): number => at - (((at % DAY) + DAY) % DAY);

/** The one recorded event of a type in an outcome, typed; a missing one is a bug of the generator. */
export function eventOf<T extends CaretrailEventType>(
  outcome: CommandOutcome,
  type: T,
): RecordedEvent<T, EventData<T>> {
  const found = outcome.events.find((event) => event.type === type);
  if (!found)
    throw new Error(`the seed expected a ${type} event from command ${outcome.commandId}`);
  return found as RecordedEvent<T, EventData<T>>;
}

/**
 * Keeps one journey's simulated time and numbers its commands: a command happens at the journey's
 * current time, and time moves forward only.
 */
export class JourneyWriter {
  private time: number;
  private step = 0;
  /** Late entries never claim to have happened before this instant (the case's opening). */
  lateFloor: number;

  constructor(
    readonly random: Random,
    private readonly seed: number,
    private readonly patientIndex: number,
    start: number,
    private readonly lateEntryRate: number,
  ) {
    this.time = start;
    this.lateFloor = start;
  }

  get now(): number {
    return this.time;
  }

  /** Moves time forward by a random number of minutes. */
  wait(minMinutes: number, maxMinutes: number): void {
    this.time += this.random.int(minMinutes, maxMinutes) * MINUTE;
  }

  /** Moves time forward to a random minute between two hours of the day `days` after `origin`'s day; never back. */
  toDay(origin: number, days: number, fromHour: number, toHour: number): void {
    const at = dayStart(origin) + days * DAY + this.random.int(fromHour * 60, toHour * 60) * MINUTE;
    this.time = Math.max(this.time + MINUTE, at);
  }

  /** Moves time forward to an instant; never back. */
  jumpTo(at: number): void {
    this.time = Math.max(this.time + MINUTE, at);
  }

  /**
   * The next command at the current time; a `mayBeLate` command is sometimes a late entry whose
   * occurredAt lies hours or days back, as when notes are charted after the fact.
   */
  command(
    command: CaretrailCommand,
    actor: Actor,
    options: { mayBeLate?: boolean } = {},
  ): SeedStep {
    const at = this.time;
    const commandId = seedIds.command(this.seed, this.patientIndex, this.step);
    this.step += 1;
    this.time += this.random.int(3, 20) * MINUTE;
    if (options.mayBeLate === true && this.random.chance(this.lateEntryRate)) {
      const lagMinutes = this.random.weighted([
        [this.random.int(60, 6 * 60), 70],
        [this.random.int(6 * 60, 24 * 60), 20],
        [this.random.int(24 * 60, 72 * 60), 10],
      ] as const);
      const occurredAt = Math.max(this.lateFloor, at - lagMinutes * MINUTE);
      // A lag clipped to under half an hour is just prompt charting, not a late entry.
      if (at - occurredAt >= 30 * MINUTE) {
        return {
          at: new Date(at),
          commandId,
          actor,
          late: true,
          command: { ...command, occurredAt: new Date(occurredAt).toISOString() },
        };
      }
    }
    return { at: new Date(at), commandId, actor, late: false, command };
  }
}
