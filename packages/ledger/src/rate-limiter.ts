import { checkOrThrow, type Rule, shape, when } from '@assent/protocol';

/** Token-bucket settings: a client may send `burst` requests at once, then `perMinute` per minute. */
export interface RateLimitOptions {
  /** Sustained requests per minute per client. Default 60. */
  readonly perMinute?: number;
  /** Bucket size (requests allowed at once). Default 30. */
  readonly burst?: number;
  /**
   * Most clients with a bucket of their own, default 100,000 (about 15 MB). Beyond it, new
   * clients share one bucket until a tracked client's bucket has refilled (see {@link createRateLimiter}).
   */
  readonly maxClients?: number;
}

/** A per-key token bucket limiter. */
export interface RateLimiter {
  /**
   * Takes one token for `key`.
   * @param now - The clock in ms (default `Date.now()`); tests pass their own.
   * @returns 0 when allowed, otherwise the whole seconds to wait before retrying.
   */
  take(key: string, now?: number): number;
  /** How many clients have a bucket of their own right now (at most `maxClients`). */
  clients(): number;
}

/** One client's bucket, in a list from least to most recently seen. */
interface Bucket {
  readonly key: string;
  /** Tokens left at `at` (ms). */
  tokens: number;
  at: number;
  older: Bucket | null;
  newer: Bucket | null;
}

/** The rule of each rate-limit option; the handler's `rateLimit` and the CLI check with them too. */
export const RATE_LIMIT_RULES = {
  perMinute: when<number>((v) => typeof v === 'number' && v > 0, 'a number of requests above 0'),
  burst: when<number>((v) => typeof v === 'number' && v >= 1, 'a number of requests >= 1'),
  maxClients: when<number>(
    (v) => Number.isSafeInteger(v) && (v as number) >= 1,
    'a whole number of clients >= 1',
  ),
} satisfies Record<keyof RateLimitOptions, Rule>;

/** The rate-limit options object. */
export const RATE_LIMIT_OPTIONS = shape(RATE_LIMIT_RULES, 'an object { perMinute?, burst?, maxClients? }');

/** The least and most recently seen buckets, linked; every operation is O(1). */
function createRecency() {
  let oldest: Bucket | null = null;
  let newest: Bucket | null = null;
  const unlink = (b: Bucket): void => {
    if (b.older) b.older.newer = b.newer;
    else oldest = b.newer;
    if (b.newer) b.newer.older = b.older;
    else newest = b.older;
    b.older = b.newer = null;
  };
  return {
    oldest: () => oldest,
    unlink,
    /** Puts `b` (linked or not) at the most recently seen end. */
    touch(b: Bucket): void {
      if (newest === b) return;
      if (b.older || b.newer || oldest === b) unlink(b);
      b.older = newest;
      if (newest) newest.newer = b;
      else oldest = b;
      newest = b;
    },
  };
}

/**
 * Creates an in-memory token-bucket rate limiter: one bucket per key, in bounded memory.
 *
 * Policy: a bucket that has refilled to `burst` says nothing a fresh one would not, so it can be
 * forgotten. Buckets are kept from least to most recently seen; before a new key gets a bucket,
 * full buckets are forgotten from the least recently seen end, stopping at the first one still
 * refilling. Each bucket is forgotten once, so a request costs O(1) amortised (the former sweep of
 * every bucket cost O(n) per new key once 10,000 clients were mid-allowance). A bucket waits at
 * most `burst / perMinute` minutes after it refilled (the one ahead of it refills by then too).
 * While `maxClients` clients are mid-allowance, a new key gets no bucket of its own: all such keys
 * share one, with the same rate and burst. So a tracked client is never reset early (that would
 * hand it a fresh burst), and a flood of new addresses is limited as a whole.
 *
 * @param options - Rate, burst and the most clients tracked.
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
  const maxClients = options.maxClients ?? 100_000;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  const recency = createRecency();
  const fresh = (key: string, now: number): Bucket => ({
    key,
    tokens: burst,
    at: now,
    older: null,
    newer: null,
  });
  const shared = fresh('', -Infinity);
  const isFull = (b: Bucket, now: number): boolean => b.tokens + (now - b.at) * perMs >= burst;

  const forgetFull = (now: number): void => {
    for (let b = recency.oldest(); b && isFull(b, now); b = recency.oldest()) {
      recency.unlink(b);
      buckets.delete(b.key);
    }
  };

  const bucketOf = (key: string, now: number): Bucket => {
    let bucket = buckets.get(key);
    if (!bucket) {
      forgetFull(now);
      if (buckets.size >= maxClients) return shared;
      bucket = fresh(key, now);
      buckets.set(key, bucket);
    }
    recency.touch(bucket);
    return bucket;
  };

  return {
    take(key, now = Date.now()) {
      const bucket = bucketOf(key, now);
      bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
    clients: () => buckets.size,
  };
}
