/** An ISO date-time with any offset as a UTC ISO instant, so stored instants sort as text. */
export function utcInstant(iso: string): string {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) throw new Error(`not an ISO date-time: ${iso}`);
  return new Date(millis).toISOString();
}
