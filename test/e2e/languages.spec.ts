// Every visitor's language: the packs as visitors meet them through assent.js. The longest packs
// and every right-to-left one keep their buttons whole at 320 px and on a desktop, "Reject all" is
// exactly as large as "Accept all", and the banner passes axe in scripts other than Latin.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './pages/banner-helpers';

const PATH = '/test/e2e/pages/languages.html';

/** Serves a page whose config asks for `language`, with assent.js and its pack from /assent/. */
async function open(page: Page, language: string) {
  await page.route(`**${PATH}*`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Languages</title>
<script type="application/json" data-assent-config>${JSON.stringify({ language, categories: { analytics: {}, functional: {} } })}</script>
<script src="/assent/assent.js"></script></head><body><main><h1>Shop</h1></main></body></html>`,
    }),
  );
  await page.goto(`${PATH}?${language}`);
  await expect(page.locator('assent-banner').getByRole('region')).toBeVisible();
}

/** Buttons of the open layer whose text does not fit their box. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('assent-banner')!.shadowRoot!;
    return [...root.querySelectorAll('button')]
      .filter((b) => b.offsetParent !== null)
      .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
      .map((b) => b.textContent);
  });

const box = async (page: Page, index: number) =>
  (await page.locator('assent-banner').getByRole('region').getByRole('button').nth(index).boundingBox())!;

const LONGEST = ['de', 'fi', 'hu', 'el', 'ga', 'pt', 'ru'];
const RTL = ['ar', 'he', 'fa'];

for (const language of [...LONGEST, ...RTL])
  for (const [name, viewport] of [
    ['320 px', { width: 320, height: 640 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const)
    test(`${language}, ${name}: every button whole, "Reject all" the size of "Accept all"`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await open(page, language);
      const dir = await page.locator('assent-banner [lang]').first().getAttribute('dir');
      expect(dir).toBe(RTL.includes(language) ? 'rtl' : 'ltr');
      expect(await overflowing(page)).toEqual([]);
      const [accept, reject, customize] = [await box(page, 0), await box(page, 1), await box(page, 2)];
      expect(Math.abs(accept.width - reject.width)).toBeLessThan(1);
      expect(Math.abs(accept.height - reject.height)).toBeLessThan(1);
      // In the desktop bar the three buttons share one row, each the same size.
      if (name === 'desktop') expect(Math.abs(customize.width - accept.width)).toBeLessThan(1);
      await page.locator('assent-banner').getByRole('region').getByRole('button').nth(2).click();
      await expect(page.locator('assent-banner').getByRole('dialog')).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
    });

for (const language of ['ar', 'he', 'zh-Hans', 'ja'])
  test(`axe: ${language}, first layer and preferences, with lang set on the banner`, async ({ page }) => {
    await open(page, language);
    expect(await page.locator('assent-banner [lang]').first().getAttribute('lang')).toBe(language);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('assent-banner').getByRole('region').getByRole('button').nth(2).click();
    await expect(page.locator('assent-banner').getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
