// Consent receipts in a real browser with the REAL IndexedDB. The ledger is a small HTTP server on
// 127.0.0.1 (random port) that also serves the fixture page, so the page and its ledger share one
// origin. It answers like @assent/ledger (201 when something new is stored, 200 for a duplicate
// id), can be switched down (503) and up, and counts every body it receives.
// Why not page.route: a keepalive request that outlives its document bypasses Playwright's routes
// (Chromium 156 sent it to the network), and Firefox's BiDi routes expose no request body.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const PAGE = '/test/e2e/pages/receipts.html';
type Receipt = { id: string; consentId: string; action: string; source: string; textHash: string | null };

interface Ledger {
  status: number;
  /** Every request: receipt ids in it and the status answered. */
  posts: Array<{ ids: string[]; status: number; at: number }>;
  stored: Map<string, Receipt>;
  /** How many requests carried `id`, and how many of those stored it for the first time. */
  count(id: string): { sent: number; stored: number };
  /** Handles one request like the ledger; returns the status to answer. */
  receive(method: string, contentType: string | undefined, body: string | null): number;
}

function createLedger(): Ledger {
  const firstStored = new Map<string, number>();
  const ledger: Ledger = {
    status: 503,
    posts: [],
    stored: new Map(),
    count(id) {
      return { sent: this.posts.filter((p) => p.ids.includes(id)).length, stored: firstStored.get(id) ?? 0 };
    },
    receive(method, contentType, text) {
      const body = JSON.parse(text ?? 'null') as Receipt | Receipt[];
      const items = Array.isArray(body) ? body : [body];
      const ids = items.map((r) => r.id);
      let status = ledger.status;
      if (method !== 'POST' || contentType !== 'application/json') status = 400;
      else if (status === 201) {
        let fresh = 0;
        for (const r of items)
          if (!ledger.stored.has(r.id)) {
            fresh++;
            ledger.stored.set(r.id, r);
            firstStored.set(r.id, (firstStored.get(r.id) ?? 0) + 1);
          }
        status = fresh ? 201 : 200;
      }
      ledger.posts.push({ ids, status, at: Date.now() });
      return status;
    },
  };
  return ledger;
}

/** Reads a key of the receipts database with the raw IndexedDB API (null if the database does not exist). */
const readDb = (page: Page, key: string) =>
  page.evaluate(async (key) => {
    // Opening a database that does not exist would create it empty: check first.
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('assent-receipts')) return null;
    return new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('assent-receipts');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('receipts', 'readonly').objectStore('receipts').get(key);
        get.onsuccess = () => {
          resolve(get.result ?? null);
          db.close();
        };
        get.onerror = () => reject(get.error);
      };
    });
  }, key) as Promise<Receipt[] | null>;

/** What the fixture page exposes (the store and the log). */
type Fixture = {
  consent: { getState(): { id: string | null }; reset(): void };
  receipts: { storage: string };
};

let ledger: Ledger;
let origin = '';
let closeServer: () => Promise<void>;
test.beforeEach(async () => {
  ledger = createLedger();
  ({ origin, close: closeServer } = await serveWithLedger(ledger));
});
test.afterEach(() => closeServer());

const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test('nothing touches IndexedDB before a decision; a decision writes the receipt to IndexedDB', async ({
  page,
}) => {
  ledger.status = 201;
  await page.goto(origin + PAGE);
  await page.waitForTimeout(500);
  expect(await databases(page)).not.toContain('assent-receipts');
  expect(await page.evaluate(() => (window as unknown as Fixture).receipts.storage)).toBe('pending');

  await page.click('#accept');
  await expect.poll(() => readDb(page, 'log').then((l) => l?.length ?? 0)).toBe(1);
  const [receipt] = (await readDb(page, 'log')) as Receipt[];
  const state = await page.evaluate(() => (window as unknown as Fixture).consent.getState());
  expect(receipt).toMatchObject({
    action: 'accept-all',
    source: 'banner',
    consentId: state.id,
    language: 'en',
  });
  expect(receipt?.textHash).toMatch(/^[0-9a-f]{64}$/);
  await expect.poll(() => ledger.stored.has(receipt!.id)).toBe(true);
  expect(ledger.stored.get(receipt!.id)).toEqual(receipt);
  expect(await page.evaluate(() => (window as unknown as Fixture).receipts.storage)).toBe('indexeddb');
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(0);
});

test('ledger down (503), then up (201): after a reload the pending receipt is delivered, stored exactly once', async ({
  page,
}) => {
  await page.goto(origin + PAGE);
  await page.click('#reject');
  await expect.poll(() => ledger.posts.length).toBeGreaterThanOrEqual(1);
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(1);
  const [pending] = (await readDb(page, 'outbox')) as Receipt[];
  expect(ledger.stored.size).toBe(0);
  expect(ledger.posts.every((p) => p.status === 503)).toBe(true);

  ledger.status = 201;
  await page.reload();
  await expect.poll(() => ledger.stored.has(pending!.id)).toBe(true);
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(0);
  await page.waitForTimeout(3000); // no retry loop after delivery
  const settled = ledger.posts.length;
  await page.waitForTimeout(1000);
  expect(ledger.posts.length).toBe(settled);
  expect(ledger.count(pending!.id).stored).toBe(1);
  // Chromium and Firefox both flush it on the reload's page exit (201); the answer to that keepalive
  // request is never read by the page that left, so the next page view sends it again and the
  // idempotent ledger answers 200. At most that one harmless duplicate, and nothing after it.
  const upPosts = ledger.posts.filter((p) => p.status !== 503);
  expect(upPosts.map((p) => p.status).sort()).toEqual(upPosts.length === 1 ? [201] : [200, 201]);
  expect(upPosts.every((p) => p.ids.length === 1 && p.ids[0] === pending!.id)).toBe(true);
  expect(ledger.stored.get(pending!.id)).toEqual(pending);
});

test('ledger down across the reload, up afterwards: the new page view delivers it exactly once', async ({
  page,
}) => {
  await page.goto(origin + PAGE);
  await page.click('#accept');
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(1);
  const [pending] = (await readDb(page, 'outbox')) as Receipt[];
  await page.reload(); // page exit and the new page view's first attempt both meet a 503
  await expect.poll(() => ledger.posts.length).toBeGreaterThanOrEqual(3);
  expect(ledger.stored.size).toBe(0);
  ledger.status = 201;
  await expect.poll(() => ledger.stored.has(pending!.id), { timeout: 8000 }).toBe(true); // timed retry
  await page.waitForTimeout(4000);
  expect(ledger.posts.filter((p) => p.status !== 503)).toMatchObject([{ ids: [pending!.id], status: 201 }]);
  expect(await readDb(page, 'outbox')).toEqual([]);
  expect(await readDb(page, 'log')).toEqual([pending]);
});

test('offline, then the online event: the pending receipt is delivered at once, once', async ({
  page,
  context,
}) => {
  ledger.status = 201;
  await page.goto(origin + PAGE);
  await context.setOffline(true);
  await page.click('#accept');
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(1);
  const [pending] = (await readDb(page, 'outbox')) as Receipt[];
  // Stay offline past the first timed retry (1–2 s), so the next one is 2–4 s away.
  await page.waitForTimeout(2500);
  expect(ledger.posts).toEqual([]);

  const online = Date.now();
  await context.setOffline(false); // fires "online" in the page: the log retries at once
  await expect.poll(() => ledger.stored.has(pending!.id), { timeout: 1500 }).toBe(true);
  expect(ledger.posts[0]!.at - online).toBeLessThan(700);
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(0);
  await page.waitForTimeout(4000); // the retry timer finds nothing left to send
  expect(ledger.posts.map(({ ids, status }) => ({ ids, status }))).toEqual([
    { ids: [pending!.id], status: 201 },
  ]);
});

/** Serves the repo's files and the ledger at /ledger/receipts on a random port. */
async function serveWithLedger(ledger: Ledger): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '..', '..');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/ledger/receipts') {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        res.writeHead(ledger.receive(req.method ?? '', req.headers['content-type'], body)).end('{}');
      });
      return;
    }
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(root + sep)) return res.writeHead(403).end();
    readFile(file).then(
      (data) =>
        res
          .writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' })
          .end(data),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

test('page exit: what is pending is flushed with keepalive and reaches the ledger after the page is gone', async ({
  page,
}) => {
  await page.goto(origin + PAGE);
  await page.click('#accept');
  await expect.poll(() => readDb(page, 'outbox').then((o) => o?.length)).toBe(1);
  const [pending] = (await readDb(page, 'outbox')) as Receipt[];
  const before = ledger.posts.length;
  expect(ledger.posts).toMatchObject([{ ids: [pending!.id], status: 503 }]);
  ledger.status = 201;
  // Leave at once: the retry timer (1–2 s after the 503) has not fired yet.
  await page.evaluate(() => sessionStorage.removeItem('fetches'));
  await page.click('#away');
  await page.waitForURL('**/receipts-away.html');
  await expect.poll(() => ledger.stored.has(pending!.id)).toBe(true);
  expect(ledger.posts.slice(before)).toMatchObject([{ ids: [pending!.id], status: 201 }]);
  expect(ledger.stored.get(pending!.id)).toEqual(pending);
  // The request was made while the page was going away, with keepalive.
  const fetches = await page.evaluate(() => JSON.parse(sessionStorage.getItem('fetches') ?? '[]'));
  expect(fetches).toHaveLength(1);
  expect(fetches[0].keepalive).toBe(true);
  expect(JSON.parse(fetches[0].body)).toEqual(pending);
  await page.waitForTimeout(2500);
  expect(ledger.posts.length).toBe(before + 1);
});

test('a consent-id reset is recorded and delivered with the previous consent id', async ({ page }) => {
  ledger.status = 201;
  await page.goto(origin + PAGE);
  await page.click('#accept');
  const id = await page.evaluate(() => (window as unknown as Fixture).consent.getState().id);
  await page.evaluate(() => (window as unknown as Fixture).consent.reset());
  await expect.poll(() => ledger.stored.size).toBe(2);
  const actions = [...ledger.stored.values()].map((r) => [r.action, r.consentId]);
  expect(actions).toEqual([
    ['accept-all', id],
    ['reset', id],
  ]);
});

test('IndexedDB blocked (the getter throws, as with storage disabled): memory, sent at once', async ({
  page,
}) => {
  ledger.status = 201;
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(origin + PAGE);
  await page.click('#accept');
  await expect.poll(() => ledger.stored.size).toBe(1);
  const state = await page.evaluate(() => (window as unknown as Fixture).receipts.storage);
  expect(state).toBe('memory');
  const consentId = await page.evaluate(() => (window as unknown as Fixture).consent.getState().id);
  expect([...ledger.stored.values()]).toMatchObject([{ action: 'accept-all', consentId }]);
});
