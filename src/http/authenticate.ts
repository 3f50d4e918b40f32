import type { RequestHandler, Response } from 'express';
import { bearerTokenOf, type TokenVerifier } from '../auth/token-verifier.js';
import { UnauthenticatedError } from '../auth/unauthenticated-error.js';
import type { Actor } from '../domain/values.js';

/** Where the authenticated caller is kept for the rest of the request (rate limit, GraphQL). */
export function authenticatedActor(response: Response): Actor | undefined {
  const actor: unknown = response.locals.actor;
  return actor === undefined ? undefined : (actor as Actor);
}

/**
 * Authenticates every request before anything else reads it: the caller from the bearer token,
 * or 401 `UNAUTHENTICATED` with no detail. In development the GraphiQL page itself (a browser's
 * GET for HTML) loads without a token; the operations it sends carry one.
 */
export function authenticate(
  verifier: TokenVerifier,
  options: { readonly development: boolean },
): RequestHandler {
  return (request, response, next) => {
    if (
      options.development &&
      request.method === 'GET' &&
      (request.headers.accept ?? '').includes('text/html')
    ) {
      next();
      return;
    }
    Promise.resolve()
      .then(() =>
        verifier.verify(
          bearerTokenOf({ authorization: request.headers.authorization, url: request.originalUrl }),
        ),
      )
      .then((actor) => {
        response.locals.actor = actor;
        // The rate limiter counts requests per user.
        response.locals.caretrailUserId = actor.userId;
        next();
      })
      .catch((error: unknown) => {
        if (!(error instanceof UnauthenticatedError)) {
          next(error);
          return;
        }
        response
          .status(401)
          .set('www-authenticate', 'Bearer')
          .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      });
  };
}
