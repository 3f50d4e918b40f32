import { createHash } from 'node:crypto';
import type { ProjectionService } from '../../src/read-models/projection-service.js';

/** A digest of every row of every projection's serving tables, in key order: equal digests, equal read models. */
export function readModelDigests(service: ProjectionService): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const name of service.names) {
    const hash = createHash('sha256');
    for (const { table, row } of service.servingTables(name)?.dump() ?? []) {
      hash.update(`${table}\t${JSON.stringify(row)}\n`);
    }
    digests[name] = hash.digest('hex');
  }
  return digests;
}
