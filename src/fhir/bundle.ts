import type { Bundle } from './r4-types.js';

/** One resource as a line of FHIR bulk data (NDJSON): its JSON, then a line feed. */
export function ndjsonLine(resource: { readonly resourceType: string }): string {
  return `${JSON.stringify(resource)}\n`;
}

/**
 * Resources as a FHIR `collection` Bundle. Given the server's FHIR base URL, each entry's fullUrl
 * is its absolute address (`<base>/<type>/<id>`); without one, entries carry no fullUrl.
 */
export function collectionBundle<Resource extends { resourceType: string; id?: string }>(
  resources: readonly Resource[],
  timestamp: string,
  baseUrl?: string,
): Bundle<Resource> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp,
    entry: resources.map((resource) =>
      baseUrl === undefined || resource.id === undefined
        ? { resource }
        : { fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`, resource },
    ),
  };
}
