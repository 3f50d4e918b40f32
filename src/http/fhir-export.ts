import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { streams } from '../application/streams.js';
import { uuidSchema } from '../domain/values.js';
import type { EventStore } from '../event-store/port.js';
import { accessAuditEvent, emergencyAccessAuditEvent } from '../fhir/audit-event.js';
import { ndjsonLine } from '../fhir/bundle.js';
import { caseProvenance } from '../fhir/provenance.js';
import type { FhirResource } from '../fhir/r4-types.js';
import type { ApiServices } from '../graphql/context.js';
import {
  accessLogKeyOf,
  accessLogPage,
  emergencyAccessPage,
} from '../graphql/read/access-log-reads.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import { exportParameters } from './csv-export.js';
import { recordExportReads } from './export-access-records.js';
import {
  auditorOf,
  exportParametersOf,
  keysetRows,
  mergedByKey,
  recordedBeforeSending,
  refuse,
  requestIdOf,
  writeLines,
} from './export-response.js';

/** The FHIR bulk data media type: one resource per line. */
const fhirNdjson = 'application/fhir+ndjson';

/** The FHIR elements a case's provenance export discloses, as the access record lists them. */
const provenanceFields = [
  'Provenance.activity',
  'Provenance.agent',
  'Provenance.entity',
  'Provenance.occurredDateTime',
  'Provenance.reason',
  'Provenance.recorded',
  'Provenance.target',
];

/** Streams resources as FHIR NDJSON with bounded memory, as an attachment named `filename`. */
export async function sendNdjson(
  response: Response,
  filename: string,
  resources: Iterable<FhirResource> | AsyncIterable<FhirResource>,
): Promise<void> {
  response.status(200);
  response.setHeader('content-type', fhirNdjson);
  response.setHeader('content-disposition', `attachment; filename="${filename}"`);
  async function* lines() {
    for await (const resource of resources) yield ndjsonLine(resource);
  }
  await writeLines(response, lines());
}

/** The patient a case stream belongs to, from its first event (CaseOpened names the patient). */
async function patientOfCase(store: EventStore, caseId: string): Promise<string | undefined> {
  for await (const first of store.readStream(streams.case(caseId), { maxCount: 1 })) {
    const patientId = (first.data as { readonly patientId?: unknown }).patientId;
    return typeof patientId === 'string' ? patientId : undefined;
  }
  return undefined;
}

const provenanceParameters = z.object({ caseId: uuidSchema }).strict();

/**
 * `GET /exports/fhir/cases/:caseId/provenance.ndjson`: every event of the case's stream, oldest
 * first, as one FHIR R4 Provenance per line. Like an auditor's read of the case through GraphQL,
 * the export is recorded in the patient's access stream before any of it is sent, or it is not
 * sent (503 `ACCESS_NOT_RECORDED`).
 */
export function caseProvenanceExport(
  services: Pick<ApiServices, 'store' | 'accessRecords'>,
): RequestHandler {
  return async (request, response) => {
    const actor = auditorOf(response);
    if (!actor) return;
    const parsed = exportParametersOf(
      provenanceParameters,
      { ...request.query, caseId: request.params['caseId'] },
      response,
    );
    if (!parsed) return;
    const { caseId } = parsed.value;
    const patientId = await patientOfCase(services.store, caseId);
    if (patientId === undefined) {
      refuse(response, 404, 'NOT_FOUND', 'case not found');
      return;
    }
    const requestId = requestIdOf(request, randomUUID);
    const recorded = await recordedBeforeSending(response, () =>
      recordExportReads(
        services.accessRecords,
        { actor, request, requestId },
        'FhirProvenanceExport',
        provenanceFields,
        [{ patientId, caseId }],
      ),
    );
    if (!recorded) return;
    await sendNdjson(
      response,
      `case-${caseId}-provenance.ndjson`,
      caseProvenance(caseId, services.store.readStream(streams.case(caseId))),
    );
  };
}

const auditEventParameters = z
  .object({
    patientId: uuidSchema.optional(),
    from: exportParameters.from,
    to: exportParameters.to,
  })
  .strict()
  .refine(
    ({ from, to }) => from === undefined || to === undefined || Date.parse(from) <= Date.parse(to),
    {
      path: ['to'],
      message: 'to must not be before from',
    },
  );

const utc = (instant: string | undefined): string | null =>
  instant === undefined ? null : new Date(instant).toISOString();

/**
 * `GET /exports/fhir/audit-events.ndjson?patientId=&from=&to=`: the access log (reads of patient
 * data, refusals, emergency accesses), oldest first, as one FHIR R4 AuditEvent per line; of one
 * patient or all, recorded within an inclusive time range. Read page by page from the read model.
 */
export function auditEventsExport(projections: ProjectionService): RequestHandler {
  return async (request, response) => {
    if (!auditorOf(response)) return;
    const parsed = exportParametersOf(auditEventParameters, request.query, response);
    if (!parsed) return;
    const patientId = parsed.value.patientId ?? null;
    const range = { from: utc(parsed.value.from), to: utc(parsed.value.to) };
    const pageOf = (after: readonly [string, string] | null, size: number) => ({
      direction: 'forward' as const,
      size,
      after,
      before: null,
    });
    const accesses = keysetRows((after, size) =>
      accessLogPage(projections, {
        equal: patientId === null ? {} : { patientId },
        caseId: null,
        dataCategory: null,
        ...range,
        sort: 'recordedAt',
        descending: false,
        page: pageOf(after, size),
      }).map((row) => ({ row, key: accessLogKeyOf(row, 'recordedAt') })),
    );
    const grants = keysetRows((after, size) =>
      emergencyAccessPage(projections, { patientId, ...range, page: pageOf(after, size) }).map(
        (row) => ({ row, key: [row.grantedAt, row.id] as const }),
      ),
    );
    function* auditEvents() {
      for (const next of mergedByKey(accesses, grants))
        yield next.from === 'first'
          ? accessAuditEvent(next.row)
          : emergencyAccessAuditEvent(next.row);
    }
    await sendNdjson(response, 'audit-events.ndjson', auditEvents());
  };
}
