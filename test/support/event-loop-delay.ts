import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Event-loop delay of this process while `work` runs, in milliseconds (p50, p99, max). */
export async function withEventLoopDelay<T>(
  work: () => Promise<T>,
): Promise<{ result: T; delay: { p50: number; p99: number; max: number } }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const result = await work();
    return {
      result,
      delay: {
        p50: histogram.percentile(50) / 1e6,
        p99: histogram.percentile(99) / 1e6,
        max: histogram.max / 1e6,
      },
    };
  } finally {
    histogram.disable();
  }
}
