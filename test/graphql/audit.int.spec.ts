import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness.js';

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
  for (const audit of serverAudits({ url: () => `${api.base}/graphql` })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(await reasonOf(result), audit.id).toBe('ok');
    });
  }
});
