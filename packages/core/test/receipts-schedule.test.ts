// @vitest-environment node
// Retry scheduling. Fake timers drive setTimeout/Date only (fake-indexeddb keeps its real
// setImmediate), and `fetch` is injected: a real server cannot follow a faked clock. These tests
// check WHEN attempts happen, not real elapsed time.
import 'fake-indexeddb/auto';
import { createConsent } from '@assent/core';
import { createReceipts, retryDelay } from '@assent/core/receipts';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const cleanups: Array<() => void> = [];
let n = 0;
const name = () => `schedule-${++n}-${Math.random()}`;
/** A fetch that answers `status()` and records when it was called (fake clock). */
const fakeFetch = (status: () => number | 'hang') => {
  const calls: number[] = [];
  const f = vi.fn((_: RequestInfo | URL, init?: RequestInit) => {
    calls.push(Date.now());
    const s = status();
    if (s === 'hang')
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    return Promise.resolve(new Response(null, { status: s }));
  });
  return { f: f as unknown as typeof fetch, calls, mock: f };
};
const open = (storeName: string, f: typeof fetch) => {
  const store = createConsent({ categories: { analytics: {} } });
  const log = createReceipts(store, { endpoint: 'http://ledger.test/r', fetch: f, storeName });
  cleanups.push(() => {
    log.destroy();
    store.destroy();
  });
  return { store, log };
};
/** Lets fake-indexeddb (real setImmediate) and promise chains settle, without moving the fake clock. */
const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r));
};
/** Moves the fake clock in small steps, letting IndexedDB work in between. */
const advance = async (ms: number, step = 250) => {
  for (let t = 0; t < ms; t += step) {
    await vi.advanceTimersByTimeAsync(Math.min(step, ms - t));
    await settle();
  }
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.useRealTimers();
});

describe('retryDelay', () => {
  test('doubles from 2 s, caps at 5 min, with equal jitter', () => {
    expect([0, 1, 2, 3].map((k) => retryDelay(k, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect([0, 1, 2, 3].map((k) => retryDelay(k, () => 0.999999))).toEqual(
      [2000, 4000, 8000, 16000].map((x) => expect.closeTo(x, -1)),
    );
    expect(retryDelay(20, () => 0)).toBe(150_000);
    expect(retryDelay(20, () => 0.999999)).toBeCloseTo(300_000, -1);
    const spread = new Set(Array.from({ length: 20 }, () => retryDelay(3)));
    expect(spread.size).toBeGreaterThan(10); // jitter: tabs do not retry in step
  });
});

describe('retry schedule', () => {
  test('failed attempts are retried with growing delays, then stop once delivered', async () => {
    let status = 503;
    const { f, calls } = fakeFetch(() => status);
    const { store, log } = open(name(), f);
    const t0 = Date.now();
    store.acceptAll();
    await advance(500);
    expect(calls).toHaveLength(1);
    await advance(120_000);
    const gaps = calls.slice(1).map((t, i) => t - (calls[i] ?? 0));
    // Each gap lies within [½, 1] × 2 s × 2^k.
    gaps.forEach((gap, k) => {
      expect(gap).toBeGreaterThanOrEqual(1000 * 2 ** k - 300);
      expect(gap).toBeLessThanOrEqual(2000 * 2 ** k + 300);
    });
    expect(calls.length).toBeGreaterThanOrEqual(6);
    expect(calls.length).toBeLessThanOrEqual(9);
    expect(calls[0]! - t0).toBeLessThan(500);
    status = 201;
    const before = calls.length;
    await advance(300_000);
    expect(calls.length).toBe(before + 1);
    expect(await log.pending()).toBe(0);
    await advance(600_000);
    expect(calls.length).toBe(before + 1); // nothing left: no more requests
  });

  test('the backoff is capped: no attempt waits longer than 5 minutes', async () => {
    const { f, calls } = fakeFetch(() => 503);
    const { store } = open(name(), f);
    store.acceptAll();
    await advance(60 * 60_000, 5000);
    const gaps = calls.slice(1).map((t, i) => t - (calls[i] ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(300_000 + 5000);
    expect(gaps.slice(-3).every((g) => g >= 150_000 - 5000)).toBe(true);
  });

  test('a request that hangs is aborted after 10 s and retried later', async () => {
    let mode: number | 'hang' = 'hang';
    const { f, calls, mock } = fakeFetch(() => mode);
    const { store, log } = open(name(), f);
    store.acceptAll();
    await advance(500);
    expect(calls).toHaveLength(1);
    const init = mock.mock.calls[0]?.[1];
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin' });
    expect(init?.headers).toEqual({ 'content-type': 'application/json' });
    await advance(9000);
    expect(init?.signal?.aborted).toBe(false);
    await advance(1500);
    expect(init?.signal?.aborted).toBe(true);
    mode = 201;
    await advance(3000);
    expect(calls).toHaveLength(2);
    expect(await log.pending()).toBe(0);
  });

  test('two tabs share one retry schedule: they do not both spin on the same outbox', async () => {
    const storeName = name();
    const { f, calls } = fakeFetch(() => 503);
    const tabA = open(storeName, f);
    tabA.store.acceptAll();
    await advance(500);
    expect(calls).toHaveLength(1);
    const tabB = open(storeName, f); // same database, same endpoint: a second tab opens
    await advance(500);
    expect(calls).toHaveLength(2); // a new page view retries the pending outbox once
    tabB.store.rejectAll(); // a new decision is sent at once, with the older pending receipt
    await advance(500);
    expect(calls).toHaveLength(3);
    await advance(30 * 60_000, 1000);
    // One tab alone makes ~14 attempts in 30 min (cap 5 min); two tabs each on their own ~28.
    expect(calls.length).toBeLessThanOrEqual(3 + 16);
    // No two timer-driven attempts closer than the first backoff step.
    const gaps = calls.slice(3).map((t, i) => t - (calls[i + 2] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    expect(await tabA.log.pending()).toBe(2);
  });

  test('a tab that crashed while holding the outbox does not block it forever (the lease expires)', async () => {
    const storeName = name();
    let status = 503;
    const { f, calls } = fakeFetch(() => status);
    const tabA = open(storeName, f);
    tabA.store.acceptAll();
    await advance(500);
    tabA.log.destroy(); // "crash": no more timers from tab A
    status = 201;
    const tabB = open(storeName, f);
    await advance(40_000);
    expect(calls.length).toBe(2);
    expect(await tabB.log.pending()).toBe(0);
  });
});
