// Receipt contents, per action, in happy-dom with a real IndexedDB implementation (fake-indexeddb).
// No endpoint here: delivery is covered by receipts-delivery.test.ts (node, real HTTP server).
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { createConsent } from '@assent/core';
import { createReceipts } from '@assent/core/receipts';
// The ledger's validator (in @assent/protocol, a pure function): receipts must pass exactly what the server checks.
import { validateReceipt } from '@assent/protocol';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies, cookieValue } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const cleanups: Array<() => void> = [];
let db = 0;
const name = () => `receipts-test-${++db}-${Math.random()}`;
const open = (...args: Parameters<typeof createReceipts>) => {
  const log = createReceipts(...args);
  cleanups.push(() => log.destroy());
  return log;
};
const consent = (config: Parameters<typeof createConsent>[0] = {}) => {
  const store = createConsent({ categories: { analytics: {}, advertising: {} }, ...config });
  cleanups.push(() => store.destroy());
  return store;
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const expectValid = (receipts: unknown[]) => {
  for (const r of receipts) expect(validateReceipt(r)).toMatchObject({ ok: true });
};

beforeEach(clearCookies);
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.unstubAllGlobals();
  clearCookies();
});

describe('receipt contents', () => {
  test('accept-all from the banner: ids, time, revision, mode, choices, source, language, text hash, url', async () => {
    const store = consent({ revision: 3, mode: 'auto', region: 'DE' });
    const text = 'We use cookies. Accept all / Reject all';
    const log = open(store, {
      text: () => text,
      language: () => 'de-CH',
      storeName: name(),
      sdkVersion: '1.2.3',
    });
    const before = Date.now();
    store.acceptAll({ source: 'banner' });
    const [receipt, ...rest] = await log.getReceipts();
    expect(rest).toEqual([]);
    expectValid([receipt]);
    const state = store.getState();
    expect(receipt).toEqual({
      id: expect.stringMatching(UUID),
      consentId: state.id,
      timestamp: expect.any(String),
      revision: 3,
      mode: 'opt-in',
      region: 'DE',
      categories: { essential: true, analytics: true, advertising: true },
      action: 'accept-all',
      source: 'banner',
      gpc: false,
      language: 'de-CH',
      textHash: sha256(text),
      url: 'http://localhost:3000/',
      sdkVersion: '1.2.3',
    });
    expect(receipt?.id).not.toBe(state.id);
    const time = Date.parse(receipt?.timestamp ?? '');
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
    expect(receipt?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  test('the text is read at the moment of the decision, and a different wording gives a different hash', async () => {
    const store = consent();
    let text: string | null = 'Version A of the banner';
    const log = open(store, { text: () => text, storeName: name() });
    store.acceptAll({ source: 'banner' });
    text = 'Version B of the banner'; // changed right after the click: must not leak into the first receipt
    store.rejectAll({ source: 'banner' });
    text = null;
    store.rejectAll({ source: 'api' });
    const [a, b, c] = await log.getReceipts();
    expect(a?.textHash).toBe(sha256('Version A of the banner'));
    expect(b?.textHash).toBe(sha256('Version B of the banner'));
    expect(c?.textHash).toBeNull();
  });

  test('reject-all, custom from the preferences and a custom source label, oldest first', async () => {
    const store = consent();
    const log = open(store, { storeName: name() });
    store.rejectAll({ source: 'banner' });
    store.update({ analytics: true }, { source: 'preferences' });
    store.acceptAll({ source: 'Settings Page' });
    store.acceptAll();
    const receipts = await log.getReceipts();
    expectValid(receipts);
    expect(
      receipts.map((r) => [r.action, r.source, r.categories.analytics, r.categories.advertising]),
    ).toEqual([
      ['reject-all', 'banner', false, false],
      ['custom', 'preferences', true, false],
      ['accept-all', 'settings-page', true, true],
      ['accept-all', 'api', true, true],
    ]);
    expect(new Set(receipts.map((r) => r.id)).size).toBe(4);
  });

  test('the consent id is stable across decisions; reset records the previous id; a later decision gets a new one', async () => {
    const store = consent();
    const log = open(store, { storeName: name() });
    store.acceptAll({ source: 'banner' });
    const first = store.getState().id;
    store.update({ analytics: false }, { source: 'preferences' });
    store.reset();
    expect(store.getState().id).toBeNull();
    store.rejectAll({ source: 'banner' });
    const second = store.getState().id;
    const receipts = await log.getReceipts();
    expectValid(receipts);
    expect(receipts.map((r) => [r.action, r.consentId])).toEqual([
      ['accept-all', first],
      ['custom', first],
      ['reset', first],
      ['reject-all', second],
    ]);
    expect(second).not.toBe(first);
    expect(receipts[2]).toMatchObject({ source: 'api', categories: { essential: true, analytics: false } });
  });

  test('a reset without a previous decision records nothing (there is no consent id to withdraw)', async () => {
    const store = consent();
    const log = open(store, { storeName: name() });
    store.reset();
    expect(await log.getReceipts()).toEqual([]);
  });

  test('a decision read from the cookie at start, or made in another tab, records nothing here', async () => {
    const tabA = consent();
    const logA = open(tabA, { storeName: name() });
    tabA.acceptAll({ source: 'banner' });
    const tabB = consent(); // starts from the cookie
    const logB = open(tabB, { storeName: name() });
    tabA.rejectAll({ source: 'banner' });
    await vi.waitFor(() => expect(tabB.getState()).toMatchObject({ source: 'sync', method: 'reject-all' }));
    expect((await logA.getReceipts()).map((r) => r.action)).toEqual(['accept-all', 'reject-all']);
    expect(await logB.getReceipts()).toEqual([]);
  });

  test('an expired or re-versioned decision: the re-prompt is recorded by the next decision, with the same consent id', async () => {
    const old = consent({ revision: 1 });
    old.acceptAll({ source: 'banner' });
    const id = old.getState().id;
    old.destroy();
    const store = consent({ revision: 2 });
    expect(store.getState()).toMatchObject({ decided: false, askReason: 'revision', id });
    const log = open(store, { storeName: name() });
    await new Promise((r) => setTimeout(r, 20));
    expect(await log.getReceipts()).toEqual([]);
    store.rejectAll({ source: 'banner' });
    const receipts = await log.getReceipts();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ action: 'reject-all', source: 'banner', revision: 2, consentId: id });
  });

  test('GPC honoured without a decision: one "gpc" receipt per browser, not one per page view', async () => {
    const storeName = name();
    const store = consent({ gpc: true });
    expect(store.getState()).toMatchObject({ gpcHonoured: true, decided: false });
    const log = open(store, { storeName });
    await vi.waitFor(async () => expect(await log.getReceipts()).toHaveLength(1));
    const [receipt] = await log.getReceipts();
    expectValid([receipt]);
    expect(receipt).toMatchObject({
      action: 'gpc',
      source: 'gpc',
      gpc: true,
      categories: { essential: true, advertising: false },
    });
    log.destroy();
    const nextView = open(consent({ gpc: true }), { storeName });
    await new Promise((r) => setTimeout(r, 50));
    expect(await nextView.getReceipts()).toHaveLength(1);
  });

  test('serverCookie adds the consent cookie value; without it there is no cookie field', async () => {
    const store = consent({ cookie: { name: 'my_consent' } });
    const withCookie = open(store, { storeName: name(), serverCookie: true });
    const without = open(store, { storeName: name() });
    store.acceptAll({ source: 'banner' });
    const [a] = await withCookie.getReceipts();
    const [b] = await without.getReceipts();
    expect(a?.cookie).toBe(cookieValue('my_consent'));
    expect(a?.cookie).toContain(store.getState().id);
    expectValid([a]);
    expect(b).not.toHaveProperty('cookie');
  });

  test('the url has no query string or hash; a bad language is sent as null', async () => {
    const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    happy.setURL('http://shop.example/checkout?email=a%40b.c#step-2');
    try {
      const store = consent();
      const log = open(store, { storeName: name(), language: () => 'not a language!' });
      store.acceptAll();
      const [receipt] = await log.getReceipts();
      expect(receipt?.url).toBe('http://shop.example/checkout');
      expect(receipt?.language).toBeNull();
    } finally {
      happy.setURL('http://localhost:3000/');
    }
  });

  test('a text or language callback that throws does not cost the receipt', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = consent();
    const log = open(store, {
      storeName: name(),
      text: () => {
        throw new Error('banner gone');
      },
      language: () => {
        throw new Error('no language');
      },
    });
    store.acceptAll({ source: 'banner' });
    const [receipt] = await log.getReceipts();
    expect(receipt).toMatchObject({ action: 'accept-all', textHash: null, language: null });
    expect(error).toHaveBeenCalledTimes(2);
  });

  test('the language defaults to <html lang>', async () => {
    document.documentElement.lang = 'fr';
    const store = consent();
    const log = open(store, { storeName: name() });
    store.acceptAll();
    expect((await log.getReceipts())[0]?.language).toBe('fr');
    document.documentElement.lang = '';
  });

  test('exportReceipts gives the portable JSON document', async () => {
    const store = consent();
    const log = open(store, { storeName: name() });
    store.acceptAll({ source: 'banner' });
    store.update({ advertising: false }, { source: 'preferences' });
    const exported = JSON.parse(await log.exportReceipts());
    expect(exported).toEqual({
      format: 'assent-receipts',
      version: 1,
      exportedAt: expect.stringMatching(/Z$/),
      consentId: store.getState().id,
      receipts: await log.getReceipts(),
    });
    expect(exported.receipts).toHaveLength(2);
  });

  test('without crypto.subtle (insecure context) the hash is null and the receipt still valid', async () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    const store = consent();
    const log = open(store, { storeName: name(), text: () => 'Banner' });
    store.acceptAll();
    const [receipt] = await log.getReceipts();
    expect(receipt?.textHash).toBeNull();
    expectValid([receipt]);
  });
});

describe('storage', () => {
  test('receipts persist in IndexedDB: a second log over the same database (a reload) sees them', async () => {
    const storeName = name();
    const store = consent();
    const log = open(store, { storeName });
    expect(log.storage).toBe('pending');
    store.acceptAll({ source: 'banner' });
    const saved = await log.getReceipts();
    expect(log.storage).toBe('indexeddb');
    log.destroy();
    const reloaded = open(consent(), { storeName });
    expect(await reloaded.getReceipts()).toEqual(saved);
  });

  test('nothing opens IndexedDB before a decision, nor in the task that makes it', async () => {
    const spy = vi.spyOn(indexedDB, 'open');
    const store = consent();
    const log = open(store, {
      storeName: name(),
      endpoint: '/receipts',
      fetch: async () => new Response(null, { status: 201 }),
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(spy).not.toHaveBeenCalled();
    expect(log.storage).toBe('pending');
    store.acceptAll({ source: 'banner' });
    for (let i = 0; i < 50; i++) await Promise.resolve(); // the rest of the click's task (microtasks)
    expect(spy).not.toHaveBeenCalled();
    await log.getReceipts();
    expect(spy).toHaveBeenCalled();
  });

  test('destroy stops recording', async () => {
    const store = consent();
    const log = open(store, { storeName: name() });
    store.acceptAll();
    log.destroy();
    store.rejectAll();
    expect((await log.getReceipts()).map((r) => r.action)).toEqual(['accept-all']);
  });
});

describe('page exit', () => {
  // The fetch is injected to see exactly what is handed to the browser while the page goes away
  // (the browser-level keepalive delivery itself is covered by test/e2e/receipts.spec.ts).
  const recorder = (status: () => number) => {
    const calls: RequestInit[] = [];
    const f = async (_: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      return new Response(null, { status: status() });
    };
    return { calls, f: f as typeof fetch };
  };

  test('pagehide sends what is pending with keepalive, in one batch under the 64 KiB keepalive budget', async () => {
    let status = 503;
    const { calls, f } = recorder(() => status);
    const store = consent();
    const log = open(store, {
      storeName: name(),
      endpoint: '/receipts',
      fetch: f,
      text: () => 'x'.repeat(10),
    });
    for (let i = 0; i < 120; i++) store.update({ analytics: i % 2 === 0 }, { source: 'preferences' });
    await log.flush(); // every attempt so far met the 503 (the next timed retry is seconds away)
    expect(await log.pending()).toBe(120);
    calls.length = 0;
    status = 201;
    dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange')); // comes with it on a real exit: no second request
    expect(calls).toHaveLength(1);
    const [init] = calls;
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin' });
    const body = JSON.parse(String(init?.body));
    expect(body).toHaveLength(50);
    expect(String(init?.body).length).toBeLessThanOrEqual(60_000);
    const all = await log.getReceipts();
    expect(body.map((r: { id: string }) => r.id)).toEqual(all.slice(0, 50).map((r) => r.id));
    // The page stayed (e.g. back/forward cache): the answer is read and the batch leaves the outbox.
    await vi.waitFor(async () => expect(await log.pending()).toBe(70));
  });

  test('visibilitychange to visible sends nothing; nothing pending sends nothing', async () => {
    const { calls, f } = recorder(() => 201);
    const store = consent();
    open(store, { storeName: name(), endpoint: '/receipts', fetch: f });
    document.dispatchEvent(new Event('visibilitychange'));
    dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toHaveLength(0);
  });
});

describe('backlog (a log created after the fact, as the script tag loads it lazily)', () => {
  test('changes seen before the log existed are recorded with their own time, text and language', async () => {
    const store = consent();
    const backlog: Array<{
      state: ReturnType<typeof store.getState>;
      previous: ReturnType<typeof store.getState>;
      text: string;
      language: string;
      at: number;
    }> = [];
    const off = store.subscribe((state, previous) =>
      backlog.push({
        state,
        previous,
        text: 'First layer text',
        language: 'fr',
        at: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
      }),
    );
    store.acceptAll({ source: 'banner' });
    const id = store.getState().id;
    store.reset();
    off();
    const log = open(store, { storeName: name(), backlog });
    store.rejectAll({ source: 'preferences' });
    const receipts = await log.getReceipts();
    expectValid(receipts);
    expect(receipts.map((r) => [r.action, r.source, r.consentId === id])).toEqual([
      ['accept-all', 'banner', true],
      ['reset', 'api', true],
      ['reject-all', 'preferences', false],
    ]);
    expect(receipts[0]).toMatchObject({
      timestamp: '2026-01-02T03:04:05.678Z',
      language: 'fr',
      textHash: sha256('First layer text'),
    });
    expect(receipts[2]?.timestamp).not.toBe('2026-01-02T03:04:05.678Z');
  });
});
