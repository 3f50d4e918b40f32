import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProjections } from '../../projections/index.js';
import type { Projection, ReadModelChange } from '../../projections/projection.js';
import { CommandService } from '../../src/application/command-service.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import type { Actor } from '../../src/domain/values.js';
import type { Position } from '../../src/event-store/port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionService } from '../../src/read-models/projection-service.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { digestsAt, readModelDigests } from '../support/read-model-digest.js';
import { tempDir } from '../support/temp-dir.js';

// Synthetic data only: every patient, case and contact here is made up by the test.
const actor: Actor = { userId: 'synthetic-cm-poison', role: 'case_manager' };
const poisonSummary = 'Synthetic contact that the summaries projection cannot apply';

/** A projection beside the real ones that throws on one contact, until it is fixed. */
function contactSummaries(options: { fixed: boolean }): Projection {
  return {
    name: 'contact-summaries',
    version: 1,
    description: 'synthetic: the summary of every contact',
    tables: [
      {
        name: 'contact_summaries',
        columns: [
          { name: 'event_id', type: 'TEXT', notNull: true },
          { name: 'summary', type: 'TEXT', notNull: true },
        ],
        primaryKey: ['event_id'],
      },
    ],
    handles: new Set(['ContactLogged'] as never[]),
    apply(event): ReadModelChange[] {
      const { summary } = event.data as { summary: string };
      if (!options.fixed && summary === poisonSummary)
        throw new Error('synthetic bug: this projection cannot apply the contact');
      return [
        {
          kind: 'upsert',
          table: 'contact_summaries',
          row: { event_id: event.id, summary },
        },
      ];
    },
  };
}

const contact = (caseId: string, summary: string) => ({
  type: 'LogContact',
  caseId,
  party: 'family',
  channel: 'phone',
  reached: true,
  purpose: 'coordination',
  summary,
});

/** Runs the projections until each is live at the head or has stopped; returns their statuses by name. */
async function runUntilSettled(service: ProjectionService, head: Position) {
  service.start();
  for (;;) {
    const statuses = await service.status();
    if (statuses.every((s) => s.state === 'failed' || (s.state === 'live' && s.position === head)))
      return new Map(statuses.map((s) => [s.name, s]));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('poison events in the store', () => {
  it('stop only the projections that apply them, at their position, and are never skipped', async () => {
    const dir = tempDir();
    const storePath = join(dir, 'events.db');
    const readPath = join(dir, 'read.db');
    const store = new SqliteEventStore({ path: storePath, decode: decodeEvent });
    const commands = new CommandService({ store, clock: () => new Date() });
    const damaged = { patientId: randomUUID(), caseId: randomUUID(), label: 'poison-a' };
    const healthy = { patientId: randomUUID(), caseId: randomUUID(), label: 'poison-b' };
    await openMinimalCase(commands, { actor }, damaged);
    await openMinimalCase(commands, { actor }, healthy);
    await commands.execute(contact(damaged.caseId, 'Synthetic contact before the damage'), {
      actor,
    });

    // Given two rows written straight into the store file, as an intruder or a bug would:
    // an event of a type no code knows, and a contact whose JSON was cut short
    const intruder = new Database(storePath);
    const template = intruder
      .prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
      .get(`case-${damaged.caseId}`) as {
      revision: number;
      data: string;
      metadata: string;
      recorded_at: string;
    };
    const insert = intruder.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    const unknown = insert.run(
      randomUUID(),
      `case-${randomUUID()}`,
      0,
      'CaseTeleported',
      '{"to":"synthetic ward"}',
      template.metadata,
      template.recorded_at,
    );
    const undecodable = insert.run(
      randomUUID(),
      `case-${damaged.caseId}`,
      template.revision + 1,
      'ContactLogged',
      '{"party":"family","summary":"Synthetic contact, cut sh',
      template.metadata,
      template.recorded_at,
    );
    const positionOf = (info: Database.RunResult) => String(info.lastInsertRowid) as Position;
    // And, after them, a contact one projection's code cannot apply, and more events
    const thrower = await commands.execute(contact(healthy.caseId, poisonSummary), { actor });
    let last = thrower;
    for (let i = 0; i < 5; i += 1)
      last = await commands.execute(contact(healthy.caseId, `Synthetic contact ${i}`), { actor });
    const head = last.position;
    const appliers = new Set(
      [...allProjections, contactSummaries({ fixed: false })]
        .filter((p) => p.handles.has('ContactLogged'))
        .map((p) => p.name),
    );

    // When the projections run
    const first = new ProjectionService({
      store,
      path: readPath,
      projections: [...allProjections, contactSummaries({ fixed: false })],
      clock: () => new Date(),
    });
    const afterDamage = await runUntilSettled(first, head);
    await first.stop();

    // Then each projection that applies contacts stopped at the undecodable one, with its position
    // and error, having applied everything before it; the others went on past both rows
    expect(appliers.size).toBeGreaterThan(1);
    expect(appliers.size).toBeLessThan(afterDamage.size);
    for (const [name, status] of afterDamage) {
      if (appliers.has(name)) {
        expect(status.state, name).toBe('failed');
        expect(status.error?.position, name).toBe(positionOf(undecodable));
        expect(status.error?.message, name).toContain('does not decode');
        expect(Number(status.position), name).toBe(Number(positionOf(undecodable)) - 1);
      } else {
        expect(status, name).toMatchObject({ state: 'live', position: head, error: null });
        expect(Number(status.position)).toBeGreaterThan(Number(positionOf(unknown)));
      }
    }

    // When an operator repairs the damaged row and the service starts again
    intruder
      .prepare('UPDATE events SET data = ? WHERE position = ?')
      .run(
        JSON.stringify({ ...JSON.parse(template.data), summary: 'Synthetic contact, repaired' }),
        Number(positionOf(undecodable)),
      );
    intruder.close();
    const second = new ProjectionService({
      store,
      path: readPath,
      projections: [...allProjections, contactSummaries({ fixed: false })],
      clock: () => new Date(),
    });
    const afterRepair = await runUntilSettled(second, head);
    await second.stop();

    // Then the stopped projections go on from exactly that event: the real ones to the head, the
    // buggy one to its own poison, where it stops in turn
    for (const [name, status] of afterRepair) {
      if (name === 'contact-summaries') {
        expect(status.state).toBe('failed');
        expect(status.error?.position).toBe(thrower.position);
        expect(status.error?.message).toContain('synthetic bug');
      } else {
        expect(status, name).toMatchObject({ state: 'live', position: head, error: null });
      }
    }

    // When its code is fixed and the service starts again
    const third = new ProjectionService({
      store,
      path: readPath,
      projections: [...allProjections, contactSummaries({ fixed: true })],
      clock: () => new Date(),
    });
    const afterFix = await runUntilSettled(third, head);

    // Then it resumes at that event, and every read model equals a clean rebuild: nothing skipped
    expect(afterFix.get('contact-summaries')).toMatchObject({
      state: 'live',
      position: head,
      error: null,
      eventsApplied: Number(head),
    });
    expect(readModelDigests(third)).toEqual(
      await digestsAt(store, join(dir, 'clean.db'), head, [
        ...allProjections,
        contactSummaries({ fixed: true }),
      ]),
    );
    expect(
      third.servingTables('contact-summaries')?.get('contact_summaries', {
        event_id: thrower.events[0]!.id,
      })?.summary,
    ).toBe(poisonSummary);
    await third.stop();
    await store.close();
    console.info(
      `poison: unknown type at ${positionOf(unknown)} passed by all ${afterDamage.size} projections; ` +
        `undecodable contact at ${positionOf(undecodable)} stopped the ${appliers.size} that apply contacts, the other ${afterDamage.size - appliers.size} went on to ${head}; ` +
        `repaired and restarted, they resumed there; a projection throwing at ${thrower.position} resumed there once fixed; read models equal a clean rebuild`,
    );
  }, 120_000);
});
