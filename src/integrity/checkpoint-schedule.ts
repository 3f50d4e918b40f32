import { writeCheckpoints, type CheckpointWriterDeps } from './checkpoints.js';

export interface CheckpointSchedule {
  /** Stops the timer, waits for a checkpoint in progress, then takes a last one. */
  stop(): Promise<void>;
}

/**
 * Takes checkpoints every `everySeconds` while the service runs (none when 0). A failed round is
 * reported and retried at the next tick; rounds never overlap.
 */
export function scheduleCheckpoints(
  deps: CheckpointWriterDeps,
  everySeconds: number,
  report: (error: unknown) => void,
): CheckpointSchedule {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const round = (): Promise<void> => {
    busy = true;
    running = writeCheckpoints(deps)
      .then(() => undefined, report)
      .finally(() => {
        busy = false;
      });
    return running;
  };
  const timer =
    everySeconds > 0
      ? setInterval(() => {
          if (!busy) void round();
        }, everySeconds * 1000)
      : null;
  timer?.unref();
  return {
    async stop() {
      if (timer) clearInterval(timer);
      await running;
      if (everySeconds > 0) await round();
    },
  };
}
