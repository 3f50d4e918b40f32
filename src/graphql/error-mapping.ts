import { GraphQLError } from 'graphql';
import { CaretrailError, ValidationError } from '../domain/errors.js';
import { StoreUnavailableError, WrongExpectedRevisionError } from '../event-store/errors.js';

/**
 * The one place that turns domain outcomes into GraphQL errors with a stable `extensions.code`.
 * Anything else is left for Yoga to mask as an unexpected error.
 */
export function toGraphQLError(error: unknown): unknown {
  // The store's own words only (full, read-only, closed): they carry no request data.
  if (error instanceof StoreUnavailableError)
    return new GraphQLError(`The service cannot do this now: ${error.message}. Try again later.`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  if (!(error instanceof CaretrailError)) return error;
  const extensions: Record<string, unknown> = { code: error.code };
  if (error instanceof ValidationError) {
    extensions.issues = error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  }
  if (error instanceof WrongExpectedRevisionError) {
    extensions.expected = error.expected;
    extensions.actualRevision = error.actualRevision;
  }
  if ('rule' in error && typeof error.rule === 'string') extensions.rule = error.rule;
  // Yoga answers with this status and drops `http` from the body.
  if (error.code === 'UNAUTHENTICATED')
    extensions.http = { status: 401, headers: { 'www-authenticate': 'Bearer' } };
  return new GraphQLError(error.message, { extensions });
}

/** Runs a resolver's work and maps an expected failure to its GraphQL error. */
export async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGraphQLError(error);
  }
}
