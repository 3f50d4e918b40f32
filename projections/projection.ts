import type { AccessEvent, CaretrailEvent } from '../src/domain/events/catalogue.js';
import type { RecordedEvent } from '../src/event-store/port.js';

/** A recorded, decoded clinical event: what the record's projections read. */
export type ProjectedEvent = CaretrailEvent & Omit<RecordedEvent, 'type' | 'data'>;

/** A recorded, decoded event of an access stream: what the access log's projection reads. */
export type ProjectedAccessEvent = AccessEvent & Omit<RecordedEvent, 'type' | 'data'>;

/** Any recorded, decoded event. */
export type AnyProjectedEvent = ProjectedEvent | ProjectedAccessEvent;

/** A JSON document as a read model keeps it: plain data, never mutated once handed over. */
export type JsonDocument = { readonly [key: string]: unknown } | readonly unknown[];

/** A read-model value: SQLite's TEXT, INTEGER and REAL, NULL, or a document in a JSON column. */
export type Cell = string | number | null | JsonDocument;
export type Row = Readonly<Record<string, Cell>>;

export interface ColumnSpec {
  readonly name: string;
  /**
   * JSON columns take and give documents; the runner stores them as text, written once per batch
   * however often the batch changes them.
   */
  readonly type: 'TEXT' | 'INTEGER' | 'REAL' | 'JSON';
  readonly notNull?: boolean;
}

export interface IndexSpec {
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique?: boolean;
}

/**
 * A read-model table. With `clustered`, rows are stored in primary-key order (SQLite WITHOUT
 * ROWID), so a range of the key's leading columns is one contiguous read.
 */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  readonly primaryKey: readonly string[];
  readonly indexes?: readonly IndexSpec[];
  readonly clustered?: boolean;
}

/** A change to a read model, as data: the runner applies it in the batch's transaction. */
export type ReadModelChange =
  /** Inserts the row, or replaces the row with the same primary key. */
  | { readonly kind: 'upsert'; readonly table: string; readonly row: Row }
  /** Sets some columns of the rows matching `where` (equality on every given column). */
  | { readonly kind: 'update'; readonly table: string; readonly where: Row; readonly set: Row }
  | { readonly kind: 'delete'; readonly table: string; readonly where: Row };

/** Read access to the projection's own tables as they stand, including this batch's changes. */
export interface ReadModelView {
  /** The row with this primary key, if any. */
  get(table: string, key: Row): Row | undefined;
  /** The rows matching `where` (equality on every given column), ordered by `orderBy` ascending. */
  find(
    table: string,
    where: Row,
    options?: { readonly orderBy?: readonly string[]; readonly limit?: number },
  ): Row[];
}

/**
 * A projection: a named, versioned, pure definition of how events change a read model. Changing
 * what it writes means a new version, which the runner rebuilds from the first event.
 */
export interface Projection<Event extends AnyProjectedEvent = ProjectedEvent> {
  readonly name: string;
  readonly version: number;
  readonly description: string;
  readonly tables: readonly TableSpec[];
  /** The event types it reads; other events only move its checkpoint. */
  readonly handles: ReadonlySet<Event['type']>;
  /** Deterministic: the same event and view always give the same changes. */
  apply(event: Event, view: ReadModelView): readonly ReadModelChange[];
}

/** A projection of clinical or of access events, as the runner holds it. */
export type AnyProjection = Projection<AnyProjectedEvent>;
