import { checkOrThrow, type Rule, shape, when } from '@assent/protocol';

/** Token-bucket settings: a client may send `burst` requests at once, then `perMinute` per minute. */
export interface RateLimitOptions {
  /** Sustained requests per minute per client. Default 60. */
  readonly perMinute?: number;
  /** Bucket size (requests allowed at once). Default 30. */
  readonly burst?: number;
}

/** A per-key token bucket limiter. */
export interface RateLimiter {
  /**
   * Takes one token for `key`.
   * @returns 0 when allowed, otherwise the whole seconds to wait before retrying.
   */
  take(key: string, now?: number): number;
}

const MAX_KEYS = 10_000;

/** The rule of each rate-limit option; the handler's `rateLimit` and the CLI check with them too. */
export const RATE_LIMIT_RULES = {
  perMinute: when<number>((v) => typeof v === 'number' && v > 0, 'a number of requests above 0'),
  burst: when<number>((v) => typeof v === 'number' && v >= 1, 'a number of requests >= 1'),
} satisfies Record<keyof RateLimitOptions, Rule>;

/** The rate-limit options object. */
export const RATE_LIMIT_OPTIONS = shape(RATE_LIMIT_RULES, 'an object { perMinute?, burst? }');

/**
 * Creates an in-memory token-bucket rate limiter (one bucket per key, full buckets forgotten when
 * many keys are tracked).
 *
 * @param options - Rate and burst.
 * @returns The limiter.
 * @throws TypeError listing every problem: `Invalid rate limit options:\n- burst: expected …`.
 * @example
 * const limiter = createRateLimiter({ perMinute: 60, burst: 30 });
 * const wait = limiter.take(req.socket.remoteAddress ?? '');
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  checkOrThrow(RATE_LIMIT_OPTIONS, options, 'rate limit options');
  const perMinute = options.perMinute ?? 60;
  const burst = options.burst ?? 30;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const sweep = (now: number): void => {
    for (const [key, b] of buckets) if (b.tokens + (now - b.at) * perMs >= burst) buckets.delete(key);
  };

  return {
    take(key, now = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_KEYS) sweep(now);
        bucket = { tokens: burst, at: now };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
