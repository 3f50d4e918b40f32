/**
 * Wakes live subscribers when this process appends; a poll interval covers appends made by
 * other processes on the same store.
 */
export class LiveSignal {
  private generation = 0;
  private waiters = new Set<() => void>();

  /** Subscriptions waiting now for the next append: each open, idle subscription is one. */
  get waiting(): number {
    return this.waiters.size;
  }

  /** A ticket for "something appended after now". */
  next(): number {
    return this.generation;
  }

  notify(): void {
    this.generation += 1;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on an append since the ticket, after the poll interval, or when aborted. */
  waitFor(ticket: number, pollIntervalMs: number, signal?: AbortSignal): Promise<void> {
    if (ticket !== this.generation || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, pollIntervalMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
