import express from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderGraphiQL } from 'graphql-yoga';

/** Where the GraphiQL page's scripts and styles are served from this server, not a CDN. */
export const graphiqlAssetsPath = '/graphiql/assets';

const assetsDirectory = join(
  dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')),
  'dist',
);

/** Serves the GraphiQL bundle from node_modules, so the page works on a closed hospital network. */
export function graphiqlAssets(): express.Handler {
  return express.static(assetsDirectory, { immutable: true, maxAge: '1d', fallthrough: false });
}

/** Yoga's GraphiQL page with every CDN address replaced by this server's own asset path. */
export function renderOfflineGraphiQL(options: Parameters<typeof renderGraphiQL>[0]): string {
  return renderGraphiQL(options)
    .replace(/https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist/g, graphiqlAssetsPath)
    .replace(/<link[^>]*rel=icon[^>]*>/g, '');
}
