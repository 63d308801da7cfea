// A typo in the script-tag config turns off only what it touches: a wrong vendor id keeps that
// vendor off, a wrong UI key falls back to its default, a wrong `receipts` stops delivery, and only
// the keys a decision depends on (categories, cookie, revision, mode) fail safe. Each problem is one
// console error and is listed in Assent.get(); with `debug: true` the site owner sees a notice.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './pages/banner-helpers';
import { routeVendors } from './vendors';

const PATH = '/test/e2e/pages/config-faults.html';
const GATED = `<script type="text/plain" data-category="analytics">window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;</script>`;
const CATEGORIES = { analytics: {}, advertising: {} };

/** Serves a page with `config` in a JSON block, assent.js from the build, and a gated tag. */
async function open(page: Page, config: object): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route(`**${PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Config faults</title>
<script type="application/json" data-assent-config>${JSON.stringify(config)}</script>
<script src="/assent/assent.js"></script>${GATED}</head><body><main><h1>Shop</h1></main></body></html>`,
    }),
  );
  await page.goto(PATH);
  return errors;
}

const banner = (page: Page) => page.locator('assent-banner');
const button = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true });
const state = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { Assent: { get(): { configError: string | null; configWarnings: string[] } } }
    ).Assent.get(),
  );
const analyticsRuns = (page: Page) =>
  page.evaluate(() => (window as unknown as { __analyticsRuns?: number }).__analyticsRuns ?? 0);

test('a mistyped Meta Pixel id keeps Meta off; the banner, GA4, gating and receipts all work', async ({
  page,
  context,
}) => {
  const vendors = await routeVendors(context);
  const posted: unknown[] = [];
  await page.route('**/ledger/receipts', (route) => {
    posted.push(route.request().postDataJSON());
    return route.fulfill({ status: 201, contentType: 'application/json', body: '{"stored":1}' });
  });
  const errors = await open(page, {
    revision: 1,
    categories: CATEGORIES,
    metaPixel: { pixelId: '123' },
    googleAnalytics: { measurementId: 'G-ABC123XYZ' },
    receipts: { endpoint: '/ledger/receipts' },
  });
  await button(page, 'Accept all').click();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  await expect.poll(() => vendors.some((u) => u.startsWith('www.googletagmanager.com/gtag/js'))).toBe(true);
  await expect.poll(() => posted.length).toBeGreaterThan(0);
  expect(vendors.filter((u) => u.includes('facebook'))).toEqual([]);
  const warning = 'metaPixel.pixelId: expected an id such as "123456789012345", got "123"; metaPixel is off';
  expect(await state(page)).toMatchObject({ configError: null, configWarnings: [warning] });
  expect(errors).toEqual([`Assent config: ${warning}`]);
});

test('wrong UI keys fall back to their defaults: the English bar, with Reject all as easy as Accept all', async ({
  page,
}) => {
  const errors = await open(page, {
    categories: CATEGORIES,
    layout: 'side',
    position: 'middle',
    theme: 'blue',
    themeVars: null,
    language: 'deutsch language',
    translations: [],
    floatingButton: 'yes',
  });
  await expect(button(page, 'Reject all')).toBeVisible();
  await expect(button(page, 'Accept all')).toBeVisible();
  const warnings = (await state(page)).configWarnings;
  expect(warnings.map((w) => w.split(':')[0])).toEqual([
    'layout',
    'position',
    'language',
    'translations',
    'theme',
    'themeVars',
    'floatingButton',
  ]);
  for (const w of warnings) expect(w).toMatch(/; the default is used$/);
  expect(errors).toHaveLength(warnings.length);
  await button(page, 'Reject all').click();
  await expect(banner(page).getByRole('region')).toBeHidden();
  expect(await analyticsRuns(page)).toBe(0);
});

test('a wrong receipts key turns delivery off and nothing else; a wrong assetsUrl loads from next to assent.js', async ({
  page,
}) => {
  const files: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname));
  const errors = await open(page, {
    categories: CATEGORIES,
    receipts: { endpoint: 'javascript:alert(1)' },
    assetsUrl: 'data:text/javascript,alert(1)',
  });
  await button(page, 'Accept all').click();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  expect(files).toContain('/assent/assent.banner.js');
  expect(files.filter((f) => f.includes('ledger'))).toEqual([]);
  expect(errors).toEqual([
    'Assent config: receipts.endpoint: expected an http(s) or relative URL, got "javascript:alert(1)"; receipts are off',
    'Assent config: assetsUrl: expected a folder URL or path, such as "/assent/", got "data:text/javascript,alert(1)"; the default is used',
  ]);
});

test('a wrong revision still fails safe: no banner, nothing granted, nothing stored', async ({
  page,
  context,
}) => {
  const errors = await open(page, { categories: CATEGORIES, revision: 'two' });
  await page.waitForTimeout(500);
  expect(await banner(page).count()).toBe(0);
  expect((await state(page)).configError).toMatch(/revision: expected a non-negative integer, got "two"/);
  await page.evaluate(() => (window as unknown as { Assent: { acceptAll(): void } }).Assent.acceptAll());
  expect(await analyticsRuns(page)).toBe(0);
  expect((await context.cookies()).map((c) => c.name)).not.toContain('assent');
  expect(errors[0]).toMatch(/^Invalid Assent config:/);
});

test.describe('debug: true', () => {
  test('the site owner sees every problem over the page, and can close the notice', async ({ page }) => {
    await open(page, { categories: CATEGORIES, debug: true, layout: 'side', metaPixel: { pixelId: 'x' } });
    const notice = page.locator('assent-notice').getByRole('alert');
    await expect(notice).toContainText('the config has 2 problems');
    await expect(notice.getByRole('listitem')).toHaveText([
      'metaPixel.pixelId: expected an id such as "123456789012345", got "x"; metaPixel is off',
      'layout: expected "bar", "box" or "modal", got "side"; the default is used',
    ]);
    // The visitor can still decide: the banner is there as well.
    await expect(button(page, 'Reject all')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.ASSENT_SCREENSHOTS)
      for (const [name, size] of [
        ['desktop', { width: 1280, height: 800 }],
        ['phone', { width: 390, height: 844 }],
      ] as const)
        for (const scheme of ['light', 'dark'] as const) {
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: `${process.env.ASSENT_SCREENSHOTS}/notice-${name}-${scheme}.png` });
        }
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toBeHidden();
    await expect(button(page, 'Reject all')).toBeVisible();
  });

  test('a config that fails safe shows the notice and no first layer', async ({ page }) => {
    const files: string[] = [];
    page.on('request', (r) => files.push(new URL(r.url()).pathname));
    await open(page, { categories: CATEGORIES, debug: true, cookie: { maxAgeDays: 900 } });
    const notice = page.locator('assent-notice').getByRole('alert');
    await expect(notice).toContainText(
      'cookie.maxAgeDays: expected a number of days from one second (1/86400) to 400',
    );
    expect(await banner(page).count()).toBe(0);
    expect(files.filter((f) => f.startsWith('/assent/'))).toEqual([
      '/assent/assent.js',
      '/assent/assent.audit.js',
    ]);
  });

  test('without debug, nothing is shown to visitors about the config, and assent.audit.js is not fetched', async ({
    page,
  }) => {
    const files: string[] = [];
    page.on('request', (r) => files.push(new URL(r.url()).pathname));
    await open(page, { categories: CATEGORIES, layout: 'side' });
    await expect(button(page, 'Reject all')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.locator('assent-notice').count()).toBe(0);
    expect(files).not.toContain('/assent/assent.audit.js');
  });
});
