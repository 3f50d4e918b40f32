import { getIntrospectionQuery } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/build-yoga.js';
import { graphiqlExamples } from '../../src/graphql/graphiql-examples.js';
import {
  CSRF_HEADER,
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_TOKENS,
  operationLimits,
} from '../../src/graphql/plugins/operation-limits.js';

interface Answer {
  readonly status: number;
  readonly errors: readonly {
    message: string;
    path?: unknown[];
    extensions?: { code?: string; limit?: string };
  }[];
  readonly data?: unknown;
}

/** The real schema with no resolvers: refusals happen before any resolver would run. */
function server(development: boolean) {
  return createYoga({
    schema: createSchema({ typeDefs: loadTypeDefs(), resolvers: {} }),
    maskedErrors: { isDev: false },
    logging: false,
    plugins: operationLimits({ development }),
  });
}

const production = server(false);
const development = server(true);

async function answer(response: Response): Promise<Answer> {
  const body = (await response.json()) as Omit<Answer, 'status'>;
  return { status: response.status, errors: body.errors ?? [], data: body.data };
}

async function post(
  yoga: ReturnType<typeof server>,
  query: string,
  variables: Record<string, unknown> = {},
  accept = 'application/graphql-response+json',
): Promise<Answer> {
  return answer(
    await yoga.fetch('http://caretrail.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query, variables }),
    }),
  );
}

/** Every error came from running the operation (it has a path): nothing refused it before. */
function expectRan(result: Answer): void {
  for (const error of result.errors) expect(error.path, error.message).toBeDefined();
}

function expectTooComplex(result: Answer, limit: string): void {
  expect(result.status).toBe(400);
  expect(result.errors.map((error) => error.extensions)).toEqual([
    { code: 'QUERY_TOO_COMPLEX', limit },
  ]);
}

/** `levels` nested turns of case → timeline → entry → case, ending on an id. */
function caseTimelineCycle(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1)
    selection = `timeline(first: 1) { edges { node { case { ${selection} } } } }`;
  return `query ($id: ID!) { case(id: $id) { ${selection} } }`;
}

/** The deepest legitimate read: a full page of entries, each with its case's care plan. */
const deepestLegitimateQuery = `query ($id: ID!) { patient(id: $id) { timeline(first: 100) {
  edges { cursor node { occurredAt recordedAt kind summary lateEntry status caseId
    actor { userId role }
    case { id status carePlan { title status latestRevision { summary reason { text code } } } } } }
  pageInfo { hasNextPage endCursor } } } }`;

const syntheticId = 'b1c7a0f2-0000-4000-8000-000000000001';

describe('the operation limits', () => {
  it('let the deepest legitimate query through', async () => {
    // Given the deepest read the API's clients make (depth 9, one page of 100)
    // When it is sent
    const result = await post(production, deepestLegitimateQuery, { id: syntheticId });
    // Then it runs
    expect(result.status).toBe(200);
    expectRan(result);
    expect(result.data).toEqual({ patient: null });
  });

  it('count the fields a fragment brings in, not the fragment, as levels', async () => {
    // Given the deepest legitimate query written with nested fragments, as generated clients do
    const query = `query ($id: ID!) { patient(id: $id) { ...Timeline } }
      fragment Timeline on Patient { timeline(first: 100) { edges { node { ...Entry } } } }
      fragment Entry on TimelineEntry { summary case { ... on Case { ...Plan } } }
      fragment Plan on Case { carePlan { latestRevision { reason { text } } } }`;
    const result = await post(production, query, { id: syntheticId });
    expect(result.status).toBe(200);
    expectRan(result);
  });

  it('count levels reached through fragments', async () => {
    // Given the case ↔ timeline cycle hidden in a fragment
    const query = `query ($id: ID!) { case(id: $id) { ...Turn } }
      fragment Turn on Case { timeline(first: 1) { edges { node { case { ...Again } } } } }
      fragment Again on Case { timeline(first: 1) { edges { node { case { ...Once } } } } }
      fragment Once on Case { timeline(first: 1) { edges { node { case { id } } } } }`;
    const result = await post(production, query, { id: syntheticId });
    expectTooComplex(result, 'depth');
  });

  it('let every GraphiQL example operation through', async () => {
    for (const example of graphiqlExamples) {
      const result = await post(production, example.query, example.variables ?? {});
      expectRan(result);
    }
  });

  it(`refuse a query nested deeper than ${MAX_DEPTH}`, async () => {
    // Given a query that follows case → timeline → case round and round
    // When it is sent
    const result = await post(production, caseTimelineCycle(3), { id: syntheticId });
    // Then it is refused before it runs, naming the depth limit
    expectTooComplex(result, 'depth');
    expect(result.errors[0]?.message).toMatch(`Query depth limit of ${MAX_DEPTH} exceeded`);
  });

  it(`refuse more than ${MAX_ALIASES} aliases`, async () => {
    // Given one case folded at many points in time under aliases
    const points = Array.from(
      { length: MAX_ALIASES + 1 },
      (_, i) => `at${i}: asOf(revision: ${i}) { status }`,
    );
    const result = await post(
      production,
      `query ($id: ID!) { case(id: $id) { ${points.join(' ')} } }`,
      {
        id: syntheticId,
      },
    );
    expectTooComplex(result, 'aliases');
  });

  it(`refuse a document of more than ${MAX_TOKENS} tokens while parsing it`, async () => {
    // Given a document that repeats one field far past the token limit
    const query = `{ projections { ${'name '.repeat(MAX_TOKENS)} } }`;
    // When it is sent, as JSON or as a GraphQL response
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const result = await post(production, query, {}, accept);
      // Then it is refused with a 400 either way
      expectTooComplex(result, 'tokens');
    }
  });

  it(`refuse more than ${MAX_DIRECTIVES} directives`, async () => {
    const fields = Array.from({ length: MAX_DIRECTIVES + 1 }, () => 'name @include(if: true)');
    const result = await post(production, `{ projections { ${fields.join(' ')} } }`);
    expectTooComplex(result, 'directives');
  });

  it(`refuse nested full pages costing more than ${MAX_COST}`, async () => {
    // Given 100 cases with 100 timeline entries each
    const query = `{ caseload(first: 100) { edges { node {
      timeline(first: 100) { edges { node { summary } } } } } } }`;
    const result = await post(production, query);
    expectTooComplex(result, 'cost');
  });

  it('cost a page size sent as a variable at the largest page served', async () => {
    // Given the same nested pages, their sizes passed as variables (graphql-armor alone costs
    // a variable page size as one row)
    const query = `query ($cases: Int, $entries: Int) { caseload(first: $cases) { edges { node {
      timeline(first: $entries) { edges { node { summary } } } } } } }`;
    const result = await post(production, query, { cases: 100, entries: 100 });
    expectTooComplex(result, 'cost');
  });

  it('cost a page size sent as a variable inside a fragment the same way', async () => {
    const query = `query ($cases: Int, $entries: Int) { caseload(first: $cases) { edges { node {
      ...Entries } } } }
      fragment Entries on Case { timeline(first: $entries) { edges { node { summary } } } }`;
    const result = await post(production, query, { cases: 100, entries: 100 });
    expectTooComplex(result, 'cost');
  });

  it('answer every refusal with 400, also to a client accepting plain JSON', async () => {
    const result = await post(
      production,
      caseTimelineCycle(3),
      { id: syntheticId },
      'application/json',
    );
    expectTooComplex(result, 'depth');
  });
});

describe('introspection', () => {
  it('is refused in production', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Case") { name } }',
    ]) {
      const result = await post(production, query);
      expect(result.status).toBe(400);
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors)
        expect(error.extensions?.code).toBe('INTROSPECTION_DISABLED');
    }
  });

  it('answers in development, so GraphiQL can show the schema', async () => {
    const result = await post(development, '{ __schema { queryType { name } } }');
    expect(result).toMatchObject({
      status: 200,
      errors: [],
      data: { __schema: { queryType: { name: 'Query' } } },
    });
  });

  it('lets GraphiQL’s own introspection query through every limit in development', async () => {
    // Given the introspection query as GraphiQL sends it (182 tokens, 21 levels deep: armor leaves
    // introspection out of depth and cost)
    const query = getIntrospectionQuery({
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      inputValueDeprecation: true,
    });
    const result = await post(development, query);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
  });

  it('still answers __typename in production', async () => {
    const result = await post(production, '{ __typename }');
    expect(result).toMatchObject({ status: 200, errors: [], data: { __typename: 'Query' } });
  });
});

describe('field suggestions', () => {
  // Given a misspelled field, a misspelled enum value, and one sent as a variable
  const misspellings: [string, string, Record<string, unknown>][] = [
    ['a field', '{ projectons { name } }', {}],
    ['an enum value', '{ caseload(first: 1, status: OPN) { edges { cursor } } }', {}],
    [
      'an enum value in a variable',
      'query ($status: CaseStatus) { caseload(first: 1, status: $status) { edges { cursor } } }',
      { status: 'OPN' },
    ],
  ];

  for (const [what, query, variables] of misspellings) {
    it(`are never shown in production for ${what}`, async () => {
      const result = await post(production, query, variables);
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(error.message).not.toMatch(/did you mean/i);
    });

    it(`are shown in development for ${what}`, async () => {
      const result = await post(development, query, variables);
      expect(result.errors.map((error) => error.message).join(' ')).toMatch(/Did you mean/);
    });
  }
});

describe('CSRF prevention', () => {
  const query = '{ __typename }';

  const endpoint = 'http://caretrail.test/graphql';
  const withQuery = `${endpoint}?query=${encodeURIComponent(query)}`;

  async function send(url: string, init: RequestInit): Promise<Answer> {
    return answer(await production.fetch(url, init));
  }

  function expectRefusedAsCsrf(result: Answer): void {
    expect(result.status).toBe(400);
    expect(result.errors.map((error) => error.extensions?.code)).toEqual(['CSRF_HEADER_REQUIRED']);
  }

  it('refuses a simple cross-site form POST', async () => {
    // Given what an HTML form on another site can send without a preflight
    const result = await send(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent(query)}`,
    });
    // Then it is refused before anything runs
    expectRefusedAsCsrf(result);
  });

  it('refuses a text/plain POST and a GET without the header', async () => {
    expectRefusedAsCsrf(
      await send(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query }),
      }),
    );
    expectRefusedAsCsrf(await send(withQuery, { method: 'GET' }));
  });

  it('accepts a JSON POST, which a browser sends cross-site only after a preflight', async () => {
    const result = await post(production, query);
    expect(result).toMatchObject({ status: 200, errors: [], data: { __typename: 'Query' } });
  });

  it(`accepts a GET that carries the ${CSRF_HEADER} header`, async () => {
    const result = await send(withQuery, {
      method: 'GET',
      headers: { [CSRF_HEADER]: '1', accept: 'application/graphql-response+json' },
    });
    expect(result).toMatchObject({ status: 200, errors: [], data: { __typename: 'Query' } });
  });
});
