import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Actor } from '../domain/values.js';
import { careResourceTypes, caseResources } from '../fhir/care-resources.js';
import type { CaseView } from '../../projections/current-case/case-view-types.js';
import { casePseudonymsOf } from '../fhir/bulk-export.js';
import type { FhirResource } from '../fhir/r4-types.js';
import type { ApiServices } from '../graphql/context.js';
import {
  optionalText,
  selectRows,
  servingTable,
  text,
  type SqlRow,
} from '../graphql/read/read-model-sql.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import { authenticatedActor } from './authenticate.js';
import { recordExportReads } from './export-access-records.js';
import {
  exportPageSize,
  exportParametersOf,
  recordedBeforeSending,
  refuse,
  requestIdOf,
} from './export-response.js';
import { sendNdjson } from './fhir-export.js';

/** A case as the bulk export reads it from the current-case read model. */
export interface CaseRow {
  readonly caseId: string;
  readonly patientId: string;
  readonly view: CaseView;
}

function caseTable(projections: ProjectionService): string | undefined {
  return servingTable(projections, 'current-case', 'case_current');
}

/** How many cases the read model holds with a patient: what a progress bar counts to. */
export function exportableCaseCount(projections: ProjectionService): number {
  const table = caseTable(projections);
  if (table === undefined) return 0;
  const [row] = selectRows(
    projections,
    `SELECT COUNT(*) AS n FROM ${table} WHERE patient_id IS NOT NULL`,
    [],
  );
  return typeof row?.n === 'number' ? row.n : 0;
}

/** Every (case, patient) pair with a patient, by case id, page by page. */
export function* exportedCaseIds(
  projections: ProjectionService,
): Generator<{ readonly caseId: string; readonly patientId: string }> {
  for (const row of casePages(projections, 'case_id, patient_id'))
    yield { caseId: text(row, 'case_id'), patientId: text(row, 'patient_id') };
}

/** Every case with a patient, by case id, one page of views held at a time. */
export function* exportedCases(projections: ProjectionService): Generator<CaseRow> {
  for (const row of casePages(projections, 'case_id, patient_id, view')) {
    const stored = row.view;
    yield {
      caseId: text(row, 'case_id'),
      patientId: text(row, 'patient_id'),
      view: (typeof stored === 'string' ? JSON.parse(stored) : stored) as CaseView,
    };
  }
}

function* casePages(projections: ProjectionService, columns: string): Generator<SqlRow> {
  const table = caseTable(projections);
  if (table === undefined) return;
  let after = '';
  for (;;) {
    const rows = selectRows(
      projections,
      `SELECT ${columns} FROM ${table} WHERE patient_id IS NOT NULL AND case_id > ? ORDER BY case_id LIMIT ?`,
      [after, exportPageSize],
    );
    yield* rows;
    if (rows.length < exportPageSize) return;
    after = optionalText(rows[rows.length - 1]!, 'case_id') ?? '';
  }
}

const bulkParameters = z.object({ type: z.enum(careResourceTypes) }).strict();

/** Quality analysts (whose export this is) and auditors; anyone else gets 403 `FORBIDDEN`. */
function bulkExporterOf(actor: Actor | undefined): boolean {
  return actor?.role === 'quality_analyst' || actor?.role === 'auditor';
}

/**
 * `GET /exports/fhir/bulk/:type.ndjson`: every case's care of one resource type (EpisodeOfCare,
 * Encounter, CareTeam, CarePlan, Goal, Observation) as de-identified FHIR R4 NDJSON, case by case,
 * one page of cases held at a time. The export is recorded in each patient's access stream before
 * any of it is sent, or it is not sent (503 `ACCESS_NOT_RECORDED`).
 */
export function careBulkExport(
  services: Pick<ApiServices, 'pseudonyms' | 'accessRecords'>,
  projections: ProjectionService,
): RequestHandler {
  return async (request, response) => {
    const actor = authenticatedActor(response);
    if (!actor || !bulkExporterOf(actor)) {
      refuse(response, 403, 'FORBIDDEN', 'only quality analysts and auditors export care data');
      return;
    }
    const parsed = exportParametersOf(
      bulkParameters,
      { ...request.query, type: request.params['type'] },
      response,
    );
    if (!parsed) return;
    const { type } = parsed.value;
    const requestId = requestIdOf(request, randomUUID);
    const recorded = await recordedBeforeSending(response, () =>
      recordExportReads(
        services.accessRecords,
        { actor, request, requestId },
        'FhirCareBulkExport',
        [type],
        [...exportedCaseIds(projections)],
      ),
    );
    if (!recorded) return;
    function* resources(): Generator<FhirResource> {
      for (const { caseId, patientId, view } of exportedCases(projections)) {
        const ids = casePseudonymsOf(services.pseudonyms, caseId, patientId);
        if (ids !== null) yield* caseResources(view, ids)[type];
      }
    }
    await sendNdjson(response, `${type}.ndjson`, resources());
  };
}
