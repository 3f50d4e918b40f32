import type Database from 'better-sqlite3';
import type {
  Cell,
  JsonDocument,
  ReadModelChange,
  ReadModelView,
  Row,
  TableSpec,
} from '../../projections/projection.js';

const identifier = /^[a-z][a-z0-9_]*$/;

function quoted(name: string): string {
  if (!identifier.test(name)) throw new Error(`not a valid read-model identifier: ${name}`);
  return `"${name}"`;
}

/** The physical name of one generation of a projection's table, so a rebuild never touches the live one. */
export function physicalTableName(table: string, version: number, generation: number): string {
  return `${table}__v${version}_g${generation}`;
}

/**
 * One generation of a projection's tables in the read-model database: creates them, applies
 * changes, and answers the projection's reads. Statements are prepared once and reused.
 */
export class ReadModelTables implements ReadModelView {
  private readonly specs: ReadonlyMap<string, TableSpec>;
  /** Each table's JSON columns: stored as text, handed to projections as documents. */
  private readonly jsonColumns: ReadonlyMap<string, readonly string[]>;
  private readonly physical: ReadonlyMap<string, string>;
  private readonly statements = new Map<string, Database.Statement>();
  /**
   * Inside a batch: each row the batch has read or written, by table and primary key (null: no
   * such row), so a batch reads a row from SQLite at most once and writes it once, at `flush`.
   */
  private readonly known = new Map<string, Map<string, Row | null>>();
  /** The keys of `known` whose state is not written yet. */
  private readonly dirty = new Map<string, Set<string>>();
  private batching = false;

  constructor(
    private readonly db: Database.Database,
    tables: readonly TableSpec[],
    version: number,
    generation: number,
  ) {
    this.specs = new Map(tables.map((spec) => [spec.name, spec]));
    this.jsonColumns = new Map(
      tables.map((spec) => [
        spec.name,
        spec.columns.filter((c) => c.type === 'JSON').map((c) => c.name),
      ]),
    );
    this.physical = new Map(
      tables.map((spec) => [spec.name, physicalTableName(spec.name, version, generation)]),
    );
  }

  /** The physical name of a logical table, for queries outside the projection. */
  nameOf(table: string): string {
    const name = this.physical.get(table);
    if (name === undefined) throw new Error(`no read-model table named ${table}`);
    return name;
  }

  create(): void {
    for (const spec of this.specs.values()) {
      const name = this.nameOf(spec.name);
      const columns = spec.columns.map(
        (c) =>
          `${quoted(c.name)} ${c.type === 'JSON' ? 'TEXT' : c.type}${c.notNull ? ' NOT NULL' : ''}`,
      );
      const primaryKey = `PRIMARY KEY (${spec.primaryKey.map(quoted).join(', ')})`;
      this.db.exec(
        `CREATE TABLE IF NOT EXISTS ${quoted(name)} (${[...columns, primaryKey].join(', ')})${spec.clustered ? ' WITHOUT ROWID' : ''}`,
      );
      for (const index of spec.indexes ?? []) {
        this.db.exec(
          `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quoted(`${name}__${index.name}`)} ON ${quoted(name)} (${index.columns.map(quoted).join(', ')})`,
        );
      }
    }
  }

  drop(): void {
    for (const name of this.physical.values()) this.db.exec(`DROP TABLE IF EXISTS ${quoted(name)}`);
  }

  /**
   * Starts a batch: from here until `endBatch`, rows read or written by key stay in memory and
   * changes by key are held until `flush`, so a batch touches each row in SQLite once.
   */
  beginBatch(): void {
    this.discard();
    this.batching = true;
  }

  /** Ends a batch, committed or rolled back: its rows are no longer held. */
  endBatch(): void {
    this.discard();
    this.batching = false;
  }

  /**
   * Applies changes: upserts, and updates and deletes of one row by its primary key, are held
   * until `flush`; other updates and deletes write the table's held rows first and run at once.
   */
  apply(changes: readonly ReadModelChange[]): void {
    for (const change of changes) {
      switch (change.kind) {
        case 'upsert': {
          this.hold(change.table, this.keyOf(change.table, change.row), change.row);
          break;
        }
        case 'update': {
          const key = this.byKey(change.table, change.where, change.set);
          if (key !== null) {
            const current = this.get(change.table, change.where);
            if (current) this.hold(change.table, key, { ...current, ...change.set });
            break;
          }
          const set = Object.keys(change.set);
          const where = Object.keys(change.where);
          this.writeThrough(change.table).run(
            `UPDATE ${quoted(this.nameOf(change.table))} SET ${set.map((c) => `${quoted(c)} = ?`).join(', ')} WHERE ${conditions(where)}`,
            [
              ...set.map((c) => change.set[c] ?? null),
              ...where.map((c) => change.where[c] ?? null),
            ],
          );
          break;
        }
        case 'delete': {
          const key = this.byKey(change.table, change.where, {});
          if (key !== null) {
            this.hold(change.table, key, null);
            break;
          }
          const where = Object.keys(change.where);
          this.writeThrough(change.table).run(
            `DELETE FROM ${quoted(this.nameOf(change.table))} WHERE ${conditions(where)}`,
            where.map((c) => toStored(change.where[c])),
          );
          break;
        }
      }
    }
  }

  get(table: string, key: Row): Row | undefined {
    const id = this.byKey(table, key, {});
    // By other columns (a unique index): the held rows are written, then SQLite answers.
    if (id === null) return this.find(table, key, { limit: 1 })[0];
    const known = this.known.get(table)?.get(id);
    if (known !== undefined) return known ?? undefined;
    const row = this.select(table, key, { limit: 1 })[0];
    if (this.batching) this.knownFor(table).set(id, row ?? null);
    return row;
  }

  /** Writes the held changes of one table, or of all; the runner calls it before committing a batch. */
  flush(table?: string): void {
    for (const [name, keys] of this.dirty) {
      if (table !== undefined && name !== table) continue;
      const rows = this.knownFor(name);
      for (const key of keys) {
        const row = rows.get(key);
        if (row === undefined) continue;
        if (row === null) {
          const spec = this.specs.get(name)!;
          this.statement(
            `DELETE FROM ${quoted(this.nameOf(name))} WHERE ${conditions(spec.primaryKey)}`,
          ).run(...(JSON.parse(key) as (string | number | null)[]));
          continue;
        }
        const columns = Object.keys(row);
        this.statement(
          `upsert\0${name}\0${columns.join('\0')}`,
          () =>
            `INSERT OR REPLACE INTO ${quoted(this.nameOf(name))} (${columns.map(quoted).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        ).run(...columns.map((c) => toStored(row[c])));
      }
      keys.clear();
    }
    // Outside a batch nothing is held once written.
    if (!this.batching) {
      if (table === undefined) this.known.clear();
      else this.known.delete(table);
    }
  }

  /** Forgets held rows and changes: their batch ended or its transaction was rolled back. */
  discard(): void {
    this.known.clear();
    this.dirty.clear();
  }

  private hold(table: string, key: string, row: Row | null): void {
    this.knownFor(table).set(key, row);
    let keys = this.dirty.get(table);
    if (!keys) {
      keys = new Set();
      this.dirty.set(table, keys);
    }
    keys.add(key);
  }

  private knownFor(table: string): Map<string, Row | null> {
    let rows = this.known.get(table);
    if (!rows) {
      rows = new Map();
      this.known.set(table, rows);
    }
    return rows;
  }

  /**
   * The key of the one row a change addresses, when `where` names exactly the primary key and
   * `set` leaves it alone; null for a change that may address several rows.
   */
  private byKey(table: string, where: Row, set: Row): string | null {
    const { primaryKey } = this.spec(table);
    const columns = Object.keys(where);
    if (columns.length !== primaryKey.length) return null;
    if (!primaryKey.every((c) => c in where && where[c] !== null && !(c in set))) return null;
    return this.keyOf(table, where);
  }

  /** A statement that changes rows the batch may hold: the table's held rows are written first and forgotten after. */
  private writeThrough(table: string): { run(sql: string, values: unknown[]): void } {
    return {
      run: (sql, values) => {
        this.flush(table);
        this.statement(sql).run(...values);
        this.known.delete(table);
      },
    };
  }

  private spec(table: string): TableSpec {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`no read-model table named ${table}`);
    return spec;
  }

  private keyOf(table: string, row: Row): string {
    return JSON.stringify(this.spec(table).primaryKey.map((column) => row[column] ?? null));
  }

  find(
    table: string,
    where: Row,
    options: { readonly orderBy?: readonly string[]; readonly limit?: number } = {},
  ): Row[] {
    this.flush(table);
    return this.select(table, where, options);
  }

  private select(
    table: string,
    where: Row,
    options: { readonly orderBy?: readonly string[]; readonly limit?: number },
  ): Row[] {
    const columns = Object.keys(where);
    const rows = this.statement(
      `select\0${table}\0${columns.join('\0')}\0${options.orderBy?.join('\0') ?? ''}\0${options.limit ?? ''}`,
      () => {
        const order = options.orderBy?.length
          ? ` ORDER BY ${options.orderBy.map(quoted).join(', ')}`
          : '';
        const limit =
          options.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(options.limit))}`;
        const filter = columns.length ? ` WHERE ${conditions(columns)}` : '';
        return `SELECT * FROM ${quoted(this.nameOf(table))}${filter}${order}${limit}`;
      },
    ).all(...columns.map((c) => toStored(where[c]))) as Record<string, Cell>[];
    const json = this.jsonColumns.get(table) ?? [];
    if (json.length > 0) {
      for (const row of rows) {
        for (const column of json) {
          const text = row[column];
          if (typeof text === 'string') row[column] = JSON.parse(text) as JsonDocument;
        }
      }
    }
    return rows;
  }

  /** Every row of every table in primary-key order: for comparing two builds. */
  *dump(): Generator<{ table: string; row: Record<string, Cell> }> {
    this.flush();
    for (const spec of this.specs.values()) {
      const order = spec.primaryKey.map(quoted).join(', ');
      const rows = this.db
        .prepare(`SELECT * FROM ${quoted(this.nameOf(spec.name))} ORDER BY ${order}`)
        .iterate() as Iterable<Record<string, Cell>>;
      for (const row of rows) yield { table: spec.name, row };
    }
  }

  /** Prepared once per shape of statement; the SQL text is built only the first time. */
  private statement(shape: string, sql: () => string = () => shape): Database.Statement {
    let statement = this.statements.get(shape);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(shape, statement);
    }
    return statement;
  }
}

/** A cell as SQLite stores it: documents become their JSON text. */
function toStored(cell: Cell | undefined): string | number | null {
  if (cell === undefined || cell === null) return null;
  return typeof cell === 'object' ? JSON.stringify(cell) : cell;
}

function conditions(columns: readonly string[]): string {
  // IS compares NULLs as equal, which is what a key lookup means.
  return columns.map((c) => `${quoted(c)} IS ?`).join(' AND ');
}
