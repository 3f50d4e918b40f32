// The peer in the append benchmark: Emmett's SQLite event store (@event-driven-io/emmett-sqlite)
// behind Emmett's CommandHandler, on the workload caretrail's command path runs.
import { CommandHandler, type Event } from '@event-driven-io/emmett';
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { randomUUID } from 'node:crypto';
import sqlite3 from 'sqlite3';

type CaseOpened = Event<'CaseOpened', { caseId: string; program: string }>;
type ContactLogged = Event<
  'ContactLogged',
  {
    contactId: string;
    party: string;
    channel: string;
    direction: string;
    reached: boolean;
    purpose: string;
    summary: string;
  },
  Record<string, unknown>
>;
type CaseEvent = CaseOpened | ContactLogged;
type CaseState = { status: 'none' | 'open'; contacts: number };

const evolve = (state: CaseState, event: CaseEvent): CaseState => {
  switch (event.type) {
    case 'CaseOpened':
      return { ...state, status: 'open' };
    case 'ContactLogged':
      return { ...state, contacts: state.contacts + 1 };
  }
};
const handle = CommandHandler<CaseState, CaseEvent>({
  evolve,
  initialState: () => ({ status: 'none', contacts: 0 }),
});

// Emmett opens a connection for every operation and sets WAL on it, with no option for the sync
// level: every connection it opens here sets synchronous=FULL too, as caretrail's store does.
const Connection = sqlite3.Database;
class FullySyncedConnection extends Connection {
  constructor(filename: string, mode?: number) {
    if (mode === undefined) super(filename);
    else super(filename, mode);
    // Serialized: the pragma runs alone, before any statement Emmett queues (the level cannot change inside a transaction).
    this.serialize(() => this.run('PRAGMA synchronous = FULL'));
  }
}
(sqlite3 as unknown as { Database: unknown }).Database = FullySyncedConnection;

/** What each append's own connection ran with, read inside the append's transaction. */
export interface Durability {
  readonly journalMode: Set<string>;
  readonly synchronous: Set<number>;
}

/**
 * Opens `cases` case streams, then runs `commands` LogContact commands round-robin over them,
 * each one read of the stream, a decision over the folded state and an append at the expected
 * stream version; returns commands/s of the timed part.
 */
export async function emmettCommands(
  path: string,
  options: {
    commands: number;
    cases: number;
    metadata: () => Record<string, unknown>;
    contactData: () => unknown;
    /** Collects the journal mode and sync level each append's connection ran with. */
    seen: Durability;
  },
): Promise<number> {
  const durability = options.seen;
  const store = getSQLiteEventStore({
    fileName: path,
    hooks: {
      onBeforeCommit: async (_messages, { connection }) => {
        const journal = await connection.querySingle<{ journal_mode: string }>(
          'PRAGMA journal_mode',
        );
        const sync = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
        durability.journalMode.add(journal?.journal_mode ?? 'unknown');
        durability.synchronous.add(sync?.synchronous ?? -1);
      },
    },
  });
  const caseIds: string[] = [];
  for (let c = 0; c < options.cases; c += 1) {
    const caseId = randomUUID();
    await handle(store, `case-${caseId}`, (state): CaseOpened => {
      if (state.status !== 'none') throw new Error('the case is open already');
      return { type: 'CaseOpened', data: { caseId, program: 'transitions-of-care' } };
    });
    caseIds.push(caseId);
  }
  const started = performance.now();
  for (let i = 0; i < options.commands; i += 1) {
    await handle(store, `case-${caseIds[i % options.cases]}`, (state): ContactLogged => {
      if (state.status !== 'open') throw new Error('contacts are logged on open cases only');
      return {
        type: 'ContactLogged',
        data: options.contactData() as ContactLogged['data'],
        metadata: options.metadata(),
      };
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return options.commands / seconds;
}
