// Failing vendors (docs/security.md, "Failing vendors"): a vendor script that 404s, hangs or throws
// on load does not delay the banner, block other adapters or leave consent half-applied. Vendor hosts
// are answered by Playwright routing: a 404, a request that is never answered, a script that throws.
import { type BrowserContext, expect, test } from '@playwright/test';
import { assentState, button, consentCommands, firstLayer, gatedRuns } from './pages/hostile-helpers';

const PAGE = '/test/e2e/pages/hostile-vendors.html';

/** Routes the vendors: GA's gtag.js 404s, Meta's fbevents.js and vendor.example/hangs.js never answer. */
async function failingVendors(context: BrowserContext) {
  const requested: string[] = [];
  await context.route(/^https:\/\//, async (route) => {
    const url = new URL(route.request().url());
    requested.push(url.hostname + url.pathname);
    if (url.pathname === '/gtag/js' || url.pathname === '/missing.js')
      return route.fulfill({ status: 404, body: 'not found' });
    if (url.pathname === '/throws.js')
      return route.fulfill({
        contentType: 'text/javascript',
        body: 'window.__throwsRan = 1; throw new Error("vendor blew up");',
      });
    if (url.pathname.endsWith('/fbevents.js') || url.pathname === '/hangs.js') return; // never answered
    return route.abort('blockedbyclient');
  });
  return requested;
}

test('404, hanging and throwing vendors: the banner is prompt and consent is applied in full', async ({
  page,
  context,
}) => {
  const requested = await failingVendors(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  await page.goto(PAGE, { waitUntil: 'commit' });
  await expect(firstLayer(page)).toBeVisible();
  expect(Date.now() - started).toBeLessThan(2000);
  expect(requested).toEqual([]); // nothing is requested before consent
  await button(page, 'Accept all').click();
  await expect(firstLayer(page)).toBeHidden();
  // Every gated script after the 404 and the throwing one ran; the hanging one (functional, later in
  // the document) holds back nothing that came before it.
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 0, external: 1 });
  expect(await page.evaluate(() => (window as unknown as { __throwsRan?: number }).__throwsRan)).toBe(1);
  await expect
    .poll(() => requested.slice().sort())
    .toEqual(
      expect.arrayContaining([
        'vendor.example/missing.js',
        'vendor.example/throws.js',
        'vendor.example/hangs.js',
        'www.googletagmanager.com/gtag/js',
        'connect.facebook.net/en_US/fbevents.js',
      ]),
    );
  // Consent is applied in full: state, cookie and Consent Mode all say "granted".
  const state = await assentState(page);
  expect(state).toMatchObject({ decided: true, saved: true });
  expect(state?.categories).toEqual({
    essential: true,
    analytics: true,
    advertising: true,
    functional: true,
  });
  const last = (await consentCommands(page)).at(-1);
  expect(last?.[1]).toBe('update');
  expect(last?.[2]).toMatchObject({
    analytics_storage: 'granted',
    ad_storage: 'granted',
    functionality_storage: 'granted',
  });
  expect(errors).toContain('vendor blew up');
});

test('a vendor that hangs holds back only the gated scripts after it in document order', async ({
  page,
  context,
}) => {
  const requested = await failingVendors(context);
  await page.goto(PAGE);
  await page.evaluate(() => (window as unknown as { Assent: { acceptAll(): void } }).Assent.acceptAll());
  await expect.poll(() => requested.includes('vendor.example/hangs.js')).toBe(true);
  // Like the HTML parser, a classic script waits for the one before it: the inline tag after the
  // hanging one waits (documented in docs/security.md); an `async` tag would not.
  await page.waitForTimeout(500);
  expect((await gatedRuns(page)).inline).toBe(0);
  // The rest of Assent is not held: a withdrawal still applies at once.
  await page.evaluate(() => (window as unknown as { Assent: { rejectAll(): void } }).Assent.rejectAll());
  expect((await assentState(page))?.categories.analytics).toBe(false);
  const last = (await consentCommands(page)).at(-1);
  expect(last?.[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
});

test('adapter files that fail to load (404 / never answered) do not delay the banner or other adapters', async ({
  page,
  context,
}) => {
  await failingVendors(context);
  await context.route('**/assent/assent.google-analytics.js', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await context.route('**/assent/assent.meta-pixel.js', () => {}); // never answered
  const started = Date.now();
  await page.goto(PAGE, { waitUntil: 'commit' });
  await expect(firstLayer(page)).toBeVisible();
  expect(Date.now() - started).toBeLessThan(2000);
  await button(page, 'Accept all').click();
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 0, external: 1 });
  expect((await assentState(page))?.saved).toBe(true);
  const last = (await consentCommands(page)).at(-1);
  expect(last?.[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
});
