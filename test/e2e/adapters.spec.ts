// Browser tests for @assent/adapters in Chromium. The fixture page is served as
// http://www.shop.example.com/… so that parent-domain cookies (Domain=example.com) are real. Every
// request passes through context.route, which records it, answers the page's host with files from
// the repo and the vendors with local stand-ins (gtag.js sets _ga/_ga_<id>, fbevents.js sets _fbp,
// like the real ones). Chromium's --host-resolver-rules resolves every other host to "not found", so
// nothing can leave the machine even if a route were missed. The shared static server is not used
// (other test runs may stop it).
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { type BrowserContext, expect, type Page, type Route, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const HOST = 'www.shop.example.com';
const PAGE = `http://${HOST}/test/e2e/pages/adapters-vendors.html`;
const VENDOR = /googletagmanager\.com|google-analytics\.com|connect\.facebook\.net|facebook\.com/;

// Chromium: the args of playwright.config.ts, plus no DNS for any host and no automatic HTTPS upgrade.
// Firefox (the config's own launch options): every request is answered by context.route below
// (WebDriver BiDi intercepts before DNS), so no extra flag is needed there.
test.use({
  launchOptions: [
    async ({ browserName, launchOptions }, use) =>
      use(
        browserName !== 'chromium'
          ? launchOptions
          : {
              executablePath: CHROMIUM_PATH,
              args: [
                ...CHROMIUM_ARGS,
                '--host-resolver-rules=MAP * ~NOTFOUND',
                '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
              ],
            },
      ),
    { scope: 'worker' },
  ],
});

const snapshot = (name: string) => `(function () {
  window.${name} = { seen: (window.dataLayer || []).map(function (e) {
    return { kind: Object.prototype.toString.call(e), args: Array.from(e).map(function (a) { return a instanceof Date ? 'Date' : a; }) };
  }) };
})();`;

/** Stand-ins for the vendor scripts: they behave like the vendor as far as consent is concerned. */
const STAND_INS: Record<string, string> = {
  '/gtag/js': `${snapshot('__gtag')}
document.cookie = '_ga=GA1.1.111.222; Path=/; Domain=example.com; Max-Age=63072000';
document.cookie = '_ga_TEST1234=GS2.1.s1; Path=/; Max-Age=63072000';`,
  '/gtm.js': snapshot('__gtm'),
  '/en_US/fbevents.js': `(function () {
  var f = window.fbq;
  window.__fb = { queue: f.queue.map(function (a) { return Array.from(a); }), calls: [] };
  f.callMethod = function () { window.__fb.calls.push(Array.from(arguments)); };
  document.cookie = '_fbp=fb.2.1700000000000.123; Path=/; Domain=shop.example.com; Max-Age=7776000';
})();`,
  '/slow.js': `window.order = (window.order || []).concat('external');`,
};

interface Network {
  requests: string[];
  failing: Set<string>;
}

async function intercept(context: BrowserContext): Promise<Network> {
  const network: Network = { requests: [], failing: new Set() };
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    network.requests.push(url.href);
    if (url.hostname === HOST) {
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!path.startsWith(ROOT + sep)) return route.abort('accessdenied');
      const body = await readFile(path).catch(() => null);
      if (body === null) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    }
    if (network.failing.has(url.hostname)) return route.abort('connectionrefused');
    const body = STAND_INS[url.pathname];
    if (body !== undefined) {
      if (url.pathname === '/slow.js') await new Promise((r) => setTimeout(r, 400));
      return route.fulfill({ contentType: 'text/javascript', body });
    }
    if (url.hostname.endsWith('.thirdparty.example'))
      return route.fulfill({ contentType: 'text/html', body: 'ok' });
    return route.abort('blockedbyclient');
  });
  return network;
}

const vendorRequests = (network: Network) => network.requests.filter((u) => VENDOR.test(u));
const cookieNames = async (context: BrowserContext) =>
  (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  await page.waitForLoadState('load');
}

test('nothing reaches Google or Meta before consent; the consent default is on the dataLayer at once', async ({
  page,
  context,
}) => {
  const network = await intercept(context);
  await open(page);
  await page.waitForTimeout(300);
  expect(vendorRequests(network)).toEqual([]);
  expect(network.requests.some((u) => u.includes('thirdparty.example'))).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { order?: string[] }).order)).toBeUndefined();
  const atConnect = await page.evaluate(
    () => (window as unknown as { dataLayerAtConnect: unknown[][] }).dataLayerAtConnect,
  );
  expect(atConnect).toEqual([
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
  // The iframe waits behind its placeholder.
  await expect(page.getByRole('button', { name: 'Allow advertising' })).toBeVisible();
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
  expect((await context.cookies()).filter((c) => c.name !== 'assent')).toEqual([]);
});

test('after consent the vendors load (default → update → js → config), tags run once in order', async ({
  page,
  context,
}) => {
  const network = await intercept(context);
  await open(page);
  await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll());
  await page.waitForFunction(() => {
    const w = window as unknown as { __gtag?: unknown; __fb?: unknown; order?: string[] };
    return w.__gtag && w.__fb && w.order?.length === 3;
  });
  expect(vendorRequests(network)).toEqual([
    'https://www.googletagmanager.com/gtag/js?id=G-TEST1234',
    'https://connect.facebook.net/en_US/fbevents.js',
  ]);
  expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual([
    'inline-1',
    'external',
    'inline-2',
  ]);
  const seen = await page.evaluate(
    () => (window as unknown as { __gtag: { seen: Array<{ kind: string; args: unknown[] }> } }).__gtag.seen,
  );
  expect(seen.every((e) => e.kind === '[object Arguments]')).toBe(true);
  expect(seen.map((e) => e.args.slice(0, 2))).toEqual([
    ['consent', 'default'],
    ['consent', 'update'],
    ['js', 'Date'],
    ['config', 'G-TEST1234'],
  ]);
  expect((seen[1]!.args[2] as Record<string, string>).analytics_storage).toBe('granted');
  const fb = await page.evaluate(() => (window as unknown as { __fb: { queue: unknown[][] } }).__fb.queue);
  expect(fb).toEqual([
    ['consent', 'revoke'],
    ['init', '1234567890'],
    ['track', 'PageView'],
    ['consent', 'grant'],
  ]);
  // The iframe and the pixel now load; the placeholder is gone.
  await expect(page.locator('iframe')).toHaveAttribute('src', 'https://video.thirdparty.example/embed/1');
  await expect(page.locator('[data-assent-placeholder]')).toHaveCount(0);
  expect(network.requests).toContain('https://px.thirdparty.example/p.gif');
  await expect
    .poll(() => cookieNames(context))
    .toEqual([
      '_fbp@.shop.example.com/',
      '_ga@.example.com/',
      '_ga_TEST1234@www.shop.example.com/',
      `assent@${HOST}/`,
    ]);
  // Consent toggled again: nothing runs or loads twice.
  await page.evaluate(() => {
    const c = (window as unknown as { consent: { rejectAll(): void; acceptAll(): void } }).consent;
    c.rejectAll();
    c.acceptAll();
  });
  await page.waitForTimeout(600);
  expect(vendorRequests(network)).toHaveLength(2);
  expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toHaveLength(3);
});

test('a returning visitor: the stored choice is on the dataLayer before gtag.js, in the first task', async ({
  page,
  context,
}) => {
  const network = await intercept(context);
  await open(page);
  await page.evaluate(() =>
    (window as unknown as { consent: { update(c: object): void } }).consent.update({ analytics: true }),
  );
  await page.waitForFunction(() => (window as unknown as { __gtag?: unknown }).__gtag);
  network.requests.length = 0;
  await open(page);
  await page.waitForFunction(() => (window as unknown as { __gtag?: unknown }).__gtag);
  const atConnect = await page.evaluate(
    () => (window as unknown as { dataLayerAtConnect: unknown[][] }).dataLayerAtConnect,
  );
  expect(atConnect.map((c) => c.slice(0, 2))).toEqual([
    ['consent', 'default'],
    ['consent', 'update'],
    ['js', expect.any(Date)],
    ['config', 'G-TEST1234'],
  ]);
  expect((atConnect[1]![2] as Record<string, string>).analytics_storage).toBe('granted');
  expect(vendorRequests(network)).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-TEST1234']);
  // The blocked tags in <head> were found while the parser added them, and ran in document order.
  await page.waitForFunction(() => (window as unknown as { order?: string[] }).order?.length === 3);
  expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual([
    'inline-1',
    'external',
    'inline-2',
  ]);
});

test('withdrawal deletes _ga, _ga_<id> and _fbp, also the ones written with Domain= and on other paths', async ({
  page,
  context,
}) => {
  await intercept(context);
  await open(page);
  await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll());
  await page.waitForFunction(() => {
    const w = window as unknown as { __gtag?: unknown; __fb?: unknown };
    return w.__gtag && w.__fb;
  });
  await context.addCookies([
    { name: '_ga_OLD999', value: 'x', domain: '.example.com', path: '/test/e2e' },
    { name: '_ga', value: 'host-only', domain: HOST, path: '/' },
    { name: 'keep_me', value: '1', domain: '.example.com', path: '/' },
  ]);
  await expect
    .poll(() => cookieNames(context))
    .toEqual([
      '_fbp@.shop.example.com/',
      '_ga@.example.com/',
      `_ga@${HOST}/`,
      '_ga_OLD999@.example.com/test/e2e',
      '_ga_TEST1234@www.shop.example.com/',
      `assent@${HOST}/`,
      'keep_me@.example.com/',
    ]);
  await page.evaluate(() =>
    (window as unknown as { consent: { update(c: object): void } }).consent.update({ analytics: false }),
  );
  // document.cookie writes reach the browser's cookie store (what context.cookies() reads)
  // asynchronously: poll instead of reading once.
  await expect
    .poll(() => cookieNames(context))
    .toEqual(['_fbp@.shop.example.com/', `assent@${HOST}/`, 'keep_me@.example.com/']);
  expect(
    await page.evaluate(() => (window as unknown as Record<string, unknown>)['ga-disable-G-TEST1234']),
  ).toBe(true);
  await page.evaluate(() => (window as unknown as { consent: { rejectAll(): void } }).consent.rejectAll());
  await expect.poll(() => cookieNames(context)).toEqual([`assent@${HOST}/`, 'keep_me@.example.com/']);
  const calls = await page.evaluate(() => (window as unknown as { __fb: { calls: unknown[][] } }).__fb.calls);
  expect(calls).toEqual([['consent', 'revoke']]);
  // The probe cookie used to find example.com did not stay behind.
  await expect
    .poll(async () => (await context.cookies()).some((c) => c.name.startsWith('__assent')))
    .toBe(false);
});

test('the placeholder button grants the category and loads the iframe', async ({ page, context }) => {
  const network = await intercept(context);
  await open(page);
  await page.getByRole('button', { name: 'Allow advertising' }).click();
  await expect(page.locator('iframe')).toHaveAttribute('src', 'https://video.thirdparty.example/embed/1');
  await page.waitForFunction(() => (window as unknown as { __fb?: unknown }).__fb);
  expect(network.requests).toContain('https://video.thirdparty.example/embed/1');
  expect(vendorRequests(network)).toEqual(['https://connect.facebook.net/en_US/fbevents.js']);
  expect(
    await page.evaluate(
      () => (window as unknown as { consent: { getState(): { source: string } } }).consent.getState().source,
    ),
  ).toBe('placeholder');
});

test('a vendor script that fails to load is reported and breaks nothing else', async ({ page, context }) => {
  const network = await intercept(context);
  network.failing.add('www.googletagmanager.com');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await open(page, '?gtm');
  await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll());
  await page.waitForFunction(() => {
    const w = window as unknown as { __fb?: unknown; order?: string[] };
    return w.__fb && w.order?.length === 3;
  });
  await expect
    .poll(() => errors.join('\n'))
    .toContain('could not load script https://www.googletagmanager.com/gtag/js?id=G-TEST1234');
  expect(errors.join('\n')).toContain(
    'could not load script https://www.googletagmanager.com/gtm.js?id=GTM-TEST123',
  );
});

test('GTM loads at once, and finds the consent default before its gtm.start event', async ({
  page,
  context,
}) => {
  const network = await intercept(context);
  await open(page, '?gtm&noga');
  await page.waitForFunction(() => (window as unknown as { __gtm?: unknown }).__gtm);
  expect(vendorRequests(network)).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-TEST123']);
  const seen = await page.evaluate(
    () => (window as unknown as { __gtm: { seen: Array<{ kind: string; args: unknown[] }> } }).__gtm.seen,
  );
  expect(seen[0]?.kind).toBe('[object Arguments]');
  expect(seen[0]?.args.slice(0, 2)).toEqual(['consent', 'default']);
  expect(seen[1]?.kind).toBe('[object Object]');
  expect(seen).toHaveLength(2);
});
