import type { Server } from 'node:http';

/** How long a client may take at each stage before the server lets go of its connection. */
export interface ServerTimeouts {
  /** Until a request's headers are complete. */
  readonly headersTimeoutMs: number;
  /** Until a request (headers and body) is complete; the response is not counted. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection between two requests. */
  readonly keepAliveTimeoutMs: number;
  /** A connection on which no byte moves either way, at any stage. */
  readonly idleSocketTimeoutMs: number;
}

/**
 * - headers: 10 s. A real client sends its headers in one packet; a slowloris trickles them to
 *   hold a connection, and Node's own 60 s lets it hold one six times as long.
 * - request: 30 s. The largest body accepted is 100 KiB, which arrives in 10 s even at 10 KiB/s;
 *   Node's 300 s lets a slow upload hold a connection for five minutes. It stops counting once
 *   the request is in, so a long-lived answer (an SSE subscription) is not cut by it.
 * - keep-alive: 65 s, longer than the 60 s idle timeout of common proxies and load balancers, so
 *   they close idle connections first rather than race us and answer a 502.
 * - idle socket: 120 s. SSE subscriptions stay open for hours but Yoga pings every 12 s, so only a
 *   connection whose client has stopped reading (or vanished) goes this long without a byte.
 *   Keep it well above the ping interval, and set it to 0 for WebSocket upgrades if those come.
 */
export const serverTimeouts: ServerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  idleSocketTimeoutMs: 120_000,
};

/**
 * Applies timeouts against slow clients to a listening (or about to listen) server. Node checks
 * the headers and request timeouts every `connectionsCheckingInterval` (30 s unless the server
 * was created with another), so a stalled client may stay up to that much longer.
 */
export function applyServerTimeouts(
  server: Server,
  timeouts: ServerTimeouts = serverTimeouts,
): ServerTimeouts {
  if (timeouts.requestTimeoutMs > 0 && timeouts.headersTimeoutMs > timeouts.requestTimeoutMs) {
    throw new RangeError('the headers timeout cannot exceed the request timeout');
  }
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.setTimeout(timeouts.idleSocketTimeoutMs);
  return timeouts;
}
