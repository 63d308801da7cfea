// @vitest-environment node
// Issue 13, item 4: a flood of new client addresses made the limiter's clean-up quadratic and its
// memory unbounded. These tests pin the policy with the limiter's own clock (take's `now`); the
// speed itself is measured by bench/rate-limiter.mjs, not here.
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/rate-limiter';

const T0 = 1_000_000;
const distinct = (count: number, prefix = 'k') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('rate limiter under a flood of addresses', () => {
  it('keeps a bucket for at most maxClients clients, 100,000 by default', () => {
    const small = createRateLimiter({ maxClients: 100 });
    for (const key of distinct(10_000)) small.take(key, T0);
    expect(small.clients()).toBe(100);

    const byDefault = createRateLimiter();
    for (const key of distinct(120_000)) byDefault.take(key, T0);
    expect(byDefault.clients()).toBe(100_000);
  });

  it('never resets a client mid-allowance to make room for new ones', () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, maxClients: 2 });
    expect([1, 2, 3].map(() => limiter.take('a', T0))).toEqual([0, 0, 0]);
    expect(limiter.take('a', T0)).toBe(1);
    for (const key of distinct(1_000)) limiter.take(key, T0 + 100);
    expect(limiter.take('a', T0 + 100)).toBe(1); // still empty: 0.1 token refilled, not a fresh burst
  });

  it('lets new clients share one bucket while every tracked client is mid-allowance', () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, maxClients: 1 });
    expect(limiter.take('a', T0)).toBe(0);
    expect([limiter.take('x', T0), limiter.take('y', T0), limiter.take('z', T0)]).toEqual([0, 0, 1]);
    expect(limiter.take('a', T0)).toBe(0); // a kept its own bucket: one token left
    expect(limiter.take('a', T0)).toBe(1);
    expect(limiter.clients()).toBe(1);
  });

  it('forgets refilled buckets least recently seen first, so a newcomer gets its own', () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, maxClients: 2 }); // 1 token/s
    limiter.take('a', T0); // a: 1 token left, full again at T0 + 1 s
    limiter.take('b', T0); // b: the same
    limiter.take('a', T0 + 10); // a seen again: 0.01 left, full at T0 + 2 s; b is now the least recent
    const t = T0 + 1_500; // b has refilled, a has not
    expect([limiter.take('c', t), limiter.take('c', t), limiter.take('c', t)]).toEqual([0, 0, 1]);
    expect(limiter.clients()).toBe(2); // b forgotten, c has a bucket of its own
    expect([limiter.take('a', t), limiter.take('a', t)]).toEqual([0, 1]); // a kept its 1.5 tokens
  });

  it('refuses a bound that is not a whole number of clients', () => {
    expect(() => createRateLimiter({ maxClients: 0.5 })).toThrow(
      new TypeError(
        'Invalid rate limit options:\n- maxClients: expected a whole number of clients >= 1, got 0.5',
      ),
    );
  });
});
