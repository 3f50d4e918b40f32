import { Readable } from 'node:stream';
import type { RequestHandler, Response } from 'express';

/** 100 KiB: the largest legitimate operation with its variables is a few KiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

export interface BodySizeLimitOptions {
  /** Bytes of body accepted; one more is refused. */
  readonly limitBytes?: number;
}

/** The refusal as a GraphQL-style error body, on a connection that is then closed. */
function refuse(response: Response, limitBytes: number): void {
  response
    .status(413)
    .set('Connection', 'close')
    .json({
      errors: [
        {
          message: `The request body is larger than ${limitBytes} bytes.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes },
        },
      ],
    });
}

/**
 * Refuses a request body over the limit with 413, counting the bytes as they arrive: a chunked
 * upload or a missing Content-Length is cut off at the limit, and a declared length over it is
 * refused before a byte is read. A body within the limit is buffered and handed on as
 * `request.body`, which Yoga's Node adapter reads instead of the (now consumed) stream.
 */
export function bodySizeLimit(options: BodySizeLimitOptions = {}): RequestHandler {
  const limitBytes = options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  return (request, response, next) => {
    const declared = request.headers['content-length'];
    if (declared !== undefined && Number(declared) > limitBytes) {
      refuse(response, limitBytes);
      return;
    }
    // HTTP/1.1: no Content-Length and no Transfer-Encoding means no body.
    const hasBody = declared !== undefined || request.headers['transfer-encoding'] !== undefined;
    if (!hasBody || request.readableEnded) {
      next();
      return;
    }

    const chunks: Buffer[] = [];
    let received = 0;
    const stopListening = (): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received <= limitBytes) {
        chunks.push(chunk);
        return;
      }
      stopListening();
      // Nothing more is read; `Connection: close` makes Node drop the socket after the answer.
      request.pause();
      refuse(response, limitBytes);
    };
    const onEnd = (): void => {
      stopListening();
      // A stream rather than a Buffer: the adapter scans a Buffer's keys, one per byte.
      if (received > 0) request.body = Readable.from([Buffer.concat(chunks, received)]);
      next();
    };
    // The client went away mid-upload: there is no one left to answer.
    const onError = (): void => stopListening();
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  };
}
