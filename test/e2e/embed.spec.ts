// End-to-end tests of the script-tag bundle (packages/embed/dist/assent.js) on the example site
// (examples/script-tag, served at /site/) and on fixture pages, in Debian Chromium and Firefox ESR.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { routeVendors } from './vendors';

const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const SITE = '/site/';

test.use({ serviceWorkers: 'block' }); // the demo's service worker would answer vendors itself

/** Records, from the first frame on, whether the first layer's buttons were ever rendered (shared with the WebKit runs). */
async function watchForBanner(context: BrowserContext) {
  await context.addInitScript({ path: join(import.meta.dirname, '../webkit/watch-banner.js') });
}

const banner = (page: Page) => page.locator('assent-banner');
const firstLayer = (page: Page) => banner(page).getByRole('region', { name: /cookie|privacy|consent/i });
const button = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true });
const state = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { Assent: { get(): { decided: boolean; categories: Record<string, boolean> } } }
    ).Assent.get(),
  );
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();

test.describe('first visit and decisions', () => {
  test('the banner is shown with three equal choices; nothing tracks before a decision', async ({
    page,
    context,
  }) => {
    const vendors = await routeVendors(context);
    await page.goto(SITE);
    await expect(firstLayer(page)).toBeVisible();
    const boxes = await Promise.all(['Accept all', 'Reject all'].map((n) => button(page, n).boundingBox()));
    expect(boxes[0]!.width).toBeCloseTo(boxes[1]!.width, 0);
    expect(boxes[0]!.height).toBeCloseTo(boxes[1]!.height, 0);
    await expect(button(page, 'Customize')).toBeVisible();
    await page.waitForTimeout(300);
    expect(vendors).toEqual([]);
    expect(
      await page.evaluate(
        () => (window as unknown as { __inlineAnalyticsRuns?: number }).__inlineAnalyticsRuns,
      ),
    ).toBeUndefined();
    expect(await cookieNames(context)).toEqual([]);
  });

  test('Accept all: vendors load only after the click, the choice survives a reload with no banner flash', async ({
    page,
    context,
  }) => {
    const vendors = await routeVendors(context);
    await watchForBanner(context);
    await page.goto(SITE);
    await expect(firstLayer(page)).toBeVisible();
    expect(vendors).toEqual([]);
    // The watcher does see a banner when there is one (so its "false" after the reload means something).
    expect(await page.evaluate(() => (window as unknown as { __bannerSeen: boolean }).__bannerSeen)).toBe(
      true,
    );
    await button(page, 'Accept all').click();
    await expect(firstLayer(page)).toBeHidden();
    await expect
      .poll(() => vendors.some((u) => u.startsWith('www.googletagmanager.com/gtag/js?id=G-DEMO12345')))
      .toBe(true);
    await expect
      .poll(() => vendors.some((u) => u.startsWith('connect.facebook.net/en_US/fbevents.js')))
      .toBe(true);
    await expect
      .poll(() => cookieNames(context))
      .toEqual(expect.arrayContaining(['_ga', '_ga_DEMO12345', '_fbp', 'assent']));
    expect(
      await page.evaluate(
        () => (window as unknown as { __inlineAnalyticsRuns?: number }).__inlineAnalyticsRuns,
      ),
    ).toBe(1);

    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __bannerSeen: boolean }).__bannerSeen)).toBe(
      false,
    );
    expect((await state(page)).categories).toEqual({
      essential: true,
      analytics: true,
      advertising: true,
      functional: true,
    });
    // The stored choice is on the dataLayer as an update right after the default, before gtag.js.
    const commands = await page.evaluate(() =>
      ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? [])
        .slice(0, 2)
        .map((e) => Array.from(e).slice(0, 2).join(' ')),
    );
    expect(commands).toEqual(['consent default', 'consent update']);
  });

  test('Reject all: nothing loads, now or after a reload, and no banner flash', async ({ page, context }) => {
    const vendors = await routeVendors(context);
    await watchForBanner(context);
    await page.goto(SITE);
    await button(page, 'Reject all').click();
    await expect(firstLayer(page)).toBeHidden();
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __bannerSeen: boolean }).__bannerSeen)).toBe(
      false,
    );
    expect((await state(page)).categories).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
      functional: false,
    });
    expect(vendors).toEqual([]);
    expect(await cookieNames(context)).toEqual(['assent']);
  });

  test('Customize → Save: only the chosen category runs, and it persists', async ({ page, context }) => {
    const vendors = await routeVendors(context);
    await watchForBanner(context);
    await page.goto(SITE);
    await button(page, 'Customize').click();
    const dialog = banner(page).getByRole('dialog');
    await expect(dialog).toBeVisible();
    const analytics = dialog.getByRole('switch', { name: /analytics/i });
    await expect(analytics).toHaveAttribute('aria-checked', 'false');
    await analytics.click();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => vendors.some((u) => u.startsWith('www.googletagmanager.com/gtag/js'))).toBe(true);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __bannerSeen: boolean }).__bannerSeen)).toBe(
      false,
    );
    expect((await state(page)).categories).toEqual({
      essential: true,
      analytics: true,
      advertising: false,
      functional: false,
    });
    expect(vendors.some((u) => u.includes('facebook'))).toBe(false);
  });

  test('withdrawal from the "Cookie settings" link deletes the vendors\' cookies at once', async ({
    page,
    context,
  }) => {
    await routeVendors(context);
    await page.goto(`${SITE}privacy.html`);
    await button(page, 'Accept all').click();
    await expect.poll(() => cookieNames(context)).toEqual(['_fbp', '_ga', '_ga_DEMO12345', 'assent']);
    await page.getByRole('main').getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = banner(page).getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => cookieNames(context)).toEqual(['assent']);
    expect((await state(page)).categories.analytics).toBe(false);
  });

  test('the video iframe waits behind a placeholder that can allow its category', async ({
    page,
    context,
  }) => {
    await routeVendors(context);
    await page.goto(`${SITE}journal.html`);
    await button(page, 'Reject all').click();
    const frame = page.locator('iframe.video');
    await expect(frame).not.toHaveAttribute('src', /.+/);
    const allow = page.getByRole('button', { name: /allow/i }).first();
    await expect(allow).toBeVisible();
    await allow.click();
    await expect(frame).toHaveAttribute('src', /video-embed\.html/);
    expect((await state(page)).categories.functional).toBe(true);
  });
});

test.describe('signals and re-consent', () => {
  test('raising the revision asks again and stale choices do not count', async ({ page, context }) => {
    const vendors = await routeVendors(context);
    await page.goto(SITE);
    await button(page, 'Accept all').click();
    // Wait for the last request the accepted page makes (the stand-in's hit), so none arrives late.
    await expect.poll(() => vendors.some((u) => u.includes('/g/collect'))).toBe(true);
    await context.route('**/site/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace('"revision": 1', '"revision": 2'),
      });
    });
    vendors.length = 0;
    await page.goto(SITE);
    await expect(firstLayer(page)).toBeVisible();
    expect((await state(page)).categories.analytics).toBe(false);
    await page.waitForTimeout(300);
    expect(vendors).toEqual([]);
  });
});

/**
 * A context whose pages send Global Privacy Control. Firefox has the real signal: its setting
 * (privacy.globalprivacycontrol.enabled, a launch-time pref, hence a second browser for these tests)
 * sends `Sec-GPC: 1` and sets navigator.globalPrivacyControl. Chromium has no GPC setting: there the
 * property is emulated by an init script.
 */
const gpcTest = test.extend<{ gpcContext: BrowserContext }, { gpcBrowser: Browser | null }>({
  gpcBrowser: [
    async ({ browserName, playwright, launchOptions, channel }, use) => {
      if (browserName !== 'firefox') return use(null);
      const browser = await playwright.firefox.launch({
        ...launchOptions,
        channel,
        firefoxUserPrefs: { ...launchOptions.firefoxUserPrefs, 'privacy.globalprivacycontrol.enabled': true },
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  gpcContext: async ({ gpcBrowser, browser, baseURL }, use) => {
    const context = await (gpcBrowser ?? browser).newContext({ baseURL, serviceWorkers: 'block' });
    if (!gpcBrowser)
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
      );
    await use(context);
    await context.close();
  },
});

gpcTest.describe('Global Privacy Control', () => {
  gpcTest(
    'the banner says it is honoured; "Accept all" leaves advertising off',
    async ({ gpcContext: context, browserName }) => {
      const vendors = await routeVendors(context);
      const page = await context.newPage();
      const document = page.waitForRequest((r) => r.url().endsWith(SITE) && r.isNavigationRequest());
      await page.goto(SITE);
      if (browserName === 'firefox') {
        // The real signal: the browser itself announces it, on the wire and to scripts.
        expect(await (await document).headerValue('sec-gpc')).toBe('1');
        expect(
          await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl),
        ).toBe(true);
      }
      await expect(
        banner(page)
          .getByText(/Global Privacy Control/i)
          .first(),
      ).toBeVisible();
      await button(page, 'Accept all').click();
      const s = await state(page);
      expect(s.categories).toMatchObject({ analytics: true, advertising: false });
      await expect.poll(() => vendors.some((u) => u.includes('gtag/js'))).toBe(true);
      await page.waitForTimeout(300);
      expect(vendors.some((u) => u.includes('facebook'))).toBe(false);
    },
  );

  gpcTest(
    'the choice made under GPC persists across a reload; the preferences show the notice and advertising off',
    async ({ gpcContext: context }) => {
      const vendors = await routeVendors(context);
      const page = await context.newPage();
      await page.goto(SITE);
      await button(page, 'Accept all').click();
      await expect(firstLayer(page)).toBeHidden();
      await page.reload();
      await page.waitForLoadState('load');
      expect((await state(page)).categories).toMatchObject({ analytics: true, advertising: false });
      await expect(firstLayer(page)).toBeHidden();
      await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
      const dialog = banner(page).getByRole('dialog');
      await expect(dialog.getByText(/Global Privacy Control/i).first()).toBeVisible();
      await expect(dialog.getByRole('switch', { name: /advertising/i })).toHaveAttribute(
        'aria-checked',
        'false',
      );
      await page.waitForTimeout(300);
      expect(vendors.some((u) => u.includes('facebook'))).toBe(false);
    },
  );
});

test.describe('the script tag', () => {
  test("Consent Mode default (and a returning visitor's update) are on the dataLayer before the next script runs", async ({
    page,
  }) => {
    await page.goto('/test/e2e/pages/embed-order.html');
    const first = await page.evaluate(
      () => (window as unknown as { __seenByNextScript: unknown[][] }).__seenByNextScript,
    );
    expect(first).toEqual([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
        },
      ],
    ]);
    await page.evaluate(() => (window as unknown as { Assent: { acceptAll(): void } }).Assent.acceptAll());
    await page.reload();
    const second = await page.evaluate(
      () => (window as unknown as { __seenByNextScript: unknown[][] }).__seenByNextScript,
    );
    expect(second.map((c) => c.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
    expect(second[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
    expect(
      await page.evaluate(
        () => (window as unknown as { __stateAtParse: { decided: boolean } }).__stateAtParse.decided,
      ),
    ).toBe(true);
  });

  test('window.Assent: config precedence, API, assent:change events, loaded twice = one instance', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto('/test/e2e/pages/embed-api.html');
    await expect(page.locator('assent-banner')).toHaveCount(1);
    expect(warnings.some((w) => w.includes('loaded more than once'))).toBe(true);
    const result = await page.evaluate(() => {
      type Api = {
        get(): { revision: number; categories: Record<string, boolean>; decided: boolean };
        update(c: object): void;
        has(c: string): boolean;
        subscribe(fn: () => void): () => void;
        init(c: object): Api;
        reset(): void;
      };
      const A = (window as unknown as { Assent: Api }).Assent;
      const events: boolean[] = [];
      addEventListener('assent:change', (e) => events.push((e as CustomEvent).detail.decided));
      let calls = 0;
      const off = A.subscribe(() => calls++);
      // JSON block (revision 4) wins over window.assentConfig (revision 3); other keys merge.
      const before = A.get();
      A.update({ functional: true });
      off();
      A.reset();
      const afterInit = A.init({ revision: 9 }).get();
      return {
        revision: before.revision,
        keys: Object.keys(before.categories),
        events,
        calls,
        has: A.has('functional'),
        afterInit: afterInit.revision,
      };
    });
    expect(result).toEqual({
      revision: 4,
      keys: ['essential', 'analytics', 'advertising', 'functional'],
      events: [true, false],
      calls: 1,
      has: false,
      afterInit: 9,
    });
  });

  test('a mistyped key is one clear console error, and only that key is ignored; a wrong revision fails safe', async ({
    page,
    context,
  }) => {
    const vendors = await routeVendors(context);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let replace: [string, string] = ['"revision": 1', '"revison": 1'];
    await context.route('**/site/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(...replace) });
    });
    const has = () =>
      page.evaluate(() =>
        (window as unknown as { Assent: { has(c: string): boolean } }).Assent.has('analytics'),
      );
    // An unknown key (the typo) is left out: the banner asks, nothing optional runs before a yes.
    await page.goto(SITE);
    await expect(banner(page)).toHaveCount(1);
    expect(errors.join('\n')).toContain('Assent config: revison: unknown key (allowed: ');
    expect(await has()).toBe(false);
    expect(vendors).toEqual([]);
    // A revision that is no number makes a decision meaningless: fail safe, no banner, nothing runs.
    errors.length = 0;
    replace = ['"revision": 1', '"revision": "one"'];
    await page.goto(SITE);
    await page.waitForTimeout(300);
    expect(errors.join('\n')).toContain('revision: expected a non-negative integer, got "one"');
    await expect(banner(page)).toHaveCount(0);
    expect(await has()).toBe(false);
    expect(vendors).toEqual([]);
  });

  test('strict CSP (no unsafe-inline): styled, working banner and gating, zero violations', async ({
    page,
    request,
  }) => {
    await request.delete('/__csp-report');
    await page.goto('/test/e2e/pages/embed-csp.html');
    const accept = button(page, 'Accept all');
    await expect(accept).toBeVisible();
    const look = await accept.evaluate((b) => {
      const s = getComputedStyle(b);
      return { bg: s.backgroundColor, radius: s.borderRadius, cursor: s.cursor };
    });
    expect(look.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.bg).not.toBe('rgb(239, 239, 239)'); // Chromium's unstyled button
    expect(
      await page.evaluate(() => (window as unknown as { __gatedRuns?: number }).__gatedRuns),
    ).toBeUndefined();
    await accept.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __gatedRuns?: number }).__gatedRuns))
      .toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    ).toEqual([]);
    expect(await (await request.get('/__csp-report')).json()).toEqual([]);
  });

  test('two tabs stay in sync without a reload', async ({ context }) => {
    await routeVendors(context);
    const one = await context.newPage();
    const two = await context.newPage();
    await one.goto(SITE);
    await two.goto(`${SITE}shop.html`);
    await expect(firstLayer(two)).toBeVisible();
    await button(one, 'Accept all').click();
    await expect(firstLayer(two)).toBeHidden();
    expect((await state(two)).categories.analytics).toBe(true);
    await one.evaluate(() => (window as unknown as { Assent: { reset(): void } }).Assent.reset());
    await expect(firstLayer(two)).toBeVisible();
  });

  test('axe-core finds no WCAG 2.2 AA violations on the site with the banner and with the preferences', async ({
    page,
    context,
  }) => {
    await routeVendors(context);
    await page.goto(SITE);
    await expect(firstLayer(page)).toBeVisible();
    await page.addScriptTag({ content: AXE });
    // Contrast is measured on the settled banner, not in the middle of its fade-in.
    const settled = () =>
      banner(page).evaluate(async (host) => {
        // Two frames, so a just-started fade-in is registered, then every running animation.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        await Promise.all(
          (host.shadowRoot?.getAnimations() ?? []).map((a) => a.finished.catch(() => undefined)),
        );
      });
    const run = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
            };
          }
        ).axe;
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
    await settled();
    expect(await run()).toEqual([]);
    await button(page, 'Customize').click();
    await expect(banner(page).getByRole('dialog')).toBeVisible();
    await settled();
    expect(await run()).toEqual([]);
  });
});

test.describe('receipts through the script tag', () => {
  test('a decision is logged and delivered to the ledger; a returning visit does not even load the receipts code', async ({
    page,
    context,
  }) => {
    await routeVendors(context);
    const delivered: Array<Record<string, unknown>> = [];
    // The ledger is a local recorder: the browser's own request is passed on to it. (Playwright's
    // Firefox path does not expose request bodies to routes, so reading postData() would not do.)
    const ledger = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.method === 'POST') {
          const parsed = JSON.parse(body || 'null');
          delivered.push(...(Array.isArray(parsed) ? parsed : [parsed]));
        }
        res
          .writeHead(req.method === 'POST' ? 201 : 204, {
            'content-type': 'application/json',
            'access-control-allow-origin': req.headers.origin ?? '*',
            'access-control-allow-credentials': 'true',
            'access-control-allow-headers': 'content-type',
          })
          .end(req.method === 'POST' ? '{"stored":1}' : '');
      });
    });
    await new Promise<void>((done) => ledger.listen(0, '127.0.0.1', done));
    const ledgerUrl = `http://127.0.0.1:${(ledger.address() as AddressInfo).port}/ledger/receipts`;
    await context.route('**/ledger/receipts', (route) => route.continue({ url: ledgerUrl }));
    const receiptsCode: string[] = [];
    page.on('request', (r) => r.url().endsWith('/assent.receipts.js') && receiptsCode.push(r.url()));
    await page.goto(SITE);
    await expect(firstLayer(page)).toBeVisible();
    expect(receiptsCode).toEqual([]); // nothing to record yet: not loaded
    await button(page, 'Accept all').click();
    await expect.poll(() => delivered.length).toBe(1);
    const cookie = (await context.cookies()).find((c) => c.name === 'assent')?.value;
    expect(delivered[0]).toMatchObject({
      action: 'accept-all',
      source: 'banner',
      revision: 1,
      mode: 'opt-in',
      language: 'en',
      categories: { essential: true, analytics: true, advertising: true, functional: true },
      textHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      url: expect.stringMatching(/\/site\/$/),
      cookie,
    });
    const local = await page.evaluate(() =>
      (
        window as unknown as { Assent: { getReceipts(): Promise<Array<{ id: string }>> } }
      ).Assent.getReceipts(),
    );
    expect(local.map((r) => r.id)).toEqual([delivered[0]!.id]);
    const exported = JSON.parse(
      await page.evaluate(() =>
        (window as unknown as { Assent: { exportReceipts(): Promise<string> } }).Assent.exportReceipts(),
      ),
    );
    expect(exported).toMatchObject({
      format: 'assent-receipts',
      version: 1,
      receipts: [{ id: delivered[0]!.id }],
    });

    receiptsCode.length = 0;
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(receiptsCode).toEqual([]);
    expect(delivered).toHaveLength(1);
    ledger.close();
  });
});
