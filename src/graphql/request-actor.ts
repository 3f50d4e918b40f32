import { actorSchema, type Actor } from '../domain/values.js';

/**
 * The caller named by the `x-caretrail-user` and `x-caretrail-role` headers. A stand-in until
 * authentication with signed tokens replaces it: nothing here proves who the caller is.
 */
export function actorFromHeaders(headers: Headers): Actor | null {
  const parsed = actorSchema.safeParse({
    userId: headers.get('x-caretrail-user') ?? undefined,
    role: headers.get('x-caretrail-role') ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}
