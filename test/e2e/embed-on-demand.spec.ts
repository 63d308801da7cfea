// The banner's code (assent.banner.js: Preact, components, styles, English) is not part of
// assent.js: it is fetched only when something must be shown. assent.standalone.js has it built in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

const ON_DEMAND = '/test/e2e/pages/embed-on-demand.html';
const STANDALONE = '/test/e2e/pages/embed-standalone.html';
const PAGES = join(import.meta.dirname, 'pages');
const ASSENT_JS = join(import.meta.dirname, '../../packages/embed/dist/assent.js');
const GATED = `<script type="text/plain" data-category="analytics">window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;</script>`;

/** Serves `path` (a page that exists nowhere else) with the given `<head>` content and the gated tag. */
async function routePage(page: Page, path: string, head: string, lang = 'en') {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><title>Test</title>\n${head}\n${GATED}\n</head><body><p>Test</p></body></html>`,
    }),
  );
}
/** A JSON config block. */
const configBlock = (config: object) =>
  `<script type="application/json" data-assent-config>${JSON.stringify(config)}</script>`;
/** assent.js pasted into the page, as a site that inlines it does. */
const inlinedAssent = () =>
  `<script>${readFileSync(ASSENT_JS, 'utf8').replaceAll('</script', '<\\/script')}</script>`;

const banner = (page: Page) => page.locator('assent-banner');
const button = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true });
const analyticsRuns = (page: Page) =>
  page.evaluate(() => (window as unknown as { __analyticsRuns?: number }).__analyticsRuns ?? 0);

/** Records the requests for Assent's own files (by file name). */
function assentFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (name.startsWith('assent')) files.push(name);
  });
  return files;
}

async function decide(page: Page, context: BrowserContext, choice: 'Accept all' | 'Reject all') {
  await page.goto(ON_DEMAND);
  await button(page, choice).click();
  await expect(banner(page).getByRole('region')).toBeHidden();
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'assent')).toBe(true);
}

test('a first visit fetches the banner code while the page loads; a returning visitor fetches only assent.js', async ({
  page,
  context,
}) => {
  const files = assentFiles(page);
  await page.goto(ON_DEMAND);
  await expect(button(page, 'Reject all')).toBeVisible();
  expect(files).toEqual(['assent.js', 'assent.banner.js']);
  await button(page, 'Accept all').click();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'assent')).toBe(true);

  files.length = 0;
  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(700);
  expect(files).toEqual(['assent.js']);
  expect(await banner(page).count()).toBe(0);
  // Consent was applied without the banner's code.
  expect(await analyticsRuns(page)).toBe(1);
});

test('"Cookie settings" on a returning visit loads the banner code and opens the current choices; focus comes back', async ({
  page,
  context,
}) => {
  await decide(page, context, 'Reject all');
  const files = assentFiles(page);
  await page.reload();
  await page.waitForLoadState('load');
  expect(files).toEqual(['assent.js']);
  const link = page.getByRole('link', { name: 'Cookie settings' });
  await link.click();
  const dialog = banner(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(page.url()).toMatch(/embed-on-demand\.html$/); // the link did not navigate
  expect(files).toEqual(['assent.js', 'assent.banner.js']);
  await expect(dialog.getByRole('switch', { name: /analytics/i })).toHaveAttribute('aria-checked', 'false');
  await expect(dialog)
    .toBeFocused({ timeout: 1 })
    .catch(() => {}); // focus is somewhere inside:
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ASSENT-BANNER');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test('Assent.showPreferences() and a reset on a returning visit bring the banner code in', async ({
  page,
  context,
}) => {
  await decide(page, context, 'Accept all');
  await page.reload();
  await page.waitForLoadState('load');
  await page.evaluate(() =>
    (window as unknown as { Assent: { showPreferences(): void } }).Assent.showPreferences(),
  );
  await expect(banner(page).getByRole('dialog')).toBeVisible();

  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  expect(await banner(page).count()).toBe(0);
  await page.evaluate(() => (window as unknown as { Assent: { reset(): void } }).Assent.reset());
  await expect(button(page, 'Accept all')).toBeVisible();
  await expect(button(page, 'Reject all')).toBeVisible();
});

test('assent.banner.js missing: a clear console error, nothing optional runs, and the next request tries again', async ({
  page,
}) => {
  let available = false;
  await page.route('**/assent.banner.js', (route) =>
    available ? route.continue() : route.fulfill({ status: 404 }),
  );
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(ON_DEMAND);
  await expect
    .poll(() => errors.join('\n'))
    .toContain('Assent: assent.banner.js did not load, so the visitor cannot be asked');
  expect(await banner(page).count()).toBe(0);
  expect(await analyticsRuns(page)).toBe(0);
  expect(
    await page.evaluate(() =>
      (window as unknown as { Assent: { has(c: string): boolean } }).Assent.has('analytics'),
    ),
  ).toBe(false);

  available = true;
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = banner(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
});

test('assent.standalone.js needs no other file: banner, decision and gating work with assent.banner.js unreachable', async ({
  page,
}) => {
  const files = assentFiles(page);
  // The on-demand page with assent.standalone.js in place of assent.js.
  const html = readFileSync(join(PAGES, 'embed-on-demand.html'), 'utf8');
  await page.route(`**${STANDALONE}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html.replace('"/assent/assent.js"', '"/assent/assent.standalone.js"'),
    }),
  );
  await page.route('**/assent.banner.js', (route) => route.abort());
  await page.goto(STANDALONE);
  await button(page, 'Reject all').click();
  await expect(banner(page).getByRole('region')).toBeHidden();
  expect(await analyticsRuns(page)).toBe(0);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = banner(page).getByRole('dialog');
  await dialog.getByRole('switch', { name: /analytics/i }).click();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  await page.reload();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  expect(await banner(page).count()).toBe(0);
  expect(files).toContain('assent.standalone.js');
  expect(files).not.toContain('assent.banner.js');
  expect(files).not.toContain('assent.js');
});

test('assent.js inlined into the page: it says it cannot find assent.banner.js, and nothing optional runs', async ({
  page,
}) => {
  await routePage(page, '/inlined.html', configBlock({ categories: { analytics: {} } }) + inlinedAssent());
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/test/e2e/pages/inlined.html');
  await expect
    .poll(() => errors.join('\n'))
    .toContain('Assent: assent.js has no URL (inlined?), so it cannot find assent.banner.js.');
  // …followed by what to do about it.
  await expect.poll(() => errors.join('\n')).toContain('or at "assetsUrl", or use assent.standalone.js.');
  expect(await banner(page).count()).toBe(0);
  expect(await analyticsRuns(page)).toBe(0);
  // The API still works: a decision from code releases the gated tag.
  await page.evaluate(() => (window as unknown as { Assent: { acceptAll(): void } }).Assent.acceptAll());
  await expect.poll(() => analyticsRuns(page)).toBe(1);
});

test('assent.js inlined with "assetsUrl": the banner and the German pack come from that folder, and it works', async ({
  page,
  context,
}) => {
  await routePage(
    page,
    '/inlined-assets.html',
    configBlock({ assetsUrl: '/packages/embed/dist', categories: { analytics: {} } }) + inlinedAssent(),
    'de',
  );
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const files: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.split('/').pop()?.startsWith('assent')) files.push(url.pathname);
  });
  await page.goto('/test/e2e/pages/inlined-assets.html');
  // German, from <html lang="de">: the pack came from assetsUrl too.
  await expect(button(page, 'Alle ablehnen')).toBeVisible();
  expect(files.sort()).toEqual([
    '/packages/embed/dist/assent.banner.js',
    '/packages/embed/dist/assent.de.js',
  ]);
  expect(await analyticsRuns(page)).toBe(0);
  await button(page, 'Alle akzeptieren').click();
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'assent')).toBe(true);
  expect(errors).toEqual([]);
});

test('Assent.init() right after the tag on a first visit: assent.banner.js is loaded and run once, one banner', async ({
  page,
}) => {
  await routePage(
    page,
    '/init-after-tag.html',
    `${configBlock({ categories: { analytics: {} } })}
<script src="/assent/assent.js"></script>
<script>Assent.init({ layout: 'box' });</script>`,
  );
  const files = assentFiles(page);
  await page.goto('/test/e2e/pages/init-after-tag.html');
  await expect(button(page, 'Reject all')).toBeVisible();
  await page.waitForTimeout(500);
  expect(files).toEqual(['assent.js', 'assent.banner.js']);
  // Chromium answers a second element for the same URL from the first request, but runs it again:
  // count the elements, each of which runs the file.
  expect(await page.locator('script[src$="/assent.banner.js"]').count()).toBe(1);
  expect(await banner(page).count()).toBe(1);
  // The second config is the one in force: a corner box (at most 400 px wide), not a full-width bar.
  const region = banner(page).getByRole('region');
  await expect(region).toBeVisible();
  expect((await region.boundingBox())!.width).toBeLessThanOrEqual(400);
});
