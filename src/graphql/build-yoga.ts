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
import { requestAccessFor } from './read/access-reads.js';

const schemaDirectory = join(import.meta.dirname, '..', '..', 'schema');

/** The SDL files of `schema/`, in name order: the API's contract with frontends. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(schemaDirectory, file), 'utf8'));
}

/** The server adds nothing to the context: everything a resolver needs is in `ApiContext`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type NoServerContext = {};

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
export function buildYoga(options: YogaOptions): YogaServerInstance<NoServerContext, ApiContext> {
  const schema = withDeidentification(
    createSchema<ApiContext>({
      typeDefs: loadTypeDefs(),
      resolvers,
      resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    }),
  );
  return createYoga<NoServerContext, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.development
      ? { title: 'caretrail', defaultTabs: graphiqlDefaultTabs(options.graphiqlHeaders ?? {}) }
      : false,
    renderGraphiQL: renderOfflineGraphiQL,
    maskedErrors: { isDev: false },
    landingPage: false,
    plugins: [requestLogPlugin({ write: options.requestLog })],
    context: async ({ request }) => {
      try {
        const actor = await options.verifier.verify(bearerTokenOf(request));
        return {
          services: options.services,
          actor,
          access: requestAccessFor(options.services, actor),
          requestId: request.headers.get('x-request-id') ?? randomUUID(),
        };
      } catch (error) {
        throw toGraphQLError(error);
      }
    },
  });
}
