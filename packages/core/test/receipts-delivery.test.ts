// @vitest-environment node
// Delivery through the outbox against a REAL local HTTP server (node:http on 127.0.0.1, random
// port) with Node's real fetch, and a real IndexedDB implementation (fake-indexeddb). No DOM is
// needed: the consent store runs without cookies here (its decisions are still emitted).
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsent } from '@assent/core';
import { createReceipts, type Receipt, type ReceiptLog } from '@assent/core/receipts';
// The ledger's own validator (pure function): the stand-in below answers 400 exactly when it would.
import { validateReceipt } from '@assent/protocol';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

/** A stand-in ledger: validates, dedupes by id, and can be switched down or made to misbehave. */
const ledger = {
  /** Status to answer instead of storing; null = up. */
  down: null as number | null,
  /** Never answer (a hanging endpoint). */
  hang: false,
  /** Receipt ids the ledger rejects with 400 (bad data). */
  reject: new Set<string>(),
  stored: new Map<string, string>(),
  /** Every request body, parsed. */
  requests: [] as unknown[],
  reset() {
    this.down = null;
    this.hang = false;
    this.reject.clear();
    this.stored.clear();
    this.requests.length = 0;
  },
  /** Receipts per id received so far (all requests). */
  deliveries(id: string) {
    return this.requests.flatMap((b) => (Array.isArray(b) ? b : [b])).filter((r) => r.id === id).length;
  },
};
let server: Server;
let endpoint = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (ledger.hang) return;
      const parsed = JSON.parse(body) as Receipt | Receipt[];
      ledger.requests.push(parsed);
      if (ledger.down) return res.writeHead(ledger.down).end();
      const items = Array.isArray(parsed) ? parsed : [parsed];
      if (req.headers['content-type'] !== 'application/json' || items.length > 50)
        return res.writeHead(400).end();
      if (items.some((r) => !validateReceipt(r).ok || ledger.reject.has(r.id)))
        return res.writeHead(400).end();
      let fresh = 0;
      for (const r of items) {
        const text = JSON.stringify(r);
        if (ledger.stored.has(r.id) && ledger.stored.get(r.id) !== text) return res.writeHead(409).end();
        if (!ledger.stored.has(r.id)) fresh++;
        ledger.stored.set(r.id, text);
      }
      res.writeHead(fresh ? 201 : 200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/receipts`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

const cleanups: Array<() => void> = [];
let n = 0;
const name = () => `delivery-${++n}-${Math.random()}`;
const open = (options: Parameters<typeof createReceipts>[1] = {}) => {
  const store = createConsent({ categories: { analytics: {} } });
  const log = createReceipts(store, { endpoint, sdkVersion: '1.0.0', ...options });
  cleanups.push(() => {
    log.destroy();
    store.destroy();
  });
  return { store, log };
};
beforeEach(() => ledger.reset());
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('delivery', () => {
  test('a decision is POSTed at once as one JSON receipt, and the outbox empties', async () => {
    const { store, log } = open({ storeName: name() });
    store.acceptAll({ source: 'banner' });
    await vi.waitFor(() => expect(ledger.stored.size).toBe(1), { timeout: 10_000 });
    const [local] = await log.getReceipts();
    expect(ledger.requests).toEqual([local]); // a single object, not an array
    await vi.waitFor(async () => expect(await log.pending()).toBe(0));
    expect(log.storage).toBe('indexeddb');
  });

  test('endpoint down: receipts wait in the outbox; endpoint up: each delivered once', async () => {
    const storeName = name();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    ledger.down = 503;
    const { store, log } = open({ storeName });
    store.rejectAll({ source: 'banner' });
    store.update({ analytics: true }, { source: 'preferences' });
    await vi.waitFor(async () => expect(await log.pending()).toBe(2), { timeout: 10_000 });
    await vi.waitFor(() => expect(ledger.requests.length).toBeGreaterThan(0));
    expect(ledger.stored.size).toBe(0);
    ledger.down = null;
    ledger.requests.length = 0;
    await log.flush();
    expect(await log.pending()).toBe(0);
    const local = await log.getReceipts();
    expect([...ledger.stored.keys()].sort()).toEqual(local.map((r) => r.id).sort());
    for (const r of local) expect(ledger.deliveries(r.id)).toBe(1);
    expect(ledger.requests).toHaveLength(1); // both pending receipts went as one batch
    expect(Array.isArray(ledger.requests[0])).toBe(true);
    await log.flush();
    expect(ledger.requests).toHaveLength(1); // nothing left to send
  });

  test('a reload in between: the next page view (a new log over the same database) delivers', async () => {
    const storeName = name();
    ledger.down = 500;
    const first = open({ storeName });
    first.store.acceptAll({ source: 'banner' });
    await vi.waitFor(() => expect(ledger.requests.length).toBe(1), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await first.log.pending()).toBe(1));
    const [receipt] = await first.log.getReceipts();
    first.log.destroy(); // the page goes away while the ledger is down
    ledger.down = null;
    const second = open({ storeName }); // no decision on this page view
    await vi.waitFor(() => expect(ledger.stored.has(receipt?.id ?? '')).toBe(true), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await second.log.pending()).toBe(0));
    expect(JSON.parse(ledger.stored.get(receipt?.id ?? '') ?? '')).toEqual(receipt);
  });

  test('duplicate deliveries are harmless: a lost answer makes the client resend the same receipt', async () => {
    // The ledger stores but the answer never comes back (a crash or a dropped connection): here the
    // first attempt gets 502 after the ledger recorded the body; the retry carries identical content.
    const storeName = name();
    const { store, log } = open({ storeName });
    ledger.down = 502;
    store.acceptAll({ source: 'banner' });
    await vi.waitFor(() => expect(ledger.requests.length).toBe(1), { timeout: 10_000 });
    ledger.down = null;
    await log.flush();
    await log.flush();
    const [sent1, sent2] = ledger.requests;
    expect(sent2).toEqual(sent1);
    const [local] = await log.getReceipts();
    expect(sent1).toEqual(local);
    expect(ledger.stored.size).toBe(1);
    expect(ledger.requests).toHaveLength(2);
  });

  test('4xx (other than 408/429) is a permanent rejection: dropped from the outbox, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, log } = open({ storeName: name() });
    const seen: string[] = [];
    ledger.down = 422;
    store.acceptAll();
    await vi.waitFor(async () => expect(warn).toHaveBeenCalled(), { timeout: 10_000 });
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/rejected receipt .* \(HTTP 422\); dropped/);
    expect(await log.pending()).toBe(0);
    expect(await log.getReceipts()).toHaveLength(1); // still in the local log
    await log.flush();
    seen.push(...ledger.requests.map(() => 'x'));
    expect(seen).toHaveLength(1); // never retried
  });

  test.each([408, 429, 500, 503])('HTTP %i is retried, not dropped', async (status) => {
    const { store, log } = open({ storeName: name() });
    ledger.down = status;
    store.acceptAll();
    await vi.waitFor(() => expect(ledger.requests.length).toBe(1), { timeout: 10_000 });
    expect(await log.pending()).toBe(1);
    ledger.down = null;
    await log.flush();
    expect(await log.pending()).toBe(0);
    expect(ledger.stored.size).toBe(1);
  });

  test('a rejected batch is retried receipt by receipt: the good ones arrive, the bad one is dropped', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, log } = open({ storeName: name() });
    ledger.down = 503;
    store.acceptAll();
    store.rejectAll();
    store.acceptAll();
    await vi.waitFor(async () => expect(await log.pending()).toBe(3), { timeout: 10_000 });
    const ids = (await log.getReceipts()).map((r) => r.id);
    ledger.down = null;
    ledger.reject.add(ids[1] ?? '');
    await log.flush();
    expect(await log.pending()).toBe(0);
    expect([...ledger.stored.keys()].sort()).toEqual([ids[0], ids[2]].sort());
  });

  test('batching: at most 50 receipts per request, oldest first', async () => {
    const { store, log } = open({ storeName: name() });
    ledger.down = 503;
    for (let i = 0; i < 60; i++) store.update({ analytics: i % 2 === 0 });
    await vi.waitFor(async () => expect(await log.pending()).toBe(60), { timeout: 5000 });
    ledger.down = null;
    ledger.requests.length = 0;
    await log.flush();
    expect(ledger.requests.map((b) => (Array.isArray(b) ? b.length : 1))).toEqual([50, 10]);
    const local = await log.getReceipts();
    expect(ledger.requests.flat().map((r) => (r as Receipt).id)).toEqual(local.map((r) => r.id));
    expect(ledger.stored.size).toBe(60);
  });

  test('relative endpoints are allowed; a javascript: endpoint is refused with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    open({ storeName: name(), endpoint: 'javascript:alert(1)' });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not http\(s\) or relative/));
  });
});

describe('IndexedDB unavailable: memory, and sent at once', () => {
  const decideAndDeliver = async (log: ReceiptLog, store: ReturnType<typeof createConsent>) => {
    store.acceptAll({ source: 'banner' });
    await vi.waitFor(() => expect(ledger.stored.size).toBe(1), { timeout: 10_000 });
    expect(log.storage).toBe('memory');
    const receipts = await log.getReceipts();
    expect(receipts.map((r) => r.id)).toEqual([...ledger.stored.keys()]);
    // The ledger has it as soon as the request arrives; the outbox empties once its answer is read.
    await vi.waitFor(async () => expect(await log.pending()).toBe(0), { timeout: 10_000 });
  };

  test('indexedDB undefined', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, log } = open({ storeName: name() });
    expect(log.storage).toBe('memory');
    await decideAndDeliver(log, store);
  });

  test('open throws', async () => {
    const open_ = vi.fn(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.stubGlobal('indexedDB', { open: open_ });
    const { store, log } = open({ storeName: name() });
    await decideAndDeliver(log, store);
    store.rejectAll();
    await vi.waitFor(() => expect(ledger.stored.size).toBe(2), { timeout: 10_000 });
    expect(open_).toHaveBeenCalledTimes(1); // no retrying a broken IndexedDB for this page view
  });

  test('open rejects', async () => {
    const request = {} as IDBOpenDBRequest;
    vi.stubGlobal('indexedDB', {
      open: () => {
        setTimeout(() => {
          Object.defineProperty(request, 'error', { value: new DOMException('nope', 'InvalidStateError') });
          (request.onerror as () => void)();
        });
        return request;
      },
    });
    const { store, log } = open({ storeName: name() });
    await decideAndDeliver(log, store);
  });

  test('open hangs: after about a second the log switches to memory and sends', async () => {
    vi.stubGlobal('indexedDB', { open: () => ({}) }); // a request that never fires
    const { store, log } = open({ storeName: name() });
    const start = Date.now();
    await decideAndDeliver(log, store);
    expect(Date.now() - start).toBeGreaterThanOrEqual(900);
  });

  test('memory mode still retries within the page view', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, log } = open({ storeName: name() });
    ledger.down = 503;
    store.acceptAll();
    await vi.waitFor(() => expect(ledger.requests.length).toBe(1), { timeout: 10_000 });
    expect(await log.pending()).toBe(1);
    ledger.down = null;
    await vi.waitFor(() => expect(ledger.stored.size).toBe(1), { timeout: 10_000 }); // the scheduled retry (1–2 s)
  });
});

test('a hanging endpoint does not block the log (the request is aborted after the timeout)', async () => {
  // Only checks that local recording is not blocked; the 10 s abort is covered in receipts-schedule.test.ts.
  ledger.hang = true;
  const { store, log } = open({ storeName: name() });
  store.acceptAll();
  expect(await log.getReceipts()).toHaveLength(1);
  expect(await log.pending()).toBe(1);
});
