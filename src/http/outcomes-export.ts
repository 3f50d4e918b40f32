import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { readsOutcomes } from '../access/access-policy.js';
import { lineFormats, mediaTypes, type ExportFormat } from '../exports/export-formats.js';
import {
  exportRangeSchema,
  type OutcomeDataset,
  type OutcomeRow,
} from '../exports/outcome-datasets.js';
import type { ApiServices } from '../graphql/context.js';
import { authenticatedActor } from './authenticate.js';
import { recordExportReads } from './export-access-records.js';
import {
  exportParametersOf,
  inBatches,
  refuse,
  requestIdOf,
  sendRecordedPages,
} from './export-response.js';

/** Rows recorded in the access log, and then sent, at a time. */
const recordedBatch = 500;

/** The access record's operation name for a data set: `OutcomesCasesExport`. */
const operationNameOf = (dataset: OutcomeDataset) =>
  `Outcomes${dataset.name[0]!.toUpperCase()}${dataset.name.slice(1)}Export`;

/**
 * `GET /exports/outcomes/<data set>.<format>` (`?from=&to=` ISO 8601): the de-identified data set,
 * streamed page by page, for quality analysts and auditors. Like the other exports, each page's
 * patients are recorded in their access logs before the page is sent (the first before anything
 * is: 503 `ACCESS_NOT_RECORDED` when that fails; a later failure cuts the download short).
 */
export function outcomesExport(
  services: Pick<ApiServices, 'projections' | 'pseudonyms' | 'accessRecords'>,
  dataset: OutcomeDataset,
  format: ExportFormat,
): RequestHandler {
  const operationName = operationNameOf(dataset);
  const fields = dataset.columns.map((column) => `${operationName}.${column}`);
  const lines = lineFormats[format];
  return async (request, response) => {
    const actor = authenticatedActor(response);
    if (!actor || !readsOutcomes(actor.role)) {
      refuse(response, 403, 'FORBIDDEN', 'only quality analysts and auditors export outcomes');
      return;
    }
    const parsed = exportParametersOf(exportRangeSchema, request.query, response);
    if (!parsed) return;
    const exporter = { actor, request, requestId: requestIdOf(request, randomUUID) };
    const recordReads = async (batch: readonly OutcomeRow[]) => {
      if (batch.length > 0)
        await recordExportReads(services.accessRecords, exporter, operationName, fields, batch);
    };
    const pages = inBatches(
      dataset.rows(services.projections, services.pseudonyms, parsed.value),
      recordedBatch,
    );
    await sendRecordedPages(response, pages, recordReads, {
      contentType: mediaTypes[format],
      filename: `${dataset.name}.${format}`,
      headers: { 'x-pseudonym-key-id': services.pseudonyms.keyId },
      header: lines.header(dataset.columns),
      line: (row) => lines.line(dataset.columns, row.cells),
    });
  };
}
