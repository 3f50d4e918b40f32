import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ProjectedEvent, Projection, Row } from '../../projections/projection.js';
import type { CaretrailEvent } from '../../src/domain/events/catalogue.js';
import { ReadModelTables } from '../../src/read-models/read-model-tables.js';

/** Envelope fields a test may set on a synthetic event; the rest get deterministic defaults. */
export type EnvelopeOverrides = Partial<Omit<ProjectedEvent, 'type' | 'data'>>;

/**
 * Builds recorded events for projection specifications: each stream's revisions count from 0 and
 * positions rise globally, as a store would record them.
 */
export class EventLog {
  private position = 0;
  private readonly revisions = new Map<string, number>();
  private clock = Date.parse('2025-03-01T09:00:00.000Z');

  record<E extends CaretrailEvent>(
    streamId: string,
    event: E,
    overrides: EnvelopeOverrides = {},
  ): ProjectedEvent {
    const revision = (this.revisions.get(streamId) ?? -1) + 1;
    this.revisions.set(streamId, revision);
    this.position += 1;
    this.clock += 60_000;
    const recordedAt = new Date(this.clock).toISOString();
    return {
      ...event,
      id: randomUUID(),
      schemaVersion: 1,
      streamId,
      revision,
      position: String(this.position) as ProjectedEvent['position'],
      recordedAt,
      occurredAt: recordedAt,
      actor: { userId: 'synthetic-cm-1', role: 'case_manager' },
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      reason: null,
      ...overrides,
    };
  }
}

/** Given/When/Then for a projection, on a real in-memory SQLite read model. */
export function projectionSpec(projection: Projection) {
  return {
    given(events: readonly ProjectedEvent[]) {
      const db = new Database(':memory:');
      const tables = new ReadModelTables(db, projection.tables, projection.version, 1);
      tables.create();
      for (const event of events) {
        if (projection.handles.has(event.type)) tables.apply(projection.apply(event, tables));
      }
      tables.flush();
      return {
        tables,
        /** The rows of a table matching `where`, in primary-key order unless `orderBy` is given. */
        rows(table: string, where: Row = {}, orderBy?: readonly string[]): Row[] {
          const spec = projection.tables.find((t) => t.name === table);
          return tables.find(table, where, { orderBy: orderBy ?? spec?.primaryKey ?? [] });
        },
        then(table: string, expected: readonly Row[], where: Row = {}): void {
          expect(this.rows(table, where)).toEqual(expected);
        },
      };
    },
  };
}
