import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Pseudonyms } from '../access/pseudonyms.js';
import type { ProjectionService } from '../read-models/projection-service.js';
import { lineFormats, type ExportFormat } from './export-formats.js';
import { outcomeDatasets, type ExportRange, type OutcomeDataset } from './outcome-datasets.js';

/** What an export directory holds, written last as `manifest.json`. */
export interface ExportManifest {
  readonly exportedAt: string;
  /** Which pseudonym key the ids are under (never the key): exports under one key join. */
  readonly pseudonymKeyId: string;
  readonly range: ExportRange;
  /** Each projection read, and the event position it had applied when the export began. */
  readonly readModels: readonly {
    readonly name: string;
    readonly version: number;
    readonly position: string | null;
    readonly eventsApplied: number;
  }[];
  readonly files: readonly {
    readonly name: string;
    readonly dataset: OutcomeDataset['name'];
    readonly format: ExportFormat;
    readonly rows: number;
    readonly bytes: number;
    readonly columns: readonly string[];
  }[];
  /** Under HIPAA: a limited data set (dates kept), not Safe Harbor de-identified. */
  readonly deidentification: 'limited-data-set';
}

/** Reports progress: a data set's rows written so far, of its total. */
export type ExportProgress = (
  dataset: OutcomeDataset['name'],
  written: number,
  total: number,
) => void;

const chunkRows = 500;

/** Writes a chunk, waiting for the stream to drain when its buffer is full (back pressure). */
async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/**
 * Writes the de-identified outcome data sets into `out`, one file per data set and format, with
 * bounded memory (one read-model page and the streams' buffers), then `manifest.json`.
 */
export async function writeOutcomeExport(options: {
  readonly projections: ProjectionService;
  readonly pseudonyms: Pseudonyms;
  readonly out: string;
  readonly formats: readonly ExportFormat[];
  readonly range: ExportRange;
  readonly clock: () => Date;
  readonly onProgress?: ExportProgress;
}): Promise<ExportManifest> {
  const { projections, pseudonyms, out, formats, range } = options;
  mkdirSync(out, { recursive: true });
  const exportedAt = options.clock().toISOString();
  const statuses = await projections.status();
  const readModels = outcomeDatasets.map(({ projection }) => {
    const status = statuses.find((s) => s.name === projection);
    return {
      name: projection,
      version: status?.version ?? 0,
      position: status?.position ?? null,
      eventsApplied: status?.eventsApplied ?? 0,
    };
  });
  const files: ExportManifest['files'][number][] = [];
  for (const dataset of outcomeDatasets) {
    const total = dataset.count(projections, range);
    const targets = formats.map((format) => ({
      format,
      name: `${dataset.name}.${format}`,
      stream: createWriteStream(join(out, `${dataset.name}.${format}`), { encoding: 'utf8' }),
    }));
    for (const { format, stream } of targets)
      await write(stream, lineFormats[format].header(dataset.columns));
    let rows = 0;
    // Lines go out in chunks of a few hundred rows: fewer writes, the same bounded buffers.
    let chunks = targets.map(() => '');
    const flush = async () => {
      for (const [i, { stream }] of targets.entries()) await write(stream, chunks[i]!);
      chunks = targets.map(() => '');
      options.onProgress?.(dataset.name, rows, Math.max(total, rows));
    };
    options.onProgress?.(dataset.name, 0, total);
    for (const row of dataset.rows(projections, pseudonyms, range)) {
      targets.forEach(({ format }, i) => {
        chunks[i] += lineFormats[format].line(dataset.columns, row.cells);
      });
      rows += 1;
      if (rows % chunkRows === 0) await flush();
    }
    await flush();
    for (const { format, name, stream } of targets) {
      await close(stream);
      files.push({
        name,
        dataset: dataset.name,
        format,
        rows,
        bytes: stream.bytesWritten,
        columns: dataset.columns,
      });
    }
  }
  const manifest: ExportManifest = {
    exportedAt,
    pseudonymKeyId: pseudonyms.keyId,
    range,
    readModels,
    files,
    deidentification: 'limited-data-set',
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
