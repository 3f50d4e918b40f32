import type Database from 'better-sqlite3';
import type { Position } from '../event-store/port.js';

/** One build of a projection: its tables are that version and generation's, its checkpoint its own. */
export interface BuildRecord {
  readonly name: string;
  readonly version: number;
  readonly generation: number;
  /** `building` until it first catches up (if it replaces another build), then `active`, then `retired`. */
  readonly status: 'building' | 'active' | 'retired';
  /** The position of the last event applied, or null before the first. */
  readonly position: Position | null;
  readonly eventsApplied: number;
  /** `recordedAt` of the last event applied, for lag in seconds. */
  readonly lastRecordedAt: string | null;
  readonly error: string | null;
  readonly errorPosition: Position | null;
}

interface BuildRow {
  name: string;
  version: number;
  generation: number;
  status: BuildRecord['status'];
  position: string | null;
  events_applied: number;
  last_recorded_at: string | null;
  error: string | null;
  error_position: string | null;
}

function toRecord(row: BuildRow): BuildRecord {
  return {
    name: row.name,
    version: row.version,
    generation: row.generation,
    status: row.status,
    position: row.position as Position | null,
    eventsApplied: row.events_applied,
    lastRecordedAt: row.last_recorded_at,
    error: row.error,
    errorPosition: row.error_position as Position | null,
  };
}

/**
 * The read-model database's catalogue of projection builds and their checkpoints. A checkpoint
 * moves only inside the transaction that writes the batch's read-model changes.
 */
export class BuildRegistry {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS projection_builds (
        name             TEXT    NOT NULL,
        version          INTEGER NOT NULL,
        generation       INTEGER NOT NULL,
        status           TEXT    NOT NULL CHECK (status IN ('building', 'active', 'retired')),
        position         TEXT,
        events_applied   INTEGER NOT NULL DEFAULT 0,
        last_recorded_at TEXT,
        error            TEXT,
        error_position   TEXT,
        PRIMARY KEY (name, version, generation)
      ) STRICT;
    `);
  }

  active(name: string): BuildRecord | undefined {
    const row = this.statement<[string], BuildRow>(
      "SELECT * FROM projection_builds WHERE name = ? AND status = 'active'",
    ).get(name);
    return row && toRecord(row);
  }

  /** The newest unfinished build of this version, if one was started before. */
  building(name: string, version: number): BuildRecord | undefined {
    const row = this.statement<[string, number], BuildRow>(
      "SELECT * FROM projection_builds WHERE name = ? AND version = ? AND status = 'building' ORDER BY generation DESC LIMIT 1",
    ).get(name, version);
    return row && toRecord(row);
  }

  get(name: string, version: number, generation: number): BuildRecord | undefined {
    const row = this.statement<[string, number, number], BuildRow>(
      'SELECT * FROM projection_builds WHERE name = ? AND version = ? AND generation = ?',
    ).get(name, version, generation);
    return row && toRecord(row);
  }

  /** Starts a new build from the first event; active at once when nothing else serves the projection. */
  create(name: string, version: number): BuildRecord {
    const { generation } = this.statement<[string], { generation: number | null }>(
      'SELECT max(generation) AS generation FROM projection_builds WHERE name = ?',
    ).get(name) ?? { generation: null };
    const status = this.active(name) ? 'building' : 'active';
    this.statement(
      'INSERT INTO projection_builds (name, version, generation, status) VALUES (?, ?, ?, ?)',
    ).run(name, version, (generation ?? 0) + 1, status);
    return this.get(name, version, (generation ?? 0) + 1)!;
  }

  /** Moves the checkpoint; a build that got past the event that stopped it no longer reports that error. */
  checkpoint(
    build: BuildRecord,
    position: Position,
    count: number,
    lastRecordedAt: string | null,
  ): void {
    this.statement(
      'UPDATE projection_builds SET position = ?, events_applied = events_applied + ?, last_recorded_at = ?, error = NULL, error_position = NULL WHERE name = ? AND version = ? AND generation = ?',
    ).run(position, count, lastRecordedAt, build.name, build.version, build.generation);
  }

  fail(build: BuildRecord, error: string, position: Position | null): void {
    this.statement(
      'UPDATE projection_builds SET error = ?, error_position = ? WHERE name = ? AND version = ? AND generation = ?',
    ).run(error, position, build.name, build.version, build.generation);
  }

  /** Makes a caught-up build the one that serves, retiring the previous one. */
  activate(build: BuildRecord): BuildRecord | undefined {
    const previous = this.active(build.name);
    this.statement(
      "UPDATE projection_builds SET status = 'retired' WHERE name = ? AND status = 'active'",
    ).run(build.name);
    this.statement(
      "UPDATE projection_builds SET status = 'active' WHERE name = ? AND version = ? AND generation = ?",
    ).run(build.name, build.version, build.generation);
    return previous;
  }

  /** Prepared once per SQL text: the registry is read on every batch and every query. */
  private statement<P extends unknown[] = unknown[], R = unknown>(
    sql: string,
  ): Database.Statement<P, R> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  all(): BuildRecord[] {
    return this.statement<[], BuildRow>(
      'SELECT * FROM projection_builds ORDER BY name, version, generation',
    )
      .all()
      .map(toRecord);
  }
}
