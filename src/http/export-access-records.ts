import type { Request } from 'express';
import type { AccessRecords } from '../application/access-records.js';
import type { Actor } from '../domain/values.js';
import { purposeOf } from '../graphql/plugins/access-audit.js';

/** A record whose data an export discloses: its patient and, for a case's entries, the case. */
export interface ExportedRecord {
  readonly patientId: string;
  readonly caseId: string | null;
}

/** Who exports, from where, under which request id. */
export interface Exporter {
  readonly actor: Actor;
  readonly request: Request;
  readonly requestId: string;
}

/**
 * Records an auditor's export of these records' data, one access record per patient with the
 * cases reached, before any of it is sent: an export that cannot be recorded must not be sent.
 */
export async function recordExportReads(
  accessRecords: AccessRecords,
  exporter: Exporter,
  operationName: string,
  fields: readonly string[],
  records: readonly ExportedRecord[],
): Promise<void> {
  const casesByPatient = new Map<string, Set<string>>();
  for (const { patientId, caseId } of records) {
    const cases = casesByPatient.get(patientId) ?? new Set<string>();
    if (caseId !== null) cases.add(caseId);
    casesByPatient.set(patientId, cases);
  }
  const { actor, request, requestId } = exporter;
  await accessRecords.record(
    [...casesByPatient].map(([patientId, caseIds]) => ({
      actor,
      requestId,
      data: {
        patientId,
        operation: { type: 'query', name: operationName },
        fields: [...fields],
        caseIds: [...caseIds],
        outcome: 'granted',
        basis: 'role',
        purposeOfUse: purposeOf(actor.role, 'role'),
        client: { address: request.ip ?? null, requestId },
        role: actor.role,
      },
    })),
  );
}
