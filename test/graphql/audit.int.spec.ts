import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/graphql/plugins/operation-limits.js';
import { startApi, syntheticCaseManager } from '../support/api-harness.js';

type Api = Awaited<ReturnType<typeof startApi>>;

/** The audits' text, for the test output when one is not passed. */
async function reasonOf(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  const body = await result.response.text().catch(() => '');
  return `${result.reason} (HTTP ${result.response.status}: ${body.slice(0, 300)})`;
}

/** Every request with a valid token and the CSRF header, as a real non-browser client sends. */
function clientOf(api: () => Api) {
  return async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(await api().authorizationAs(syntheticCaseManager)))
      headers.set(name, value);
    headers.set(CSRF_HEADER, '1');
    return fetch(input, { ...init, headers });
  };
}

for (const development of [true, false]) {
  describe(`the GraphQL over HTTP audit suite (graphql-http), ${development ? 'in development' : 'in production'}`, () => {
    let api: Api;
    beforeAll(async () => {
      api = await startApi({ development });
    });
    afterAll(() => api.stop());

    for (const audit of serverAudits({
      url: () => `${api.base}/graphql`,
      fetchFn: clientOf(() => api),
    })) {
      it(audit.name, async () => {
        const result = await audit.fn();
        if (!development && result.status !== 'ok') {
          // A few audits ask for `__type`: production refuses introspection, and that alone.
          expect(result.response.status).toBe(400);
          expect(await result.response.text()).toContain('INTROSPECTION_DISABLED');
          return;
        }
        expect(await reasonOf(result), audit.id).toBe('ok');
      });
    }
  });
}
