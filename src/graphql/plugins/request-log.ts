import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Receives one finished log line (JSON, no newline). */
export type LogWriter = (line: string) => void;

/** One GraphQL request as logged: what ran and how it ended, never its variables or query text. */
export interface RequestLogLine {
  readonly time: string;
  readonly requestId: string | null;
  /** The operation's name from the parsed document (a GraphQL name, never a literal). */
  readonly operationName: string | null;
  readonly operationType: 'query' | 'mutation' | 'subscription' | null;
  readonly durationMs: number;
  readonly status: number;
  readonly outcome: 'ok' | 'error';
  /** `extensions.code` of each error, in order; empty when the outcome is ok. */
  readonly errorCodes: readonly string[];
  /** A subscription's stream: the line is written when the stream opens. */
  readonly streamed: boolean;
}

export interface RequestLogOptions {
  readonly write?: LogWriter;
  readonly clock?: () => Date;
}

interface Pending {
  readonly start: number;
  graphql: boolean;
  requestId: string | null;
  operationName: string | null;
  operationType: RequestLogLine['operationType'];
  errorCodes: string[];
  streamed: boolean;
}

const writeToStdout: LogWriter = (line) => {
  process.stdout.write(`${line}\n`);
};

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function errorCodesOf(result: unknown): string[] {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  return results.flatMap((one) => {
    const errors = (one as { errors?: readonly GraphQLError[] } | null)?.errors ?? [];
    return errors.map((error) => {
      const code = error.extensions?.code;
      return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
    });
  });
}

/**
 * Writes one JSON line per GraphQL request: time, request id, operation name and type, duration,
 * HTTP status and outcome with error codes. Variables, query text and data are never read into it,
 * so no patient data can reach the log.
 */
export function requestLogPlugin(options: RequestLogOptions = {}): Plugin {
  const write = options.write ?? writeToStdout;
  const clock = options.clock ?? (() => new Date());
  const pending = new WeakMap<Request, Pending>();

  return {
    onRequest({ request }) {
      pending.set(request, {
        start: performance.now(),
        graphql: false,
        requestId: request.headers.get('x-request-id'),
        operationName: null,
        operationType: null,
        errorCodes: [],
        streamed: false,
      });
    },
    onParams({ request }) {
      const entry = pending.get(request);
      if (entry) entry.graphql = true;
    },
    onParse({ context }) {
      const { request, params } = context;
      return ({ result }) => {
        const entry = pending.get(request);
        if (!entry || result instanceof Error || result === null) return;
        const operation = getOperationAST(result as DocumentNode, params.operationName);
        entry.operationType = operation?.operation ?? null;
        entry.operationName = operation?.name?.value ?? null;
      };
    },
    onContextBuilding() {
      return ({ context }) => {
        const requestId = (context as { requestId?: unknown }).requestId;
        const entry = pending.get(context.request);
        if (entry && typeof requestId === 'string') entry.requestId = requestId;
      };
    },
    onResultProcess({ request, result }) {
      const entry = pending.get(request);
      if (!entry) return;
      entry.graphql = true;
      if (isAsyncIterable(result)) entry.streamed = true;
      else entry.errorCodes = errorCodesOf(result);
    },
    onResponse({ request, response }) {
      const entry = pending.get(request);
      pending.delete(request);
      if (!entry?.graphql) return;
      const line: RequestLogLine = {
        time: clock().toISOString(),
        requestId: entry.requestId,
        operationName: entry.operationName,
        operationType: entry.operationType,
        durationMs: Math.round((performance.now() - entry.start) * 100) / 100,
        status: response.status,
        outcome: entry.errorCodes.length === 0 ? 'ok' : 'error',
        errorCodes: entry.errorCodes,
        streamed: entry.streamed,
      };
      write(JSON.stringify(line));
    },
  };
}
