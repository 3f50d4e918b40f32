import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness.js';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

describe('the GraphQL endpoint', () => {
  it('reports each projection’s state and lag', async () => {
    const result = await api.graphql<{
      projections: { name: string; state: string; lagEvents: number }[];
    }>(
      '{ projections { name version state position eventsApplied lagEvents lagSeconds error { message } rebuild { version } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.projections.map((p) => p.name).sort()).toEqual([
      'access-log',
      'audit-trail',
      'care-team-membership',
      'case-outcomes',
      'current-case',
      'patient-timeline',
    ]);
    for (const projection of result.data?.projections ?? []) {
      expect(['LIVE', 'CATCHING_UP']).toContain(projection.state);
    }
  });

  it('answers a malformed query with a GraphQL validation error, not a crash', async () => {
    const result = await api.graphql('{ projections { noSuchField } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves GraphiQL with every script and style from this server, none from a CDN', async () => {
    const page = await (
      await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } })
    ).text();
    expect(page).toContain('/graphiql/assets/yoga-graphiql.umd.js');
    expect(page).not.toMatch(/https?:\/\//);
    for (const asset of [
      'yoga-graphiql.umd.js',
      'graphiql.css',
      'monacoeditorwork/editor.worker.bundle.js',
    ]) {
      const response = await fetch(`${api.base}/graphiql/assets/${asset}`);
      expect(response.status, asset).toBe(200);
      await response.arrayBuffer();
    }
  });
});

describe('GET /readyz', () => {
  it('is ready once the store answers and every projection is up to date', async () => {
    const { headPosition } = await api.store.stats();
    if (headPosition) await api.projections.waitForPosition(headPosition, 5_000);
    const response = await fetch(`${api.base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, notReady: [] });
  });
});
