import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import {
  rateLimit,
  TokenBuckets,
  userOrClientAddress,
  type RateLimitKey,
} from '../../../src/http/limits/rate-limit.js';

/** A clock the test moves by hand, in milliseconds. */
function manualClock() {
  let now = 1_000_000;
  return {
    read: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('token buckets', () => {
  it('let a burst of `capacity` through, then say when to come back', () => {
    // Given a bucket of 3 refilled at 1 a second
    const clock = manualClock();
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 1, clock: clock.read });
    // When one key asks 4 times at once
    const outcomes = [1, 2, 3, 4].map(() => buckets.take('synthetic-user-a'));
    // Then the first 3 pass and the 4th is told to retry in a second
    expect(outcomes).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterSeconds: 1 },
    ]);
  });

  it('refill with time, never past the capacity', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 0.5, clock: clock.read });
    buckets.take('k');
    buckets.take('k');
    // Given an empty bucket refilled at one token every 2 s
    expect(buckets.take('k')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    // When 1 s passes, it is still short; after 2 s one request passes
    clock.advance(1_000);
    expect(buckets.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(buckets.take('k')).toEqual({ allowed: true, remaining: 0 });
    // And after a long pause the burst is the capacity again, not more
    clock.advance(60_000);
    const burst = [1, 2, 3].map(() => buckets.take('k').allowed);
    expect(burst).toEqual([true, true, false]);
  });

  it('keep keys apart', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1, clock: () => 0 });
    expect(buckets.take('synthetic-user-a').allowed).toBe(true);
    expect(buckets.take('synthetic-user-a').allowed).toBe(false);
    expect(buckets.take('synthetic-user-b').allowed).toBe(true);
  });

  it('forget buckets that have filled up again while idle', () => {
    // Given many keys that each asked once
    const clock = manualClock();
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 1, clock: clock.read });
    for (let i = 0; i < 500; i += 1) buckets.take(`address:10.0.${i >> 8}.${i & 255}`);
    expect(buckets.size).toBe(500);
    // When they stay away until their buckets are full and another key asks
    clock.advance(1_000);
    buckets.take('synthetic-user-a');
    // Then only the asking key is remembered
    expect(buckets.size).toBe(1);
  });

  it('hold at most `maxKeys`, forgetting the least recently seen first', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets({
      capacity: 1,
      refillPerSecond: 0.001,
      clock: clock.read,
      maxKeys: 2,
    });
    buckets.take('a');
    buckets.take('b');
    // Given a and b both empty, a seen again more recently than b
    expect(buckets.take('a').allowed).toBe(false);
    // When a third key arrives
    buckets.take('c');
    // Then b was forgotten (it starts afresh) and a was kept (it is still empty)
    expect(buckets.size).toBe(2);
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });
});

describe('the rate limit middleware', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** An app whose "authentication" takes the user from a test header, as the real one would. */
  async function serve(keyOf: RateLimitKey, clock: () => number): Promise<string> {
    const app = express();
    app.use((request, response, next) => {
      const user = request.header('x-test-user');
      if (user) response.locals.caretrailUserId = user;
      next();
    });
    app.use(rateLimit({ keyOf, capacity: 2, refillPerSecond: 1, clock }));
    app.get('/graphql', (_request, response) => {
      response.json({ data: { ok: true } });
    });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  const as = (user?: string): RequestInit => (user ? { headers: { 'x-test-user': user } } : {});

  it('answers a burst beyond the capacity with 429, Retry-After and RATE_LIMITED', async () => {
    const clock = manualClock();
    const url = await serve(userOrClientAddress, clock.read);
    // Given a user who has spent the burst
    expect((await fetch(url, as('synthetic-user-a'))).status).toBe(200);
    expect((await fetch(url, as('synthetic-user-a'))).status).toBe(200);
    // When they ask again at once
    const refused = await fetch(url, as('synthetic-user-a'));
    // Then they are told to wait
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: 'Too many requests: try again in 1 s.',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
        },
      ],
    });
    // And once the bucket has refilled a request passes again
    clock.advance(1_000);
    expect((await fetch(url, as('synthetic-user-a'))).status).toBe(200);
  });

  it('counts each user on their own, also when they share an address', async () => {
    const url = await serve(userOrClientAddress, manualClock().read);
    for (let i = 0; i < 3; i += 1) await fetch(url, as('synthetic-user-a'));
    expect((await fetch(url, as('synthetic-user-a'))).status).toBe(429);
    expect((await fetch(url, as('synthetic-user-b'))).status).toBe(200);
    // and requests without a user count against their address, not against a user
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url)).status).toBe(429);
    expect((await fetch(url, as('synthetic-user-c'))).status).toBe(200);
  });

  it('leaves requests whose key is null unlimited', async () => {
    const url = await serve(() => null, manualClock().read);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fetch(url)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
