const idle = Symbol('idle');
type Step<T> = IteratorResult<T> | typeof idle | { readonly failed: unknown };

/**
 * Groups an async iterable into batches: a batch takes what is available without waiting (up to
 * `maxSize`), so catch-up runs in large batches and live events are applied as they arrive.
 * Items before a failing one are delivered first; the failure follows.
 */
export async function* batched<T>(source: AsyncIterable<T>, maxSize: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = null;
  const next = (): Promise<IteratorResult<T>> => (pending ??= iterator.next());
  try {
    for (;;) {
      const first = await next();
      pending = null;
      if (first.done) return;
      const batch = [first.value];
      let end: Step<T> | null = null;
      while (batch.length < maxSize) {
        // setImmediate runs after pending I/O callbacks, so items already in hand are taken first.
        const step: Step<T> = await Promise.race([
          next(),
          new Promise<typeof idle>((resolve) => setImmediate(() => resolve(idle))),
        ]).catch((failed: unknown) => ({ failed }));
        if (step === idle) break;
        pending = null;
        if ('failed' in step || step.done) {
          end = step;
          break;
        }
        batch.push(step.value);
      }
      yield batch;
      if (end && 'failed' in end) throw end.failed;
      if (end) return;
    }
  } finally {
    // A pending read is abandoned: end the source so it releases what it holds.
    await iterator.return?.();
  }
}
