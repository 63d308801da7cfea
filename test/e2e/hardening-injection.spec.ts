// Injection (docs/security.md, "Injection"): every config and translation string, category and
// service text, placeholder name and cookie value is text. Markup, javascript:/data: links and
// CSS-breaking theme values do nothing: no dialog, no script run, no request. The page has no CSP
// here on purpose: the proof is that Assent itself never turns a string into markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { banner, button, firstLayer } from './pages/hostile-helpers';

const PAGE = '/test/e2e/pages/hostile-injection.html';
const TEMPLATE = readFileSync(join(import.meta.dirname, 'pages/hostile-injection.html'), 'utf8');

/** Payloads: each would run code, show a dialog or load something if it were ever parsed as markup. */
const HTML = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '</script><script>window.__pwned=2</script>',
  '<svg onload=alert(3)>',
  '"><iframe src="javascript:alert(4)">',
  '<a href="javascript:alert(5)">click</a>',
  "{{constructor.constructor('alert(6)')()}}",
  '<style>@import "https://evil.example/x.css";</style>',
];
const BAD_URLS = [
  'javascript:alert(7)',
  'JaVaScRiPt:alert(8)',
  '\tjava\nscript:alert(9)',
  ' javascript:alert(10)',
  'data:text/html,<script>alert(11)</script>',
  'vbscript:msgbox(12)',
];
const pick = (i: number) => HTML[i % HTML.length]!;

/** Serves the fixture with `config` in its JSON block and `service` in the iframe's attributes. */
async function serve(context: BrowserContext, config: object, service = pick(0)) {
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  const attr = service.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  await context.route(`**${PAGE}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: TEMPLATE.replace('{ "__CONFIG__": true }', () => json).replaceAll('__SERVICE__', () => attr),
    }),
  );
}

/** Records dialogs, requests to anything but the fixtures, and console errors. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], requests: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    const ours =
      url.hostname === '127.0.0.1' &&
      (url.pathname.startsWith('/assent/') || url.pathname.startsWith('/test/e2e/pages/hostile-'));
    if (!ours) seen.requests.push(r.url());
  });
  return seen;
}

/** Markup that must never appear inside the banner's shadow root. */
const foreignMarkup = (page: Page) =>
  banner(page).evaluate((host) => {
    const root = host.shadowRoot!;
    return Array.from(root.querySelectorAll('img, svg:not([aria-hidden]), script, iframe, style, a'))
      .filter((el) => !(el.tagName === 'A' && /^\/privacy$/.test(el.getAttribute('href') ?? '')))
      .map((el) => el.outerHTML);
  });

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);

test('markup in every config and translation string renders as the same text', async ({ page, context }) => {
  const en = Object.fromEntries(
    [
      'bannerLabel',
      'title',
      'description',
      'privacyPolicy',
      'acceptAll',
      'rejectAll',
      'customize',
      'preferencesTitle',
      'preferencesDescription',
      'save',
      'close',
      'alwaysActive',
      'cookies',
      'lifetime',
      'saved',
      'reopen',
    ].map((key, i) => [key, `${key} ${pick(i)}`]),
  );
  await serve(context, {
    revision: 1,
    privacyPolicyUrl: '/privacy',
    floatingButton: true,
    translations: {
      en: {
        ...en,
        services: `Services ${pick(3)} ({n})`,
        privacyPolicyUrl: BAD_URLS[0],
        categories: { analytics: { label: `A ${pick(4)}`, description: `AD ${pick(5)}` } },
      },
    },
    categories: {
      analytics: {
        services: {
          stats: {
            label: `Stats ${pick(1)}`,
            description: `Counts ${pick(2)}`,
            cookies: [{ name: '_stats', purpose: `Purpose ${pick(6)}`, lifetime: `Forever ${pick(0)}` }],
          },
        },
      },
      functional: { label: `F ${pick(1)}`, description: `FD ${pick(2)}` },
    },
  });
  const seen = watch(page);
  await page.goto(PAGE);
  const region = banner(page).getByRole('region', { name: `bannerLabel ${pick(0)}` });
  await expect(region).toBeVisible();
  await expect(region.getByRole('heading', { level: 2 })).toHaveText(`title ${pick(1)}`);
  await expect(banner(page).getByRole('button', { name: `acceptAll ${pick(4)}` })).toBeVisible();
  // The translation's javascript: policy link is refused; the config's safe one is used.
  await expect(region.getByRole('link')).toHaveAttribute('href', '/privacy');
  await expect(region.getByRole('link')).toHaveText(`privacyPolicy ${pick(3)}`);
  expect(await foreignMarkup(page)).toEqual([]);

  await banner(page)
    .getByRole('button', { name: `customize ${pick(6)}` })
    .click();
  const dialog = banner(page).getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `A ${pick(4)}` })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: `F ${pick(1)}` })).toBeVisible();
  await expect(dialog.getByText(`FD ${pick(2)}`)).toBeVisible();
  await dialog.getByText(`Services ${pick(3)} (1)`).click();
  await expect(dialog.getByText(`Stats ${pick(1)}`, { exact: true })).toBeVisible();
  await expect(dialog.getByText(`Counts ${pick(2)}`)).toBeVisible();
  await expect(dialog.locator('li')).toContainText(`Purpose ${pick(6)}`);
  await expect(dialog.locator('li')).toContainText(`Forever ${pick(0)}`);
  expect(await foreignMarkup(page)).toEqual([]);

  await dialog.getByRole('button', { name: `acceptAll ${pick(4)}` }).click();
  await expect(banner(page).getByRole('button', { name: `reopen ${pick(15)}` })).toBeVisible();
  await page.waitForTimeout(300);
  expect(seen.dialogs).toEqual([]);
  expect(await pwned(page)).toBe(0);
  expect(seen.requests).toEqual([]);
});

test('javascript:, data: and other schemes never become a link', async ({ page, context }) => {
  for (const url of BAD_URLS) {
    await context.unrouteAll();
    await serve(context, { privacyPolicyUrl: '/privacy', translations: { en: { privacyPolicyUrl: url } } });
    await page.goto(PAGE);
    await expect(firstLayer(page)).toBeVisible();
    await expect(firstLayer(page).getByRole('link')).toHaveAttribute('href', '/privacy');
  }
  // In the config itself the URL is left out (with a console error): the banner shows, without a link.
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const url of BAD_URLS) {
    await context.unrouteAll();
    await serve(context, { privacyPolicyUrl: url });
    await page.goto(PAGE);
    await expect(firstLayer(page)).toBeVisible();
    await expect(firstLayer(page).getByRole('link')).toHaveCount(0);
    expect(
      await page.evaluate(() =>
        (window as unknown as { Assent: { has(c: string): boolean } }).Assent.has('functional'),
      ),
    ).toBe(false);
  }
  expect(
    errors.filter((e) => e.includes('privacyPolicyUrl: expected an http(s) or relative URL')),
  ).toHaveLength(BAD_URLS.length);
});

test('the iframe placeholder shows the service name as text', async ({ page, context }) => {
  const name = `${pick(0)} $& $' Video`;
  await serve(context, { categories: { functional: { label: `Fun ${pick(2)}` } } }, name);
  const seen = watch(page);
  await page.goto(PAGE);
  const placeholder = page.locator('[data-assent-placeholder]');
  await expect(placeholder.locator('p')).toHaveText(`${name} is blocked until you allow Fun ${pick(2)}.`);
  expect(await placeholder.locator('img, svg, script').count()).toBe(0);
  await placeholder.getByRole('button').click();
  await expect(page.locator('iframe')).toHaveAttribute('src', '/test/e2e/pages/hostile-frame.html');
  await page.waitForTimeout(200);
  expect(seen.dialogs).toEqual([]);
  expect(await pwned(page)).toBe(0);
  expect(seen.requests).toEqual([]);
});

test('CSS-breaking theme values are dropped: the banner stays styled and loads nothing', async ({
  page,
  context,
}) => {
  await serve(context, {
    theme: 'light',
    themeVars: {
      accent: 'red;}:host{display:none',
      bg: 'url(https://evil.example/bg.png)',
      text: 'red}</style><script>window.__pwned=1</script>',
      radius: '0;background:u\\72l(//evil.example/r.png)',
      font: 'x"; background: url(//evil.example/f.png)',
      muted: '@import "https://evil.example/i.css"',
      line: 'expression(alert(1))',
      'bad name': '#000',
      border: '#123456',
    },
  });
  const seen = watch(page);
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(PAGE);
  await expect(firstLayer(page)).toBeVisible();
  const look = await button(page, 'Accept all').evaluate((b) => {
    const s = getComputedStyle(b);
    return { bg: s.backgroundColor, display: getComputedStyle(b.closest('[role=region]')!).display };
  });
  expect(look).toEqual({ bg: 'rgb(26, 86, 219)', display: 'block' }); // the default accent
  // The one safe value is applied.
  expect(await button(page, 'Customize').evaluate((b) => getComputedStyle(b).borderTopColor)).toBe(
    'rgb(18, 52, 86)',
  );
  expect(warnings.filter((w) => w.includes('unsafe themeVars'))).toHaveLength(8);
  await page.waitForTimeout(200);
  expect(seen.requests).toEqual([]);
  expect(await pwned(page)).toBe(0);
  expect(seen.dialogs).toEqual([]);
});

// image-set() takes a plain string as an image URL, so a theme value could make the browser fetch
// any address (found by this suite; theme-vars.ts refuses it now).
test('a theme value with image-set("…") loads nothing', async ({ page, context }) => {
  await serve(context, { themeVars: { bg: 'image-set("https://evil.example/bg.png" 1x)' } });
  const seen = watch(page);
  await context.route('https://evil.example/**', (route) => route.abort('blockedbyclient'));
  await page.goto(PAGE);
  await expect(firstLayer(page)).toBeVisible();
  await page.waitForTimeout(300);
  expect(seen.requests).toEqual([]);
});

test('a cookie value full of markup is no decision, and nothing of it is rendered', async ({
  page,
  context,
}) => {
  await serve(context, { categories: { functional: {} } });
  for (const value of [
    '<img src=x onerror=alert(1)>',
    `1.0.${Math.floor(Date.now() / 1000).toString(36)}.<script>alert(2)</script>.a.0.functional:1`,
    '1.0.0.aaaaaaaa.a.0.functional:1+functional:1',
  ]) {
    await context.clearCookies();
    await context.addCookies([
      { name: 'assent', value: encodeURIComponent(value), url: test.info().project.use.baseURL! },
    ]);
    const seen = watch(page);
    await page.goto(PAGE);
    await expect(firstLayer(page)).toBeVisible();
    const state = await page.evaluate(() =>
      (window as unknown as { Assent: { get(): { decided: boolean; askReason: string } } }).Assent.get(),
    );
    expect(state).toMatchObject({ decided: false, askReason: 'invalid' });
    expect(await foreignMarkup(page)).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.requests).toEqual([]);
  }
});
