import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlAssets, graphiqlAssetsPath } from '../../../src/graphql/offline-graphiql.js';
import { renderOfflineGraphiQL } from '../../../src/graphql/offline-graphiql.js';
import {
  graphiqlContentSecurityPolicyPlugin,
  inlineScriptHashes,
  securityHeaders,
} from '../../../src/http/limits/security-headers.js';

/** express with the security headers, GraphiQL's assets and a Yoga serving GraphiQL. */
function appWith(development: boolean, graphiqlToken: string): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ development }));
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(graphiqlAssetsPath, graphiqlAssets());
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ping: String }', resolvers: {} }),
    graphiql: {
      title: 'caretrail',
      // A synthetic token: the real page carries a demo user's token minted at start-up.
      defaultTabs: [
        { query: '{ ping }', headers: JSON.stringify({ authorization: graphiqlToken }) },
      ],
    },
    renderGraphiQL: renderOfflineGraphiQL,
    logging: false,
    plugins: [graphiqlContentSecurityPolicyPlugin()],
  });
  app.use(yoga.graphqlEndpoint, yoga);
  return app;
}

async function serve(app: express.Express): Promise<{ server: Server; base: string }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A policy's directives by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

let production: { server: Server; base: string };
let development: { server: Server; base: string };
beforeAll(async () => {
  production = await serve(appWith(false, 'Bearer synthetic-token-1'));
  development = await serve(appWith(true, 'Bearer synthetic-token-1'));
});
afterAll(async () => {
  for (const { server } of [production, development])
    await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the security headers on API answers', () => {
  it('forbid loading, framing, sniffing and referrers, and pin HTTPS in production', async () => {
    // When a client reads a JSON endpoint of the production server
    const response = await fetch(`${production.base}/healthz`);
    // Then nothing may load, run, frame or submit from that answer
    expect(Object.fromEntries(directives(response.headers.get('content-security-policy')))).toEqual(
      {
        'default-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    );
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('do not pin HTTPS in development, where the server speaks plain HTTP', async () => {
    const response = await fetch(`${development.base}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('keep the deny-all policy on GraphQL answers', async () => {
    const response = await fetch(`${development.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping }' }),
    });
    expect(response.status).toBe(200);
    expect(directives(response.headers.get('content-security-policy')).get('default-src')).toEqual([
      "'none'",
    ]);
  });
});

describe('the GraphiQL page’s policy', () => {
  async function page(base: string): Promise<{ html: string; policy: Map<string, string[]> }> {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const policies = response.headers.get('content-security-policy');
    return { html: await response.text(), policy: directives(policies) };
  }

  it('allows exactly the page’s inline scripts, by hash, and scripts from this origin', async () => {
    // Given the GraphiQL page as served
    const { html, policy } = await page(development.base);
    // Then its two inline scripts (worker set-up and rendering) are allowed by their hashes,
    // and no other inline script could run
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(2);
    expect(policy.get('script-src')).toEqual(["'self'", ...inline.map(sha256)]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
  });

  it('lets GraphiQL fetch from this origin and start Monaco’s workers from blob: URLs', async () => {
    const { html, policy } = await page(development.base);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(['blob:']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // and everything the page loads by address comes from this origin
    const addresses = [...html.matchAll(/\b(?:src|href)=("?)([^"\s>]+)\1/g)].map((m) => m[2]!);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(/^\/graphiql\/assets\//);
  });

  it('follows the page: another demo token gives other hashes', async () => {
    // Given a server whose GraphiQL tabs carry another token
    const other = await serve(appWith(true, 'Bearer synthetic-token-2'));
    try {
      const first = await page(development.base);
      const second = await page(other.base);
      // Then each page's policy names its own rendering script
      expect(second.policy.get('script-src')).not.toEqual(first.policy.get('script-src'));
      expect(second.policy.get('script-src')).toEqual([
        "'self'",
        ...inlineScriptHashes(second.html),
      ]);
    } finally {
      await new Promise<void>((resolve) => other.server.close(() => resolve()));
    }
  });
});

describe('inline script hashes', () => {
  it('name inline scripts only, in page order, hashed as a browser hashes them', () => {
    const html =
      '<script src=/a.js></script><script>one()</script><p>x</p>' +
      '<script type="module">two()\r\n</script>';
    expect(inlineScriptHashes(html)).toEqual([sha256('one()'), sha256('two()\n')]);
  });
});
