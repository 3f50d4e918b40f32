import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Plugin } from 'graphql-yoga';
import helmet from 'helmet';

export interface SecurityHeadersOptions {
  /** In development no HSTS: a browser would pin plain-HTTP `localhost` to HTTPS for a year. */
  readonly development: boolean;
}

/**
 * The policy for everything the API answers (JSON, health, GraphiQL's asset files): nothing may
 * load, run, frame or submit. The GraphiQL page gets its own policy (`graphiqlContentSecurityPolicy`).
 */
const apiDirectives = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * helmet for a JSON API: a deny-all CSP, no framing, no sniffing, no referrer, and HSTS outside
 * development. helmet's default CSP is for web pages (and adds `upgrade-insecure-requests`, which
 * breaks GraphiQL over plain HTTP), so this one is written out in full.
 */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: apiDirectives },
    frameguard: { action: 'deny' },
    strictTransportSecurity: options.development ? false : { maxAge: 31_536_000 },
  });
}

/** `'sha256-…'` of each inline `<script>` of a page, in page order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    // Browsers hash the script text after HTML's newline normalisation.
    (match) => {
      const text = (match[1] ?? '').replace(/\r\n?/g, '\n');
      return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    },
  );
}

/**
 * What Yoga's offline GraphiQL page needs, and no more: its bundle and stylesheet from this
 * origin, its two inline scripts by hash (one sets up Monaco's workers, one renders GraphiQL with
 * this server's options, the demo token included, so the hash is taken of the page as served),
 * Monaco's workers from `blob:` URLs of bundles it fetches from here, the style elements React
 * and Monaco insert at run time (which no hash can name), and fonts and icons inlined as `data:`.
 */
export function graphiqlContentSecurityPolicy(html: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * A Yoga plugin that gives the GraphiQL page (Yoga's only HTML answer) the policy made from its
 * own inline scripts, replacing the API's deny-all one; add it only where GraphiQL is served.
 */
export function graphiqlContentSecurityPolicyPlugin(): Plugin {
  return {
    async onResponse(payload) {
      const { response, fetchAPI } = payload;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      const html = await response.text();
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-security-policy', graphiqlContentSecurityPolicy(html));
      payload.setResponse(new fetchAPI.Response(html, { status: response.status, headers }));
    },
  };
}
