// Storage faults (docs/security.md, "Storage faults"): cookies disabled, IndexedDB blocked or silent,
// quota exceeded, a cookie jar at the browser's limit, a cookie the browser refuses. The page works,
// the visitor can still decide, and a decision that could not be stored is reported through the API
// (state.saved === false, state.saveError) instead of being dropped silently.
//
// "Cookies disabled" is emulated with an init script, not a browser switch: Chromium's CDP has no
// per-context switch for first-party cookies (Network.setCookieControls only governs third-party
// cookies, and content settings are profile policy). The script reproduces what Chromium does when a
// site's cookies are blocked: document.cookie reads "" and drops writes, navigator.cookieEnabled is
// false, and localStorage, sessionStorage and indexedDB.open throw a SecurityError.
import { expect, test } from '@playwright/test';
import {
  assentState,
  button,
  expectWorkingPage,
  firstLayer,
  gatedRuns,
  HOSTILE,
} from './pages/hostile-helpers';

/**
 * The receipts this page view can list (Assent.getReceipts(), which loads the receipts code), or
 * "timeout" when the call does not settle within 3 s, and how often indexedDB.open was called.
 */
const receipts = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const A = (window as unknown as { Assent: { getReceipts(): Promise<unknown[]> } }).Assent;
    const listed = await Promise.race([
      A.getReceipts().then(
        (r) => r.length,
        (e: unknown) => `rejected: ${String(e)}`,
      ),
      new Promise<string>((done) => setTimeout(() => done('timeout'), 3000)),
    ]);
    return { listed, opens: (window as unknown as { __idbOpens?: number }).__idbOpens ?? 0 };
  });

test('cookies disabled: the visitor decides, gating follows, and the lost save is reported', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    const denied = () => new DOMException('Access is denied for this document.', 'SecurityError');
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => '', set: () => {} });
    Object.defineProperty(Navigator.prototype, 'cookieEnabled', { configurable: true, get: () => false });
    for (const area of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, area, {
        configurable: true,
        get() {
          throw denied();
        },
      });
    IDBFactory.prototype.open = () => {
      throw denied();
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await expectWorkingPage(page);
  const state = await assentState(page);
  expect(state).toMatchObject({ decided: true, saved: false });
  expect(state?.saveError).toMatch(/cookies blocked/);
  expect(state?.categories.analytics).toBe(true);
  // The preferences still open and work for this page view.
  await page.getByRole('button', { name: 'Cookie settings' }).click();
  await expect(page.locator('assent-banner').getByRole('dialog')).toBeVisible();
  await button(page, 'Reject all').click();
  expect((await assentState(page))?.categories.analytics).toBe(false);
  // Receipts: IndexedDB refused too, both decisions are kept for this page view, and the API says so.
  expect(await receipts(page)).toEqual({ listed: 2, opens: expect.any(Number) });
  expect(
    await page.evaluate(() =>
      (window as unknown as { Assent: { receiptStorage(): Promise<string> } }).Assent.receiptStorage(),
    ),
  ).toBe('memory');
  // Nothing was stored, so the next page asks again and runs nothing before the answer.
  await page.reload();
  await expect(firstLayer(page)).toBeVisible();
  await page.waitForTimeout(200);
  expect(await gatedRuns(page)).toEqual({ inline: 0, external: 0 });
  expect(errors).toEqual([]);
});

test('IndexedDB blocked (open throws): the page works and the decision is stored', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      const w = window as unknown as { __idbOpens?: number };
      w.__idbOpens = (w.__idbOpens ?? 0) + 1;
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await expectWorkingPage(page);
  expect((await assentState(page))?.saved).toBe(true);
  // The receipts log was tried, fell back to this page view's memory, and still answers.
  const seen = await receipts(page);
  expect(seen.opens).toBeGreaterThan(0);
  expect(seen.listed).toBe(1);
  await page.reload();
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
  expect(errors).toEqual([]);
});

test('IndexedDB that never answers: the page works and nothing waits on it', async ({ page, context }) => {
  await context.addInitScript(() => {
    // A request whose success/error never fires (a stuck profile, a wedged database).
    IDBFactory.prototype.open = () => {
      const w = window as unknown as { __idbOpens?: number };
      w.__idbOpens = (w.__idbOpens ?? 0) + 1;
      return new EventTarget() as IDBOpenDBRequest;
    };
  });
  const started = Date.now();
  await expectWorkingPage(page);
  expect(Date.now() - started).toBeLessThan(5000);
  expect((await assentState(page))?.saved).toBe(true);
  const seen = await receipts(page);
  expect(seen.opens).toBeGreaterThan(0);
  expect(seen.listed).toBe(1);
});

test('quota exceeded (localStorage and IndexedDB) with no BroadcastChannel: decisions still work', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    Storage.prototype.setItem = () => {
      throw full();
    };
    // Without BroadcastChannel, cross-tab sync falls back to localStorage writes, which now fail.
    (window as unknown as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
    IDBFactory.prototype.open = () => {
      const w = window as unknown as { __idbOpens?: number };
      w.__idbOpens = (w.__idbOpens ?? 0) + 1;
      const request = new EventTarget() as IDBOpenDBRequest;
      Object.defineProperty(request, 'error', { value: full() });
      setTimeout(() => request.dispatchEvent(new Event('error')));
      return request;
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await expectWorkingPage(page);
  expect((await assentState(page))?.saved).toBe(true);
  const seen = await receipts(page);
  expect(seen.opens).toBeGreaterThan(0);
  expect(seen.listed).toBe(1);
  await page.evaluate(() => (window as unknown as { Assent: { reset(): void } }).Assent.reset());
  await expect(firstLayer(page)).toBeVisible();
  expect(errors).toEqual([]);
});

for (const count of [170, 180, 200]) {
  test(`a cookie jar with ${count} other cookies: the decision is stored, or its loss is reported`, async ({
    page,
    context,
  }) => {
    // ~50 bytes each keeps the Cookie header under Node's 16 KB limit (the test server's, not ours).
    await context.addCookies(
      Array.from({ length: count }, (_, i) => ({
        name: `other${String(i).padStart(3, '0')}`,
        value: 'v'.repeat(40),
        url: test.info().project.use.baseURL!,
      })),
    );
    const before = (await context.cookies()).length;
    await expectWorkingPage(page);
    const state = await assentState(page);
    // The page's own read-back decides `saved`; the browser's cookie store (context.cookies()) gets
    // document.cookie writes asynchronously, so it is polled until it agrees.
    const stored = state?.saved === true;
    await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'assent')).toBe(stored);
    if (!stored) expect(state?.saveError).toMatch(/cookies blocked/);
    await page.reload();
    expect((await assentState(page))?.decided).toBe(stored);
    // Chromium keeps at most 180 cookies per domain and evicts the oldest: ours, the newest, stays.
    test
      .info()
      .annotations.push({ type: 'jar', description: `${before} cookies before, assent stored: ${stored}` });
    expect(stored).toBe(true);
  });
}

test('a cookie the browser refuses (a domain the page is not on): the loss is reported', async ({ page }) => {
  await page.goto(HOSTILE);
  await expect(firstLayer(page)).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { Assent: { init(c: object): void } }).Assent.init({
      cookie: { domain: 'example.com' },
    }),
  );
  await button(page, 'Accept all').click();
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
  const state = await assentState(page);
  expect(state).toMatchObject({ decided: true, saved: false });
  expect(state?.saveError).toMatch(/did not keep the consent cookie/);
});
