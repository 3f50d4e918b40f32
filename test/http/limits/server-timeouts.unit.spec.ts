import { createServer, get, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyServerTimeouts,
  serverTimeouts,
  type ServerTimeouts,
} from '../../../src/http/limits/server-timeouts.js';

/** How often Yoga pings an SSE subscription (graphql-yoga's result-processor/sse.js). */
const yogaSsePingMs = 12_000;

/** The production timeouts scaled down to milliseconds, so a test sees them act. */
const quick: ServerTimeouts = {
  headersTimeoutMs: 100,
  requestTimeoutMs: 200,
  keepAliveTimeoutMs: 100,
  idleSocketTimeoutMs: 400,
};

describe('the server timeouts', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** A server checking its timeouts every 20 ms (Node's default is every 30 s). */
  async function serve(handler: (response: ServerResponse) => void): Promise<number> {
    const created = createServer({ connectionsCheckingInterval: 20 }, (_request, response) =>
      handler(response),
    );
    applyServerTimeouts(created, quick);
    server = created;
    await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
    return (created.address() as AddressInfo).port;
  }

  /** Writes `events` SSE events `everyMs` apart, then ends. */
  function stream(events: number, everyMs: number) {
    return (response: ServerResponse): void => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      let sent = 0;
      const timer = setInterval(() => {
        sent += 1;
        response.write(`data: ${sent}\n\n`);
        if (sent === events) {
          clearInterval(timer);
          response.end();
        }
      }, everyMs);
      response.on('close', () => clearInterval(timer));
    };
  }

  /** Reads an SSE answer to its end (or until the connection drops) and lists its events. */
  function readEvents(port: number): Promise<{ events: string[]; complete: boolean }> {
    return new Promise((resolve) => {
      get({ host: '127.0.0.1', port, path: '/graphql' }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('close', () =>
          resolve({
            events: [...text.matchAll(/data: (\d+)/g)].map((m) => m[1]!),
            complete: response.complete,
          }),
        );
      }).on('error', () => resolve({ events: [], complete: false }));
    });
  }

  it('are set on the server as configured', () => {
    const created = createServer();
    applyServerTimeouts(created);
    expect({
      headers: created.headersTimeout,
      request: created.requestTimeout,
      keepAlive: created.keepAliveTimeout,
      idle: created.timeout,
    }).toEqual({ headers: 10_000, request: 30_000, keepAlive: 65_000, idle: 120_000 });
  });

  it('leave an idle SSE subscription many of Yoga’s pings before calling it dead', () => {
    expect(serverTimeouts.idleSocketTimeoutMs).toBeGreaterThanOrEqual(5 * yogaSsePingMs);
  });

  it('refuse a headers timeout longer than the request timeout', () => {
    expect(() =>
      applyServerTimeouts(createServer(), {
        ...quick,
        headersTimeoutMs: 300,
        requestTimeoutMs: 200,
      }),
    ).toThrow(RangeError);
  });

  it('answer 408 and hang up on a client that never finishes its headers', async () => {
    const port = await serve((response) => response.end('never reached'));
    // Given a client that sends half a request and then nothing
    const reply = await new Promise<string>((resolve) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('GET /graphql HTTP/1.1\r\nHost: caretrail.test\r\nX-Slow: ');
      });
      socket.on('data', (data: Buffer) => (received += data.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(received));
    });
    // Then the server gives up on it
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('keep a streamed answer going long past the request timeout while it is active', async () => {
    // Given a subscription that sends 8 events over about 4 request timeouts
    const port = await serve(stream(8, quick.requestTimeoutMs / 2));
    // When a client follows it
    const followed = await readEvents(port);
    // Then it gets every event and the stream's proper end
    expect(followed).toEqual({ events: ['1', '2', '3', '4', '5', '6', '7', '8'], complete: true });
  });

  it('drop a streamed answer once nothing moves for the idle timeout', async () => {
    // Given a stream that sends one event, falls silent for longer than the idle timeout, then would end
    const port = await serve((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: 1\n\n');
      const timer = setTimeout(() => response.end('data: 2\n\n'), quick.idleSocketTimeoutMs * 10);
      response.on('close', () => clearTimeout(timer));
    });
    const followed = await readEvents(port);
    // Then the connection was dropped before its end
    expect(followed).toEqual({ events: ['1'], complete: false });
  });
});
