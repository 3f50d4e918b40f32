import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/build-yoga.js';
import { developmentUsers } from '../../src/auth/development-identity.js';
import { graphiqlExamples } from '../../src/graphql/graphiql-examples.js';
import { startApi } from '../support/api-harness.js';

/** The demo user GraphiQL's tabs are sent as: the demo cohort's first case manager. */
const demoCaseManager = developmentUsers[0]!;

const schema = buildSchema(loadTypeDefs().join('\n'));

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  // The synthetic demo cohort `npm start` seeds: the examples name its first patient and case.
  api = await startApi({ demoCohort: true });
});
afterAll(() => api.stop());

describe('the GraphiQL example operations', () => {
  it('open as GraphiQL’s default tabs, with the demo case manager’s headers', async () => {
    const page = await (
      await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } })
    ).text();
    for (const example of graphiqlExamples) {
      const name = (parse(example.query).definitions[0] as OperationDefinitionNode).name?.value;
      expect(page, example.title).toContain(`${name}`);
    }
    const headers = { authorization: `Bearer ${await api.tokenFor(demoCaseManager)}` };
    expect(page).toContain(JSON.stringify(JSON.stringify(headers, null, 2)).slice(1, -1));
  });

  for (const example of graphiqlExamples) {
    it(`“${example.title}” is valid against the schema`, () => {
      expect(validate(schema, parse(example.query)).map((error) => error.message)).toEqual([]);
    });
  }

  for (const example of graphiqlExamples.filter((e) => !e.query.includes('subscription'))) {
    it(`“${example.title}” answers with data for the demo cohort`, async () => {
      const result = await api.graphql(example.query, example.variables, demoCaseManager);
      expect(result.errors).toBeUndefined();
      const [root] = Object.values(result.data ?? {});
      expect(root).toBeTruthy();
      // Every list the example pages through has something in it for the demo patient.
      expect(JSON.stringify(result.data)).not.toContain('"edges":[]');
    });
  }
});
