import type { Request, RequestHandler, Response } from 'express';

/** Milliseconds on a clock that only moves forward. */
export type MillisecondClock = () => number;

export interface TokenBucketOptions {
  /** Requests a key may make in a burst: the bucket's size. */
  readonly capacity: number;
  /** Tokens given back per second, up to the capacity. */
  readonly refillPerSecond: number;
  /** Monotonic by default, so a wall-clock jump neither empties nor fills the buckets. */
  readonly clock?: MillisecondClock;
  /** Keys remembered at most; past it the least recently seen bucket is forgotten. */
  readonly maxKeys?: number;
}

export type TakeOutcome =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** 10,000 keys is about a megabyte of buckets. */
export const DEFAULT_MAX_KEYS = 10_000;

/**
 * A token bucket per key. A bucket left alone until it is full again holds nothing a fresh one
 * would not, so it is dropped; at most `maxKeys` buckets are kept, least recently seen dropped first.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly clock: MillisecondClock;
  private readonly maxKeys: number;

  constructor(options: TokenBucketOptions) {
    if (!(options.capacity >= 1)) throw new RangeError('capacity must be at least 1');
    if (!(options.refillPerSecond > 0)) throw new RangeError('refillPerSecond must be positive');
    this.capacity = options.capacity;
    this.refillPerMs = options.refillPerSecond / 1000;
    this.clock = options.clock ?? (() => performance.now());
    this.maxKeys = Math.max(1, options.maxKeys ?? DEFAULT_MAX_KEYS);
  }

  /** Buckets held now (full ones are forgotten as they are met). */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token from the key's bucket, or says how long until one is there. */
  take(key: string): TakeOutcome {
    const now = this.clock();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? this.tokensAt(bucket, now) : this.capacity;
    // Delete and set again: the map's order is then least recently seen first.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.refillPerMs / 1000)),
      };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    this.forgetIdle(now);
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }

  private tokensAt(bucket: Bucket, now: number): number {
    return Math.min(this.capacity, bucket.tokens + Math.max(0, now - bucket.at) * this.refillPerMs);
  }

  /** Drops buckets from the least recently seen end while they are full again, or too many. */
  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const tooMany = this.buckets.size > this.maxKeys;
      if (!tooMany && this.tokensAt(bucket, now) < this.capacity) return;
      this.buckets.delete(key);
    }
  }
}

/** Who a request counts against; `null` leaves the request unlimited. */
export type RateLimitKey = (request: Request, response: Response) => string | null;

export interface RateLimitOptions extends TokenBucketOptions {
  readonly keyOf: RateLimitKey;
}

/**
 * The authenticated user (`response.locals.caretrailUserId`, set by the authentication
 * middleware) or else the client address, in separate namespaces so neither can spend the
 * other's tokens. Behind a proxy, express's `trust proxy` decides what the address is.
 */
export const userOrClientAddress: RateLimitKey = (request, response) => {
  const userId: unknown = response.locals.caretrailUserId;
  if (typeof userId === 'string' && userId.length > 0) return `user:${userId}`;
  return `address:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
};

/**
 * Express middleware: each key gets a burst of `capacity` requests, refilled at `refillPerSecond`;
 * past that a 429 with `Retry-After` and a GraphQL-style error coded `RATE_LIMITED`.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const buckets = new TokenBuckets(options);
  return (request, response, next) => {
    const key = options.keyOf(request, response);
    if (key === null) {
      next();
      return;
    }
    const outcome = buckets.take(key);
    if (outcome.allowed) {
      next();
      return;
    }
    response
      .status(429)
      .set('Retry-After', String(outcome.retryAfterSeconds))
      .json({
        errors: [
          {
            message: `Too many requests: try again in ${outcome.retryAfterSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: outcome.retryAfterSeconds },
          },
        ],
      });
  };
}
