import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema, createYoga, type YogaServerInstance } from 'graphql-yoga';
import { randomUUID } from 'node:crypto';
import type { ApiContext, ApiServices } from './context.js';
import { graphiqlDefaultTabs } from './graphiql-examples.js';
import { renderOfflineGraphiQL } from './offline-graphiql.js';
import { requestLogPlugin, type LogWriter } from './plugins/request-log.js';
import { resolvers } from './resolvers/index.js';
import { bearerTokenOf, type TokenVerifier } from '../auth/token-verifier.js';
import { withDeidentification } from './deidentification.js';
import { toGraphQLError } from './error-mapping.js';
import { accessAuditPlugin } from './plugins/access-audit.js';
import { CSRF_HEADER, operationLimits } from './plugins/operation-limits.js';
import { DEFAULT_BODY_LIMIT_BYTES } from '../http/limits/body-size.js';
import { graphiqlContentSecurityPolicyPlugin } from '../http/limits/security-headers.js';
import type { Actor } from '../domain/values.js';
import { requestAccessFor } from './read/access-reads.js';

const schemaDirectory = join(import.meta.dirname, '..', '..', 'schema');

/** The SDL files of `schema/`, in name order: the API's contract with frontends. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(schemaDirectory, file), 'utf8'));
}

/**
 * What the HTTP server passes in: under express, the response whose `locals.actor` the
 * authentication middleware set; through `yoga.fetch`, nothing, and the token is checked here.
 */
interface ServerContext {
  readonly req?: { readonly ip?: string | undefined };
  readonly res?: { readonly locals?: { readonly actor?: Actor } };
}

export interface YogaOptions {
  readonly services: ApiServices;
  /** GraphiQL and detailed errors only in development. */
  readonly development: boolean;
  /** Where the one-line-per-request JSON log goes; stdout when absent. */
  readonly requestLog?: LogWriter;
  /** Checks each request's bearer token; a request without a valid one never runs. */
  readonly verifier: TokenVerifier;
  /** Headers GraphiQL's example tabs are sent with (development: a demo user's token). */
  readonly graphiqlHeaders?: Readonly<Record<string, string>>;
}

/** The GraphQL server: the schema from SDL with its resolvers; never listens by itself. */
export function buildYoga(options: YogaOptions): YogaServerInstance<ServerContext, ApiContext> {
  const schema = withDeidentification(
    createSchema<ApiContext>({
      typeDefs: loadTypeDefs(),
      resolvers,
      resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    }),
  );
  return createYoga<ServerContext, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.development
      ? {
          title: 'caretrail',
          defaultTabs: graphiqlDefaultTabs(options.graphiqlHeaders ?? {}),
          // GraphiQL sends subscriptions as GET, which CSRF prevention wants marked.
          additionalHeaders: { [CSRF_HEADER]: '1' },
        }
      : false,
    renderGraphiQL: renderOfflineGraphiQL,
    maskedErrors: { isDev: false },
    landingPage: false,
    // The HTTP layer refuses bodies over this first; Yoga's own default is 25 MB.
    maxRequestBodySize: DEFAULT_BODY_LIMIT_BYTES,
    // No cross-origin browser clients: Yoga's default reflects any origin with credentials.
    cors: false,
    // No uploads in the schema.
    multipart: false,
    plugins: [
      ...operationLimits({ development: options.development }),
      ...(options.development ? [graphiqlContentSecurityPolicyPlugin()] : []),
      accessAuditPlugin(),
      requestLogPlugin({ write: options.requestLog }),
    ],
    context: async ({ request, req, res }) => {
      try {
        const actor =
          res?.locals?.actor ??
          (await options.verifier.verify(
            bearerTokenOf({
              authorization: request.headers.get('authorization'),
              url: request.url,
            }),
          ));
        return {
          services: options.services,
          actor,
          access: requestAccessFor(options.services, actor),
          requestId: request.headers.get('x-request-id') ?? randomUUID(),
          clientAddress: req?.ip ?? null,
        };
      } catch (error) {
        throw toGraphQLError(error);
      }
    },
  });
}
