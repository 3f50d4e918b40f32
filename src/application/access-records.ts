import { randomUUID } from 'node:crypto';
import type { AccessEventData } from '../domain/events/catalogue.js';
import { encodeEvent } from '../domain/events/codec.js';
import type { Actor, Reason } from '../domain/values.js';
import type { EventStore, Position } from '../event-store/port.js';
import { streams } from './streams.js';

/** One access record to write: the reader, the request, and what the record says. */
export interface AccessRecord {
  readonly actor: Actor;
  readonly requestId: string;
  readonly data: AccessEventData<'PatientRecordAccessed'>;
}

/**
 * Writes the `access-<patient>` streams: access records and emergency accesses. Appends are
 * durable before this resolves, so a caller that waits for it never returns data unrecorded.
 */
export class AccessRecords {
  constructor(private readonly deps: { store: EventStore; clock: () => Date }) {}

  /** Appends each record to its patient's access stream; rejects if any cannot be stored. */
  async record(records: readonly AccessRecord[]): Promise<void> {
    await Promise.all(
      records.map((record) =>
        this.append(record.data.patientId, record.actor, record.requestId, null, {
          type: 'PatientRecordAccessed',
          data: record.data,
        }),
      ),
    );
  }

  /** Records an emergency access to one patient's record for `minutes`, with its reason. */
  async grantEmergencyAccess(grant: {
    readonly actor: Actor;
    readonly patientId: string;
    readonly reason: Reason;
    readonly minutes: number;
    readonly requestId: string;
  }): Promise<{ readonly expiresAt: string; readonly position: Position }> {
    const expiresAt = new Date(this.deps.clock().getTime() + grant.minutes * 60_000).toISOString();
    const position = await this.append(
      grant.patientId,
      grant.actor,
      grant.requestId,
      grant.reason,
      {
        type: 'EmergencyAccessGranted',
        data: { patientId: grant.patientId, reason: grant.reason, expiresAt },
      },
    );
    return { expiresAt, position };
  }

  private async append(
    patientId: string,
    actor: Actor,
    requestId: string,
    reason: Reason | null,
    event: Parameters<typeof encodeEvent>[0],
  ): Promise<Position> {
    const encoded = encodeEvent(event);
    const commandId = randomUUID();
    const result = await this.deps.store.append(
      streams.access(patientId),
      [
        {
          id: randomUUID(),
          ...encoded,
          metadata: {
            occurredAt: this.deps.clock().toISOString(),
            actor,
            commandId,
            correlationId: requestId,
            causationId: null,
            reason,
          },
        },
      ],
      'any',
    );
    return result.position;
  }
}
