// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limiter';

describe('createRateLimiter', () => {
  it('allows the burst, then one request per refill interval, per key', () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 3 });
    const t = 1_000_000;
    expect([0, 1, 2].map(() => limiter.take('a', t))).toEqual([0, 0, 0]);
    expect(limiter.take('a', t)).toBe(1); // one token per second at 60/min
    expect(limiter.take('b', t)).toBe(0);
    expect(limiter.take('a', t + 999)).toBe(1);
    expect(limiter.take('a', t + 1000)).toBe(0);
    expect(limiter.take('a', t + 1000)).toBe(1);
  });

  it('refills to the burst size at most and reports whole seconds to wait', () => {
    const limiter = createRateLimiter({ perMinute: 6, burst: 2 });
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(10);
    expect(limiter.take('a', 3_600_000)).toBe(0);
    expect(limiter.take('a', 3_600_000)).toBe(0);
    expect(limiter.take('a', 3_600_000)).toBe(10);
  });

  it('refuses nonsensical settings', () => {
    expect(() => createRateLimiter({ perMinute: 0, burst: 0.5 })).toThrow(
      new TypeError(
        [
          'Invalid rate limit options:',
          '- perMinute: expected a number of requests above 0, got 0',
          '- burst: expected a number of requests >= 1, got 0.5',
        ].join('\n'),
      ),
    );
  });
});
