import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTSTORE_IMAGE } from '../../src/event-store/eventstoredb/image.js';

/** The `image:` of one top-level compose service, read line by line (no YAML parser is a dependency). */
function composeServiceImage(compose: string, service: string): string | undefined {
  const lines = compose.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trimEnd() === `  ${service}:`);
  if (start < 0) return undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^ {0,2}\S/.test(line)) return undefined; // the next service or top-level key
    const image = /^\s+image:\s*["']?([^"'\s#]+)["']?/.exec(line);
    if (image) return image[1];
  }
  return undefined;
}

describe('the pinned EventStoreDB image', () => {
  const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');

  it('is the one docker-compose.yml runs', () => {
    expect(composeServiceImage(compose, 'eventstore')).toBe(EVENTSTORE_IMAGE);
  });

  it('is pinned to a version, not to a moving latest tag', () => {
    expect(EVENTSTORE_IMAGE).toMatch(/^[\w./-]+:\d+\.\d+(\.\d+)?([-\w.]*)$/);
  });
});
