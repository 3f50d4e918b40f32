// Durable append throughput, one writer: caretrail's command path and store, with and without the
// hash chain, beside raw better-sqlite3 inserts with the same durability (WAL, synchronous=FULL, one
// transaction per event) and Emmett's SQLite event store behind its CommandHandler, same run:
// `npm run bench:append -- [--commands 3000] [--cases 100] [--runs 5]`.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CommandService } from '../src/application/command-service.js';
import { decodeEvent } from '../src/domain/events/codec.js';
import type { NewEvent } from '../src/event-store/port.js';
import { migrate } from '../src/event-store/sqlite/schema.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { emmettCommands, type Durability } from './bench-append-emmett.js';
import {
  benchActor,
  benchContactSummary,
  logContact,
  machine,
  median,
  openBenchCases,
  parseCount,
} from './bench-support.js';

const { values } = parseArgs({
  options: {
    commands: { type: 'string', default: '3000' },
    cases: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info('usage: npm run bench:append -- [--commands N] [--cases N] [--runs N]');
  process.exit(0);
}
const commands = parseCount('--commands', values.commands);
const caseCount = parseCount('--cases', values.cases);
const runs = parseCount('--runs', values.runs);

const actor = benchActor;
const summary = benchContactSummary;

function metadata(): NewEvent['metadata'] {
  return {
    occurredAt: new Date().toISOString(),
    actor,
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    reason: null,
  };
}

function contactData(): unknown {
  return {
    contactId: randomUUID(),
    party: 'patient',
    channel: 'phone',
    direction: 'outbound',
    reached: true,
    purpose: 'follow-up',
    summary,
  };
}

/** The journal mode and sync level a better-sqlite3 connection runs with. */
function durabilityOf(db: Database.Database, seen: Durability): void {
  seen.journalMode.add(db.pragma('journal_mode', { simple: true }) as string);
  seen.synchronous.add(db.pragma('synchronous', { simple: true }) as number);
}

/** The physical limit: the same table, indexes and durability, no caretrail code in between. */
function rawInserts(path: string, seen: Durability): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  durabilityOf(db, seen);
  migrate(db);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
     VALUES (?, ?, ?, 'ContactLogged', 1, ?, ?, ?)`,
  );
  const revisions = new Array<number>(caseCount).fill(-1);
  const started = performance.now();
  for (let i = 0; i < commands; i += 1) {
    const c = i % caseCount;
    revisions[c]! += 1;
    db.transaction(() =>
      insert.run(
        randomUUID(),
        `case-${c}`,
        revisions[c],
        JSON.stringify(contactData()),
        JSON.stringify(metadata()),
        new Date().toISOString(),
      ),
    ).immediate();
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return commands / seconds;
}

/** The store port alone: one event per append at the expected revision. */
async function storeAppends(path: string, hashChain: boolean): Promise<number> {
  const store = new SqliteEventStore({ path, decode: decodeEvent, hashChain });
  const revisions = new Array<number>(caseCount).fill(-1);
  const started = performance.now();
  for (let i = 0; i < commands; i += 1) {
    const c = i % caseCount;
    const event: NewEvent = {
      id: randomUUID(),
      type: 'ContactLogged',
      schemaVersion: 1,
      data: contactData(),
      metadata: metadata(),
    };
    const result = await store.append(
      `case-${c}`,
      [event],
      revisions[c]! < 0 ? 'no_stream' : revisions[c]!,
    );
    revisions[c] = result.nextExpectedRevision;
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return commands / seconds;
}

/** The full command path: validate, read the case stream, fold, decide, append. */
async function commandPath(path: string, hashChain: boolean, seen: Durability): Promise<number> {
  const store = new SqliteEventStore({ path, decode: decodeEvent, hashChain });
  // The store's own connection, read for the durability table only.
  durabilityOf((store as unknown as { db: Database.Database }).db, seen);
  const service = new CommandService({ store, clock: () => new Date() });
  const caseIds = await openBenchCases(service, caseCount, 'bench');
  const started = performance.now();
  for (let i = 0; i < commands; i += 1) {
    await service.execute(logContact(caseIds[i % caseCount]!), { actor, commandId: randomUUID() });
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return commands / seconds;
}

const results = {
  raw: [] as number[],
  store: [] as number[],
  storeUnchained: [] as number[],
  command: [] as number[],
  commandUnchained: [] as number[],
  emmett: [] as number[],
};
const durability: Record<'raw' | 'caretrail' | 'emmett', Durability> = {
  raw: { journalMode: new Set(), synchronous: new Set() },
  caretrail: { journalMode: new Set(), synchronous: new Set() },
  emmett: { journalMode: new Set(), synchronous: new Set() },
};
for (let run = 0; run < runs; run += 1) {
  const dir = mkdtempSync(join(tmpdir(), 'caretrail-bench-'));
  try {
    results.raw.push(rawInserts(join(dir, 'raw.db'), durability.raw));
    results.store.push(await storeAppends(join(dir, 'store.db'), true));
    results.storeUnchained.push(await storeAppends(join(dir, 'store-unchained.db'), false));
    results.command.push(await commandPath(join(dir, 'command.db'), true, durability.caretrail));
    results.commandUnchained.push(
      await commandPath(join(dir, 'command-unchained.db'), false, durability.caretrail),
    );
    results.emmett.push(
      await emmettCommands(join(dir, 'emmett.db'), {
        commands,
        cases: caseCount,
        metadata: () => ({ ...metadata() }),
        contactData,
        seen: durability.emmett,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(`run ${run + 1}/${runs} done\n`);
}

const rawMedian = median(results.raw);
const row = (name: string, figures: number[]): string => {
  const m = median(figures);
  return `| ${name} | ${m.toFixed(0)} | ${Math.min(...figures).toFixed(0)} | ${Math.max(...figures).toFixed(0)} | ${(m / rawMedian).toFixed(2)} × |`;
};
console.info(
  `\nDurable appends, one writer, one event per command: ${commands} commands over ${caseCount} cases, ${runs} runs, each path on a fresh file (${machine()})\n`,
);
console.info('| path | median/s | min/s | max/s | vs raw |');
console.info('| --- | ---: | ---: | ---: | ---: |');
console.info(row('raw better-sqlite3 insert (baseline)', results.raw));
console.info(row('caretrail store.append, hash chain on', results.store));
console.info(row('caretrail store.append, hash chain off', results.storeUnchained));
console.info(row('caretrail command path, hash chain on', results.command));
console.info(row('caretrail command path, hash chain off', results.commandUnchained));
console.info(
  row('Emmett 0.38 SQLite event store, CommandHandler (baseline: the peer)', results.emmett),
);

const ratio = (ours: number[], theirs: number[]): number => median(ours) / median(theirs);
const vsRaw = ratio(results.command, results.raw);
const vsEmmett = ratio(results.command, results.emmett);
console.info('\n| ratio (medians, same run) | figure | target | met |');
console.info('| --- | ---: | ---: | --- |');
console.info(
  `| caretrail command path ÷ raw insert | ${vsRaw.toFixed(2)} × | ≥ 0.8 × | ${vsRaw >= 0.8 ? 'yes' : 'no'} |`,
);
console.info(
  `| caretrail command path ÷ Emmett | ${vsEmmett.toFixed(2)} × | ≥ 3 × | ${vsEmmett >= 3 ? 'yes' : 'no'} |`,
);

const described = (seen: Durability): string =>
  `journal_mode ${[...seen.journalMode].join('/')}, synchronous ${[...seen.synchronous].map((level) => (level === 2 ? 'FULL (2)' : String(level))).join('/')}`;
console.info(
  `\nDurability as read back from each connection: raw ${described(durability.raw)}; caretrail ${described(durability.caretrail)}; Emmett (inside every append's transaction) ${described(durability.emmett)}.`,
);
const cost = (chained: number[], unchained: number[]): string =>
  `${((1 - median(chained) / median(unchained)) * 100).toFixed(1)}%`;
console.info(
  `Hash chaining costs ${cost(results.store, results.storeUnchained)} of store.append throughput and ${cost(results.command, results.commandUnchained)} of the command path's (medians, same run).`,
);
const same = (seen: Durability) =>
  seen.journalMode.size === 1 &&
  seen.journalMode.has('wal') &&
  seen.synchronous.size === 1 &&
  seen.synchronous.has(2);
if (!same(durability.raw) || !same(durability.caretrail) || !same(durability.emmett)) {
  console.error(
    'the paths did not all run with WAL and synchronous=FULL: the figures do not compare',
  );
  process.exit(1);
}
