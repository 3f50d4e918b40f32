import type Database from 'better-sqlite3';

const version = 1;

/** Creates or upgrades the event store's tables; idempotent, safe for several processes at once. */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current >= version) return;
    db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        position       INTEGER PRIMARY KEY,
        event_id       TEXT    NOT NULL UNIQUE,
        stream_id      TEXT    NOT NULL,
        revision       INTEGER NOT NULL CHECK (revision >= 0),
        type           TEXT    NOT NULL,
        schema_version INTEGER NOT NULL,
        data           TEXT    NOT NULL,
        metadata       TEXT    NOT NULL,
        recorded_at    TEXT    NOT NULL,
        UNIQUE (stream_id, revision)
      ) STRICT;
    `);
    db.pragma(`user_version = ${version}`);
  }).immediate();
}
