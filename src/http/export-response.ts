import type { Request, Response } from 'express';
import type { z } from 'zod';
import { readsAccessLog } from '../access/access-policy.js';
import { toFieldIssues } from '../domain/commands/index.js';
import type { Actor } from '../domain/values.js';
import { authenticatedActor } from './authenticate.js';

/** A keyset page of a log: up to `size + 1` rows after `after` (the extra one says more follow). */
export type KeysetPage<Row> = (
  after: readonly [string, string] | null,
  size: number,
) => readonly { readonly row: Row; readonly key: readonly [string, string] }[];

/** Rows an export reads from the read models at a time. */
export const exportPageSize = 500;

/** An error answer in the API's shape: one error with a stable code. */
export function refuse(
  response: Response,
  status: number,
  code: string,
  message: string,
  extra = {},
): void {
  response.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** The authenticated auditor making this request, or undefined once 403 has been sent. */
export function auditorOf(response: Response): Actor | undefined {
  const actor = authenticatedActor(response);
  if (actor && readsAccessLog(actor.role)) return actor;
  refuse(response, 403, 'FORBIDDEN', 'only auditors export audit logs');
  return undefined;
}

/** The export's parameters, or undefined once 400 `BAD_USER_INPUT` with every issue has been sent. */
export function exportParametersOf<Parameters>(
  schema: z.ZodType<Parameters>,
  input: unknown,
  response: Response,
): { readonly value: Parameters } | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { value: parsed.data };
  refuse(response, 400, 'BAD_USER_INPUT', 'the export parameters are invalid', {
    issues: toFieldIssues(parsed.error.issues),
  });
  return undefined;
}

/** The request id the caller sent (bounded, as access records store it), or a new one. */
export function requestIdOf(request: Request, newId: () => string): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && given.trim().length > 0 && given.length <= 200
    ? given.trim()
    : newId();
}

/** Every row of a keyset-paged log, page by page: only one page is held at a time. */
export function* keysetRows<Row>(
  page: KeysetPage<Row>,
): Generator<{ readonly row: Row; readonly key: readonly [string, string] }> {
  let after: readonly [string, string] | null = null;
  for (;;) {
    const rows = page(after, exportPageSize);
    yield* rows.slice(0, exportPageSize);
    if (rows.length <= exportPageSize) return;
    after = rows[exportPageSize - 1]!.key;
  }
}

/** Two logs, each in key order, as one in key order (ties: the first log's row first). */
export function* mergedByKey<A, B>(
  first: Iterable<{ readonly row: A; readonly key: readonly [string, string] }>,
  second: Iterable<{ readonly row: B; readonly key: readonly [string, string] }>,
): Generator<
  { readonly from: 'first'; readonly row: A } | { readonly from: 'second'; readonly row: B }
> {
  const a = first[Symbol.iterator]();
  const b = second[Symbol.iterator]();
  let nextA = a.next();
  let nextB = b.next();
  const before = (x: readonly [string, string], y: readonly [string, string]) =>
    x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]);
  while (!nextA.done || !nextB.done) {
    if (!nextA.done && (nextB.done || before(nextA.value.key, nextB.value.key))) {
      yield { from: 'first', row: nextA.value.row };
      nextA = a.next();
    } else if (!nextB.done) {
      yield { from: 'second', row: nextB.value.row };
      nextB = b.next();
    }
  }
}

/** Resolves once the response can take more (or the client has gone), so memory stays bounded. */
function drained(response: Response): Promise<void> {
  return new Promise((resolve) => {
    // Whichever comes first removes both, so a long download does not pile up listeners.
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.once('drain', done);
    response.once('close', done);
  });
}

/** Writes lines as the client takes them, then ends the response; stops if the client goes. */
export async function writeLines(
  response: Response,
  lines: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  for await (const line of lines) {
    if (!response.write(line)) await drained(response);
    if (response.destroyed) return;
  }
  response.end();
}

/** Rows in consecutive batches of `size`. */
export function* inBatches<Row>(rows: Iterable<Row>, size: number): Generator<Row[]> {
  let batch: Row[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Records an export's reads before any of its data is sent: true once recorded, false once 503
 * `ACCESS_NOT_RECORDED` has been answered, for an export that cannot be recorded is not sent.
 */
export async function recordedBeforeSending(
  response: Response,
  record: () => Promise<void>,
): Promise<boolean> {
  try {
    await record();
    return true;
  } catch {
    refuse(
      response,
      503,
      'ACCESS_NOT_RECORDED',
      'the export could not be recorded, so no data is returned',
    );
    return false;
  }
}

/**
 * Sends pages of a log that discloses patient data, each page recorded before it is sent: the
 * first before anything is (503 `ACCESS_NOT_RECORDED` when that fails), a later failure ends the
 * download unfinished rather than unrecorded.
 */
export async function sendRecordedPages<Row>(
  response: Response,
  pages: Iterator<Row[]>,
  recordReads: (page: readonly Row[]) => Promise<void>,
  answer: {
    readonly contentType: string;
    readonly filename: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly header: string;
    readonly line: (row: Row) => string;
  },
): Promise<void> {
  const first = pages.next();
  if (!(await recordedBeforeSending(response, () => recordReads(first.done ? [] : first.value))))
    return;
  response.status(200);
  response.type(answer.contentType);
  response.setHeader('content-disposition', `attachment; filename="${answer.filename}"`);
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  async function* chunks() {
    yield answer.header;
    for (let page = first; !page.done; page = pages.next()) {
      if (page !== first) await recordReads(page.value);
      let chunk = '';
      for (const row of page.value) chunk += answer.line(row);
      yield chunk;
    }
  }
  try {
    await writeLines(response, chunks());
  } catch {
    response.destroy();
  }
}
