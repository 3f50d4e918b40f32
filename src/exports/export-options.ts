import { z } from 'zod';
import { exportFormats, type ExportFormat } from './export-formats.js';
import { exportRangeSchema, type ExportRange } from './outcome-datasets.js';

/** What `npm run export` is asked for: where, in which formats, over which period. */
export interface ExportOptions {
  readonly out: string;
  readonly formats: readonly ExportFormat[];
  readonly range: ExportRange;
}

/** The command line's options as given (`--format csv,ndjson`), checked; every issue reported. */
export const exportOptionsSchema = z
  .object({
    out: z.string().min(1, 'give the directory to write to'),
    format: z
      .string()
      .default(exportFormats.join(','))
      .transform((list) => list.split(',').map((f) => f.trim()))
      .pipe(z.array(z.enum(exportFormats)).min(1)),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .transform(({ out, format, from, to }, context): ExportOptions => {
    const range = exportRangeSchema.safeParse({
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
    if (!range.success) {
      for (const issue of range.error.issues) context.issues.push({ ...issue, input: undefined });
      return z.NEVER;
    }
    return { out, formats: [...new Set(format)], range: range.data };
  });
