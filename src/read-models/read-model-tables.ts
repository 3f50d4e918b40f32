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
  /** Upserts not yet written, by table and primary key: a batch writes each row once. */
  private readonly pending = new Map<string, Map<string, Row>>();

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

  /** Applies changes; upserts are held until `flush` (or a read that needs them), updates and deletes run at once. */
  apply(changes: readonly ReadModelChange[]): void {
    for (const change of changes) {
      if (change.kind !== 'upsert') this.flush(change.table);
      switch (change.kind) {
        case 'upsert': {
          this.pendingFor(change.table).set(this.keyOf(change.table, change.row), change.row);
          break;
        }
        case 'update': {
          const set = Object.keys(change.set);
          const where = Object.keys(change.where);
          this.statement(
            `UPDATE ${quoted(this.nameOf(change.table))} SET ${set.map((c) => `${quoted(c)} = ?`).join(', ')} WHERE ${conditions(where)}`,
          ).run(
            ...set.map((c) => change.set[c] ?? null),
            ...where.map((c) => change.where[c] ?? null),
          );
          break;
        }
        case 'delete': {
          const where = Object.keys(change.where);
          this.statement(
            `DELETE FROM ${quoted(this.nameOf(change.table))} WHERE ${conditions(where)}`,
          ).run(...where.map((c) => toStored(change.where[c])));
          break;
        }
      }
    }
  }

  get(table: string, key: Row): Row | undefined {
    const pending = this.pending.get(table)?.get(this.keyOf(table, key));
    return pending ?? this.find(table, key, { limit: 1 })[0];
  }

  /** Writes the held upserts of one table, or of all; the runner calls it before committing a batch. */
  flush(table?: string): void {
    for (const [name, rows] of this.pending) {
      if (table !== undefined && name !== table) continue;
      for (const row of rows.values()) {
        const columns = Object.keys(row);
        this.statement(
          `INSERT OR REPLACE INTO ${quoted(this.nameOf(name))} (${columns.map(quoted).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        ).run(...columns.map((c) => toStored(row[c])));
      }
      rows.clear();
    }
  }

  /** Forgets held upserts: their transaction was rolled back. */
  discard(): void {
    this.pending.clear();
  }

  private pendingFor(table: string): Map<string, Row> {
    let rows = this.pending.get(table);
    if (!rows) {
      rows = new Map();
      this.pending.set(table, rows);
    }
    return rows;
  }

  private keyOf(table: string, row: Row): string {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`no read-model table named ${table}`);
    return JSON.stringify(spec.primaryKey.map((column) => row[column] ?? null));
  }

  find(
    table: string,
    where: Row,
    options: { readonly orderBy?: readonly string[]; readonly limit?: number } = {},
  ): Row[] {
    this.flush(table);
    const columns = Object.keys(where);
    const order = options.orderBy?.length
      ? ` ORDER BY ${options.orderBy.map(quoted).join(', ')}`
      : '';
    const limit =
      options.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(options.limit))}`;
    const filter = columns.length ? ` WHERE ${conditions(columns)}` : '';
    const rows = this.statement(
      `SELECT * FROM ${quoted(this.nameOf(table))}${filter}${order}${limit}`,
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

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
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
