import { createHash } from 'node:crypto';
import { allProjections } from '../../projections/index.js';
import type { AnyProjection } from '../../projections/projection.js';
import type { EventStore, Position } from '../../src/event-store/port.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';

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

/**
 * The digests of the projections' read models in the file at `path` once they have caught up to
 * `head`: resumed from their checkpoints, or in a fresh file a clean rebuild.
 */
export async function digestsAt(
  store: EventStore,
  path: string,
  head: Position,
  projections: readonly AnyProjection[] = allProjections,
): Promise<Record<string, string>> {
  const service = new ProjectionService({ store, path, projections, clock: () => new Date() });
  service.start();
  await service.waitForPosition(head, 60_000);
  const digests = readModelDigests(service);
  await service.stop();
  return digests;
}
