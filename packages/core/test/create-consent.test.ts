import { type ConsentState, createConsent, decodeDecision, encodeDecision } from '@assent/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies, cookieValue, wrapDocumentCookie } from './helpers';

const categories = {
  analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] } } },
  advertising: { services: { meta: { cookies: ['_fbp'] } } },
  functional: {},
};

beforeEach(clearCookies);
afterEach(() => {
  vi.useRealTimers();
  clearCookies();
});

describe('first visit', () => {
  test('undecided, only essential granted, nothing written', () => {
    const store = createConsent({ revision: 1, categories });
    const state = store.getState();
    expect(state).toMatchObject({
      decided: false,
      askReason: 'new',
      source: 'default',
      mode: 'opt-in',
      id: null,
      saved: false,
    });
    expect(state.categories).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
      functional: false,
    });
    expect(store.has('essential')).toBe(true);
    expect(store.has('analytics')).toBe(false);
    expect(document.cookie).toBe('');
  });
});

describe('decisions', () => {
  test('acceptAll grants everything, writes the cookie, and a returning visitor reads it synchronously', () => {
    const store = createConsent({ revision: 1, categories });
    store.acceptAll({ source: 'banner' });
    const state = store.getState();
    expect(state).toMatchObject({
      decided: true,
      method: 'accept-all',
      source: 'banner',
      askReason: null,
      saved: true,
      saveError: null,
    });
    expect(state.categories).toEqual({
      essential: true,
      analytics: true,
      advertising: true,
      functional: true,
    });
    expect(state.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(state.expiresAt).toBe((state.updatedAt ?? 0) + 182 * 86400_000);

    const returning = createConsent({ revision: 1, categories });
    expect(returning.getState()).toMatchObject({
      decided: true,
      source: 'cookie',
      id: state.id,
      method: 'accept-all',
    });
    expect(returning.has('functional')).toBe(true);
  });

  test('rejectAll denies every optional category and is remembered too', () => {
    createConsent({ categories }).rejectAll();
    const store = createConsent({ categories });
    expect(store.getState()).toMatchObject({ decided: true, method: 'reject-all' });
    expect(store.getState().categories).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
      functional: false,
    });
  });

  test('update sets some categories and keeps the others', () => {
    const store = createConsent({ categories });
    store.update({ analytics: true });
    expect(store.getState().categories).toEqual({
      essential: true,
      analytics: true,
      advertising: false,
      functional: false,
    });
    store.update({ functional: true, analytics: false }, { source: 'preferences' });
    expect(store.getState()).toMatchObject({ method: 'custom', source: 'preferences' });
    expect(createConsent({ categories }).getState().categories).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
      functional: true,
    });
  });

  test('update refuses bad input with a clear error and changes nothing', () => {
    const store = createConsent({ categories });
    expect(() => store.update({ analytcs: true })).toThrow(
      'unknown category "analytcs" in update(); known: analytics, advertising, functional',
    );
    expect(() => store.update({ analytics: 'yes' as never })).toThrow(
      'update({ analytics }) needs true or false, got string',
    );
    expect(() => store.update({ essential: false })).toThrow('essential category cannot be switched off');
    expect(() => store.update(null as never)).toThrow('update() needs an object');
    expect(store.getState().decided).toBe(false);
    store.update({ essential: true, analytics: true });
    expect(store.has('analytics')).toBe(true);
  });

  test('the consent id stays the same across decisions and is new after reset', () => {
    const store = createConsent({ categories });
    store.acceptAll();
    const id = store.getState().id;
    store.rejectAll();
    expect(store.getState().id).toBe(id);
    store.reset();
    expect(store.getState()).toMatchObject({ decided: false, askReason: 'reset', id: null });
    expect(store.has('analytics')).toBe(false);
    expect(cookieValue('assent')).toBeUndefined();
    store.acceptAll();
    expect(store.getState().id).not.toBe(id);
  });

  test('has() never grants unknown categories or inherited properties', () => {
    const store = createConsent({ categories });
    store.acceptAll();
    expect(store.has('unknown')).toBe(false);
    expect(store.has('toString')).toBe(false);
    expect(store.has(undefined as never)).toBe(false);
    (Object.prototype as Record<string, unknown>).sneaky = true;
    try {
      expect(store.has('sneaky')).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).sneaky;
    }
  });
});

describe('snapshots and events', () => {
  test('every change makes a new frozen snapshot; old snapshots never change', () => {
    const store = createConsent({ categories });
    const first = store.getState();
    store.acceptAll();
    const second = store.getState();
    expect(second).not.toBe(first);
    expect(first.decided).toBe(false);
    expect(Object.isFrozen(second)).toBe(true);
    expect(Object.isFrozen(second.categories)).toBe(true);
    expect(() => {
      (second.categories as Record<string, boolean>).analytics = false;
    }).toThrow();
  });

  test('subscribe gets (state, previous), not immediately, and unsubscribe stops it', () => {
    const store = createConsent({ categories });
    const calls: Array<[ConsentState, ConsentState]> = [];
    const unsubscribe = store.subscribe((state, previous) => calls.push([state, previous]));
    expect(calls).toHaveLength(0);
    const before = store.getState();
    store.acceptAll();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(store.getState());
    expect(calls[0]?.[1]).toBe(before);
    unsubscribe();
    store.rejectAll();
    expect(calls).toHaveLength(1);
  });

  test('a listener that throws does not stop the others or the store, and is reported', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (e: unknown) => reported.push(e));
    const store = createConsent({ categories });
    const seen: boolean[] = [];
    store.subscribe(() => {
      throw new Error('page bug');
    });
    store.subscribe((state) => seen.push(state.decided));
    store.acceptAll();
    expect(seen).toEqual([true]);
    expect(store.has('analytics')).toBe(true);
    expect(reported).toEqual([new Error('page bug')]);
    store.destroy(); // or later tests' cross-tab messages would reach this throwing listener
    vi.unstubAllGlobals();
  });

  test('config callbacks: onFirstConsent once per new decision, onChange on every change', () => {
    const first = vi.fn();
    const change = vi.fn();
    const store = createConsent({ categories, onFirstConsent: first, onChange: change });
    store.acceptAll();
    store.update({ analytics: false });
    expect(first).toHaveBeenCalledTimes(1);
    expect(first.mock.calls[0]?.[0]).toMatchObject({ decided: true, method: 'accept-all' });
    expect(change).toHaveBeenCalledTimes(2);
    store.reset();
    store.rejectAll();
    expect(first).toHaveBeenCalledTimes(2);
    // A returning visitor is not a first consent.
    const again = vi.fn();
    createConsent({ categories, onFirstConsent: again });
    expect(again).not.toHaveBeenCalled();
  });

  test('showPreferences reaches the UI listener', () => {
    const store = createConsent({});
    const open = vi.fn();
    const off = store.onShowPreferences(open);
    store.showPreferences();
    off();
    store.showPreferences();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('persistence', () => {
  test('cookie attributes: Path=/, SameSite=Lax, 182 days, no Secure on http', () => {
    const writes: string[] = [];
    const restore = wrapDocumentCookie({ onWrite: (v) => writes.push(v) });
    try {
      createConsent({}).acceptAll();
    } finally {
      restore();
    }
    const written = writes.find((w) => w.startsWith('assent='));
    expect(written).toMatch(
      /^assent=1\.0\.[0-9a-z]+\.[0-9a-f-]{36}\.a\.0\.analytics:1\+advertising:1; path=\/; sameSite=Lax; expires=[^;]+$/,
    );
    const expires = Date.parse(/expires=([^;]+)/.exec(written ?? '')?.[1] ?? '');
    expect(Math.round((expires - Date.now()) / 86400_000)).toBe(182);
  });

  test('configurable name, domain (shared across subdomains), path, lifetime, SameSite', () => {
    const writes: string[] = [];
    const restore = wrapDocumentCookie({ onWrite: (v) => writes.push(v), dropWrites: true });
    try {
      createConsent({
        cookie: { name: 'cmp', domain: 'example.com', path: '/shop', maxAgeDays: 30, sameSite: 'None' },
      }).acceptAll();
    } finally {
      restore();
    }
    expect(writes[0]).toMatch(
      /^cmp=1\..*; path=\/shop; sameSite=None; secure; domain=example\.com; expires=[^;]+$/,
    );
    expect(writes[0]).not.toMatch(/secure.*secure/);
  });

  test('Secure is added on https pages', async () => {
    const writes: string[] = [];
    vi.stubGlobal('location', new URL('https://shop.example.com/'));
    const restore = wrapDocumentCookie({ onWrite: (v) => writes.push(v), dropWrites: true });
    try {
      createConsent({}).acceptAll();
    } finally {
      restore();
      vi.unstubAllGlobals();
    }
    expect(writes[0]).toMatch(/; secure(;|$)/);
  });

  test('the stored cookie round-trips through the codec', () => {
    createConsent({ revision: 7, categories }).update({ functional: true });
    const decoded = decodeDecision(cookieValue('assent'));
    expect(decoded).toMatchObject({
      ok: true,
      decision: { revision: 7, method: 'custom', categories: { functional: true, analytics: false } },
    });
  });
});

describe('re-consent', () => {
  test('raising the revision asks again; stale choices never count, the consent id stays', () => {
    const old = createConsent({ revision: 1, categories });
    old.acceptAll();
    const store = createConsent({ revision: 2, categories });
    expect(store.getState()).toMatchObject({ decided: false, askReason: 'revision', id: old.getState().id });
    expect(store.has('analytics')).toBe(false);
    store.rejectAll();
    expect(decodeDecision(cookieValue('assent'))).toMatchObject({ ok: true, decision: { revision: 2 } });
  });

  test('a decision older than maxAgeDays has expired and does not count', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    // Written under a longer lifetime (or re-issued by a server): the cookie outlives the decision.
    createConsent({ cookie: { maxAgeDays: 30 } }).acceptAll();
    vi.setSystemTime(new Date('2026-01-10T23:59:00Z'));
    expect(createConsent({ cookie: { maxAgeDays: 10 } }).getState().decided).toBe(true);
    vi.setSystemTime(new Date('2026-01-11T00:00:01Z'));
    const store = createConsent({ cookie: { maxAgeDays: 10 } });
    expect(store.getState()).toMatchObject({ decided: false, askReason: 'expired' });
    expect(store.has('analytics')).toBe(false);
  });

  test('a new category added without a revision bump gets the mode default', () => {
    createConsent({ categories: { analytics: {} } }).acceptAll();
    const store = createConsent({ categories: { analytics: {}, functional: {} } });
    expect(store.getState().decided).toBe(true);
    expect(store.getState().categories).toMatchObject({ analytics: true, functional: false });
  });
});

describe('bad and hostile cookies', () => {
  const set = (value: string) => {
    document.cookie = `assent=${value}; Path=/`;
  };
  test.each([
    ['malformed', 'hello'],
    ['truncated', '1.1.t1'],
    ['tampered bit', '1.0.t2abc0.3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b.a.0.analytics:7'],
    ['future version', '9.0.t2abc0.3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b.a.0.analytics:1'],
    ['percent junk', '%E0%A4%A'],
  ])('%s cookie → no decision, no exception', (_name, value) => {
    set(value);
    const store = createConsent({});
    expect(store.getState().decided).toBe(false);
    expect(store.has('analytics')).toBe(false);
    // js-cookie cannot even decode the percent junk, so it reads as no cookie at all.
    expect(store.getState().askReason).toBe(value.startsWith('%') ? 'new' : 'invalid');
  });

  test('an unknown category in the cookie is ignored', () => {
    const value = encodeDecision({
      revision: 0,
      updatedAt: Date.now(),
      id: '3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b',
      method: 'custom',
      gpcOverride: false,
      categories: { analytics: true, retired: true },
    });
    set(value);
    const store = createConsent({});
    expect(store.getState().decided).toBe(true);
    expect(store.getState().categories).toEqual({ essential: true, analytics: true, advertising: false });
    expect(store.has('retired')).toBe(false);
  });
});

describe('cookies blocked', () => {
  test('writes silently dropped: the store works for the page view and says the decision was not saved', () => {
    const restore = wrapDocumentCookie({ dropWrites: true });
    try {
      const store = createConsent({});
      store.acceptAll();
      expect(store.has('analytics')).toBe(true);
      expect(store.getState()).toMatchObject({ decided: true, saved: false });
      expect(store.getState().saveError).toMatch(/did not keep the consent cookie/);
    } finally {
      restore();
    }
  });

  test('document.cookie throwing (sandboxed iframe, blocked storage): no exception escapes', () => {
    const restore = wrapDocumentCookie({
      throwOnWrite: true,
      read: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const store = createConsent({});
      expect(store.getState().decided).toBe(false);
      store.rejectAll();
      expect(store.getState()).toMatchObject({ decided: true, saved: false });
      expect(store.getState().saveError).toMatch(/SecurityError|insecure/);
      store.reset();
      expect(store.getState().decided).toBe(false);
    } finally {
      restore();
    }
  });
});

describe('several stores on one page', () => {
  test('are independent: no shared module state', () => {
    const a = createConsent({ cookie: { name: 'site_a' } });
    const b = createConsent({ cookie: { name: 'site_b' }, mode: 'opt-out' });
    const seenA = vi.fn();
    a.subscribe(seenA);
    a.acceptAll();
    expect(b.getState()).toMatchObject({ decided: false, mode: 'opt-out' });
    b.rejectAll();
    expect(a.has('analytics')).toBe(true);
    expect(b.has('analytics')).toBe(false);
    expect(seenA).toHaveBeenCalledTimes(1);
    expect(a.getState().id).not.toBe(b.getState().id);
  });
});
