// Back/forward cache (docs/security.md, "Hostile host pages"): a page restored from the bfcache must
// show the decision made meanwhile on another page, not its stale frozen state.
// Playwright launches Chromium with --disable-back-forward-cache; this file lifts that default (a new
// browser for this file only), and the fixture pages are served cacheable (sidecar headers), so the
// restore is a real one: the test asserts pageshow.persisted.
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { assentState, button, firstLayer } from './pages/hostile-helpers';

test.skip(
  ({ browserName }) => browserName !== 'chromium',
  "Playwright's Firefox (BiDi) path does not report a page restored from the back/forward cache: page.goBack times out",
);
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

const FIRST = '/test/e2e/pages/hostile-bfcache.html';
const shows = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __pageshows: boolean[] }).__pageshows);
const inlineRuns = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __inlineGated?: number }).__inlineGated ?? 0);

test('a decision made on the next page reaches the page restored from the bfcache', async ({ page }) => {
  await page.goto(FIRST);
  await expect(firstLayer(page)).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  await page.click('#next');
  await expect(page).toHaveTitle('Next page');
  await button(page, 'Accept all').click();
  await expect(firstLayer(page)).toBeHidden();
  // A bfcache restore fires no load event: wait for the commit only.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveTitle('Back/forward cache');
  // Really restored from the bfcache: same document (the marker survived), pageshow.persisted.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
  expect(await shows(page)).toEqual([false, true]);
  await expect(firstLayer(page)).toBeHidden();
  await expect.poll(async () => (await assentState(page))?.decided).toBe(true);
  await expect.poll(() => inlineRuns(page)).toBe(1);
});

test('a withdrawal made on the next page is applied to the restored page', async ({ page }) => {
  await page.goto(FIRST);
  await button(page, 'Accept all').click();
  await expect.poll(() => inlineRuns(page)).toBe(1);
  await page.click('#next');
  await expect(page).toHaveTitle('Next page');
  // The title is parsed before assent.js has run: wait for the API, not the title.
  await page.waitForFunction(() => 'Assent' in window);
  await page.evaluate(() => (window as unknown as { Assent: { rejectAll(): void } }).Assent.rejectAll());
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveTitle('Back/forward cache');
  expect(await shows(page)).toEqual([false, true]);
  await expect.poll(async () => (await assentState(page))?.categories.analytics).toBe(false);
  expect(
    await page.evaluate(() =>
      (window as unknown as { Assent: { has(c: string): boolean } }).Assent.has('analytics'),
    ),
  ).toBe(false);
});

test("a cookie cleared behind Assent's back (no message) is noticed when the page is restored", async ({
  page,
}) => {
  await page.goto(FIRST);
  await button(page, 'Accept all').click();
  await page.click('#next');
  await expect(page).toHaveTitle('Next page');
  // What "clear cookies for this site", or another subdomain, does: no message reaches the first page.
  await page.evaluate(() => {
    document.cookie = 'assent=; Max-Age=0; Path=/';
  });
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveTitle('Back/forward cache');
  expect(await shows(page)).toEqual([false, true]);
  await expect(firstLayer(page)).toBeVisible();
  expect((await assentState(page))?.decided).toBe(false);
});
