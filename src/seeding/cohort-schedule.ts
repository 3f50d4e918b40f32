import type { CommandOutcome } from '../application/command-handler.js';
import { patientJourney, type JourneyPart, type SeedStep } from './journeys.js';

/** A step of the cohort with the journey it belongs to. */
export interface ScheduledStep {
  readonly patientIndex: number;
  readonly step: SeedStep;
}

interface Cursor extends ScheduledStep {
  readonly journey: JourneyPart;
}

export interface CohortScheduleOptions {
  readonly seed: number;
  readonly firstPatientIndex: number;
  /** How many journeys to start; unbounded when absent (stop them with `stopStarting`). */
  readonly patients?: number | undefined;
  readonly windowStart: number;
  /** Journey i is admitted in its slot [windowStart + i·slotMs, …): starts come in index order. */
  readonly slotMs: number;
  readonly lateEntryRate?: number | undefined;
}

const earlier = (a: ScheduledStep, b: ScheduledStep): boolean =>
  a.step.at.getTime() < b.step.at.getTime() ||
  (a.step.at.getTime() === b.step.at.getTime() && a.patientIndex < b.patientIndex);

/**
 * Merges the journeys of a cohort lazily in simulated-time order: a heap holds one pending step per
 * running journey, and a journey starts only when the simulation reaches its slot, so memory follows
 * the number of concurrent journeys, not the size of the cohort.
 */
export class CohortSchedule {
  private readonly heap: Cursor[] = [];
  private nextIndex: number;
  private starting = true;
  private started = 0;

  constructor(private readonly options: CohortScheduleOptions) {
    this.nextIndex = options.firstPatientIndex;
  }

  get journeysStarted(): number {
    return this.started;
  }

  /** Starts no further journeys; the running ones go on to their end. */
  stopStarting(): void {
    this.starting = false;
  }

  /** The earliest pending step of all journeys, or null when all have ended. */
  next(): ScheduledStep | null {
    while (
      this.mayStart() &&
      (this.heap.length === 0 || this.slotStart(this.nextIndex) <= this.heap[0]!.step.at.getTime())
    ) {
      this.start(this.nextIndex);
      this.nextIndex += 1;
    }
    return this.pop() ?? null;
  }

  /** Hands a step's outcome back to its journey, which then yields its next step. */
  resume(scheduled: ScheduledStep, outcome: CommandOutcome): void {
    const cursor = scheduled as Cursor;
    this.advance(
      cursor.journey,
      cursor.patientIndex,
      cursor.journey.next(outcome),
      cursor.step.at.getTime(),
    );
  }

  private mayStart(): boolean {
    return (
      this.starting && (this.options.patients === undefined || this.started < this.options.patients)
    );
  }

  private slotStart(index: number): number {
    return (
      this.options.windowStart + (index - this.options.firstPatientIndex) * this.options.slotMs
    );
  }

  private start(index: number): void {
    const journey = patientJourney({
      seed: this.options.seed,
      patientIndex: index,
      notBefore: this.slotStart(index),
      slotMs: this.options.slotMs,
      lateEntryRate: this.options.lateEntryRate,
    });
    this.started += 1;
    this.advance(journey, index, journey.next(), this.slotStart(index));
  }

  private advance(
    journey: JourneyPart,
    patientIndex: number,
    result: IteratorResult<SeedStep, void>,
    notBefore: number,
  ): void {
    if (result.done === true) return;
    // A journey that went back in time would make recordedAt go backwards: a generator bug.
    if (result.value.at.getTime() < notBefore)
      throw new Error(
        `journey ${patientIndex} went back in time at ${result.value.at.toISOString()}`,
      );
    this.push({ journey, patientIndex, step: result.value });
  }

  private push(cursor: Cursor): void {
    const heap = this.heap;
    heap.push(cursor);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!earlier(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): Cursor | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && earlier(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && earlier(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return top;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}
