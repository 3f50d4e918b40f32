import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodySizeLimit, DEFAULT_BODY_LIMIT_BYTES } from '../../../src/http/limits/body-size.js';

const limitBytes = 1024;

/** Requests that got past the limit, to show that a refused one never did. */
let reachedYoga = 0;

/** A Yoga that echoes a string back, behind the body limit, as the app mounts it. */
function app(): express.Express {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { echo(text: String!): String! }',
      resolvers: { Query: { echo: (_: unknown, args: { text: string }) => args.text } },
    }),
    logging: false,
  });
  const countArrival: express.RequestHandler = (_request, _response, next) => {
    reachedYoga += 1;
    next();
  };
  const served = express();
  served.use('/graphql', bodySizeLimit({ limitBytes }), countArrival, yoga);
  return served;
}

let server: Server;
let port: number;
beforeAll(async () => {
  server = await new Promise<Server>((resolve) => {
    const listening = app().listen(0, '127.0.0.1', () => resolve(listening));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  reachedYoga = 0;
});

const echo = 'query ($text: String!) { echo(text: $text) }';

interface Refusal {
  readonly status: number | undefined;
  readonly connection: string | undefined;
  readonly body: { errors: { extensions: { code: string } }[] };
}

async function refusalOf(response: IncomingMessage): Promise<Refusal> {
  let text = '';
  for await (const chunk of response) text += String(chunk);
  return {
    status: response.statusCode,
    connection: response.headers.connection,
    body: JSON.parse(text) as Refusal['body'],
  };
}

/** Far more than the limit, and more than loopback socket buffers can hold unread. */
const uploadBudget = 64 * 1024 * 1024;

/**
 * Streams a chunked body with no Content-Length, a chunk once the previous one has left, until
 * the server answers or the budget is spent. Counts what left; `refusal` is null if the
 * connection ended unanswered.
 */
function uploadUntilAnswered(): Promise<{ refusal: Refusal | null; sentBytes: number }> {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const upload = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    // Writing into a socket the server has closed fails; only the answer matters here.
    upload.on('error', () => undefined);
    upload.on('close', () => {
      if (!answered) resolve({ refusal: null, sentBytes });
    });
    upload.on('response', (response) => {
      answered = true;
      refusalOf(response).then((refusal) => resolve({ refusal, sentBytes }), reject);
    });
    const sendMore = (error?: Error | null): void => {
      if (error || answered) return;
      if (sentBytes >= uploadBudget) {
        upload.end();
        return;
      }
      sentBytes += chunk.length;
      upload.write(chunk, sendMore);
    };
    sendMore();
  });
}

describe('the request body limit', () => {
  it(`is ${DEFAULT_BODY_LIMIT_BYTES / 1024} KiB unless set`, () => {
    expect(DEFAULT_BODY_LIMIT_BYTES).toBe(102_400);
  });

  it('hands a body within the limit on to Yoga intact', async () => {
    // Given an operation whose variables bring the body close to the limit
    const text = 'é'.repeat(400);
    const body = JSON.stringify({ query: echo, variables: { text } });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(limitBytes);
    // When it is posted
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    // Then Yoga reads it as sent
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { echo: text } });
  });

  it('refuses a body declared larger than the limit before reading it', async () => {
    // Given a request that declares a large body but has sent only a little of it
    const refusal = await new Promise<Refusal>((resolve, reject) => {
      const upload = httpRequest({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': 10 * 1024 * 1024 },
      });
      upload.on('error', () => undefined);
      upload.on('response', (response) => {
        refusalOf(response).then(resolve, reject);
      });
      upload.write('{"query":');
    });
    // Then it is answered 413 without waiting for the rest, and the connection is closed
    expect(refusal).toEqual({
      status: 413,
      connection: 'close',
      body: {
        errors: [
          {
            message: `The request body is larger than ${limitBytes} bytes.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes },
          },
        ],
      },
    });
    expect(reachedYoga).toBe(0);
  });

  it('cuts off a chunked upload without Content-Length once it passes the limit', async () => {
    // Given a client that streams chunks with no declared length and would send 64 MiB
    const { refusal, sentBytes } = await uploadUntilAnswered();
    // Then it is refused with 413 and its connection closed long before it could send it all
    expect(refusal?.status).toBe(413);
    expect(refusal?.connection).toBe('close');
    expect(refusal?.body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(sentBytes).toBeLessThan(uploadBudget);
    expect(reachedYoga).toBe(0);
  });

  it('takes no more than a Content-Length that understates the body', async () => {
    // Given a raw request declaring 16 bytes and then sending far more than the limit
    const declared = '{"query":"{ a }"';
    const extra = 'x'.repeat(4 * limitBytes);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: caretrail.test\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${declared.length}\r\n\r\n${declared}${extra}`,
        );
      });
      let received = '';
      socket.on('data', (data: Buffer) => {
        received += data.toString('latin1');
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(received));
    });
    // Then the app saw only the declared bytes (an incomplete JSON document, refused as such),
    // and what followed was not taken as part of it: the connection was answered and closed
    expect(reachedYoga).toBe(1);
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).not.toContain('PAYLOAD_TOO_LARGE');
  });
});
