import type Database from 'better-sqlite3';
import type { Cell } from '../../../projections/projection.js';
import type { ProjectionService } from '../../read-models/projection-service.js';

export type SqlValue = string | number | null;
export type SqlRow = Record<string, Cell>;

let statementsRun = 0;

/** How many read-model statements the API's queries have run in this process: for tests that prove no N+1. */
export function readModelStatementCount(): number {
  return statementsRun;
}

const preparedByDb = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: Database.Database, sql: string): Database.Statement {
  let statements = preparedByDb.get(db);
  if (!statements) {
    statements = new Map();
    preparedByDb.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/** The quoted physical name of a projection's serving table, or undefined before its first build. */
export function servingTable(
  projections: ProjectionService,
  projection: string,
  table: string,
): string | undefined {
  const tables = projections.servingTables(projection);
  return tables === undefined ? undefined : `"${tables.nameOf(table)}"`;
}

/** Runs one read-model query (prepared once per SQL text) and returns its rows. */
export function selectRows(
  projections: ProjectionService,
  sql: string,
  params: readonly SqlValue[],
): SqlRow[] {
  statementsRun += 1;
  return prepared(projections.db, sql).all(...params) as SqlRow[];
}

/** Adds an inclusive range over a UTC ISO instant column, for the bounds that are given. */
export function addInstantRange(
  conditions: string[],
  params: SqlValue[],
  column: string,
  range: { readonly from: string | null; readonly to: string | null },
): void {
  if (range.from !== null) {
    conditions.push(`${column} >= ?`);
    params.push(range.from);
  }
  if (range.to !== null) {
    conditions.push(`${column} <= ?`);
    params.push(range.to);
  }
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

export function text(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`read-model column ${column} is not text`);
  return value;
}

export function optionalText(row: SqlRow, column: string): string | null {
  const value = row[column];
  return typeof value === 'string' ? value : null;
}

export function integer(row: SqlRow, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new Error(`read-model column ${column} is not a number`);
  return value;
}
