/**
 * The simulated time of a seed run: handed to the command service and to the SQLite store, so that
 * both `now` and `recordedAt` follow the simulation instead of the wall clock.
 */
export class SimulationClock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  /** The clock as the store and the command service take it; bound, so it can be passed around. */
  readonly now = (): Date => new Date(this.current);

  /** Moves time forward to `at`; never backwards, so recordedAt never goes backwards either. */
  advanceTo(at: Date): void {
    const target = at.getTime();
    if (target < this.current)
      throw new RangeError(`the simulation clock does not go back (${at.toISOString()})`);
    this.current = target;
  }
}
