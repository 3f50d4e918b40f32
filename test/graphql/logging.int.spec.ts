import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildYoga } from '../../src/graphql/build-yoga.js';
import type { RequestLogLine } from '../../src/graphql/plugins/request-log.js';
import { startApi, syntheticCaseManager } from '../support/api-harness.js';

let api: Awaited<ReturnType<typeof startApi>>;
let lines: string[];
let yoga: ReturnType<typeof buildYoga>;

beforeAll(async () => {
  api = await startApi();
  lines = [];
  yoga = buildYoga({
    services: api.services,
    development: true,
    requestLog: (line) => lines.push(line),
    verifier: api.identity.verifier,
  });
});
afterAll(() => api.stop());

async function post(body: Record<string, unknown>, requestId: string) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'x-request-id': requestId,
      ...(await api.authorizationAs(syntheticCaseManager)),
    },
    body: JSON.stringify(body),
  });
  await response.text();
}

function lineOf(requestId: string): { raw: string; parsed: RequestLogLine } {
  const matching = lines.filter((line) => line.includes(requestId));
  expect(matching).toHaveLength(1);
  return { raw: matching[0]!, parsed: JSON.parse(matching[0]!) as RequestLogLine };
}

describe('the request log', () => {
  it('writes one JSON line naming the operation, its type, duration and outcome', async () => {
    await post({ query: 'query ReadModels { projections { name } }' }, 'req-log-ok');
    const { raw, parsed } = lineOf('req-log-ok');
    expect(raw).not.toContain('\n');
    expect(parsed).toMatchObject({
      requestId: 'req-log-ok',
      operationName: 'ReadModels',
      operationType: 'query',
      status: 200,
      outcome: 'ok',
      errorCodes: [],
    });
    expect(parsed.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(parsed.time)).not.toBeNaN();
  });

  it('never holds variable values or the query text with its literals', async () => {
    const secret = 'Synthetic Testpatient-LOGPROBE 1950-01-01';
    const literal = 'LITERAL-LOGPROBE';
    await post(
      {
        query: `query Lookup($name: String) { a: __type(name: $name) { name } b: __type(name: "${literal}") { name } }`,
        variables: { name: secret },
        operationName: 'Lookup',
      },
      'req-log-variables',
    );
    const { raw, parsed } = lineOf('req-log-variables');
    expect(parsed.operationName).toBe('Lookup');
    expect(raw).not.toContain('LOGPROBE');
    expect(raw).not.toContain('__type');
  });

  it('lists the error codes of a failed request', async () => {
    await post({ query: 'query Broken { projections { noSuchField } }' }, 'req-log-error');
    expect(lineOf('req-log-error').parsed).toMatchObject({
      operationName: 'Broken',
      operationType: 'query',
      outcome: 'error',
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    });
    await post({ query: '{ projections { name ' }, 'req-log-unparsable');
    expect(lineOf('req-log-unparsable').parsed).toMatchObject({
      operationName: null,
      operationType: null,
      outcome: 'error',
      errorCodes: ['GRAPHQL_PARSE_FAILED'],
    });
  });

  it('writes nothing for the GraphiQL page, which is not a GraphQL request', async () => {
    const before = lines.length;
    const page = await yoga.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html', 'x-request-id': 'req-log-page' },
    });
    expect(page.headers.get('content-type')).toContain('text/html');
    await page.text();
    expect(lines.length).toBe(before);
  });
});
