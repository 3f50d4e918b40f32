import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, syntheticCaseManager } from '../support/api-harness.js';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi({ development: false });
});
afterAll(() => api.stop());

/** The audits' text, for the test output when one is not passed. */
async function reasonOf(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  const body = await result.response.text().catch(() => '');
  return `${result.reason} (HTTP ${result.response.status}: ${body.slice(0, 300)})`;
}

describe('the GraphQL over HTTP audit suite (graphql-http)', () => {
  // Every request carries a valid token, as every real client's does.
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(await api.authorizationAs(syntheticCaseManager)))
      headers.set(name, value);
    return fetch(input, { ...init, headers });
  };
  for (const audit of serverAudits({ url: () => `${api.base}/graphql`, fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(await reasonOf(result), audit.id).toBe('ok');
    });
  }
});
