import type { Projection, ReadModelChange } from '../../projections/projection.js';

/** A minimal projection for specifying the runner apart from the real read models: events per stream. */
export function streamCounter(options: { version?: number; poisonN?: number } = {}): Projection {
  return {
    name: 'stream-counter',
    version: options.version ?? 1,
    description: 'synthetic: counts events per stream',
    tables: [
      {
        name: 'stream_counts',
        columns: [
          { name: 'stream_id', type: 'TEXT', notNull: true },
          { name: 'events', type: 'INTEGER', notNull: true },
          { name: 'last_revision', type: 'INTEGER', notNull: true },
        ],
        primaryKey: ['stream_id'],
      },
    ],
    handles: new Set(['ContactLogged'] as never[]),
    apply(event, view): ReadModelChange[] {
      const data = event.data as { n?: number };
      if (options.poisonN !== undefined && data.n === options.poisonN) {
        throw new Error('synthetic poison: this projection cannot apply the event');
      }
      const row = view.get('stream_counts', { stream_id: event.streamId });
      return [
        {
          kind: 'upsert',
          table: 'stream_counts',
          row: {
            stream_id: event.streamId,
            events: Number(row?.events ?? 0) + 1,
            last_revision: event.revision,
          },
        },
      ];
    },
  };
}

/** A second projection that never fails: shows that one poison event stops only its own projection. */
export function eventLog(): Projection {
  return {
    name: 'event-log',
    version: 1,
    description: 'synthetic: every event id in global order',
    tables: [
      {
        name: 'event_log',
        columns: [
          { name: 'position', type: 'TEXT', notNull: true },
          { name: 'event_id', type: 'TEXT', notNull: true },
        ],
        primaryKey: ['event_id'],
      },
    ],
    handles: new Set(['ContactLogged'] as never[]),
    apply: (event) => [
      { kind: 'upsert', table: 'event_log', row: { position: event.position, event_id: event.id } },
    ],
  };
}
