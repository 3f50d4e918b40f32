/** Whether the reliability suite runs its long variants (`CARETRAIL_RELIABILITY_LONG=1`): longer loads, more cycles, real mounts. */
export const longVariant = process.env.CARETRAIL_RELIABILITY_LONG === '1';

/** The CI figure, or the long one when the long variants are asked for. */
export function ciOrLong<T>(ci: T, long: T): T {
  return longVariant ? long : ci;
}
