// The language menu of the preferences dialog, as a visitor meets it through assent.js: the site
// offers English, German and Arabic (`languages`); a pick re-renders the banner in place (its pack
// file loaded on demand), is kept for the visit (a reload stays German), switches the writing
// direction for Arabic, passes axe with the menu shown, and each receipt records the language shown.
import { expect, type Page, test } from '@playwright/test';
import { ar } from '../../packages/banner/src/i18n/ar';
import { de } from '../../packages/banner/src/i18n/de';
import { activeInfo, axeViolations } from './pages/banner-helpers';

const PATH = '/test/e2e/pages/language-menu.html';
const CONFIG = {
  languages: ['en', 'de', 'ar'],
  categories: { analytics: {}, advertising: {} },
  receipts: { endpoint: '/ledger/receipts' },
};

/** Serves a page with the config in a JSON block and assent.js from the build; records posted receipts. */
async function open(page: Page) {
  const posted: Array<Record<string, unknown>> = [];
  const files: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname));
  await page.route('**/ledger/receipts', (route) => {
    const body = route.request().postDataJSON();
    posted.push(...(Array.isArray(body) ? body : [body]));
    return route.fulfill({ status: 201, contentType: 'application/json', body: '{"stored":1}' });
  });
  await page.route(`**${PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Language menu</title>
<script type="application/json" data-assent-config>${JSON.stringify(CONFIG)}</script>
<script src="/assent/assent.js"></script></head><body><main><h1>Shop</h1></main></body></html>`,
    }),
  );
  await page.goto(PATH);
  return { posted, files };
}

const banner = (page: Page) => page.locator('assent-banner');
const dialog = (page: Page) => banner(page).getByRole('dialog');
const menu = (page: Page) => dialog(page).getByRole('combobox');
const wrapper = (page: Page) => banner(page).locator('[lang]').first();
const openPreferences = async (page: Page) => {
  await banner(page).getByRole('region').getByRole('button').nth(2).click();
  await expect(dialog(page)).toBeVisible();
};

test('pick Deutsch, reload, pick العربية, decide: German, still German, right to left, recorded', async ({
  page,
}) => {
  const { posted, files } = await open(page);
  // An English browser on an English page: English, which the site offers.
  await expect(banner(page).getByRole('button', { name: 'Reject all', exact: true })).toBeVisible();
  await openPreferences(page);
  await expect(menu(page)).toHaveAccessibleName('Language');
  expect(await menu(page).locator('option').allTextContents()).toEqual(['English', 'Deutsch', 'العربية']);
  await expect(menu(page)).toHaveValue('en');

  await menu(page).focus();
  await menu(page).selectOption('de');
  await expect(dialog(page)).toHaveAccessibleName(de.preferencesTitle!);
  await expect(dialog(page).getByRole('button', { name: de.save! })).toBeVisible();
  await expect(wrapper(page)).toHaveAttribute('lang', 'de');
  expect(files).toContain('/assent/assent.de.js');
  // Focus stays on the menu, now named in German.
  expect(await activeInfo(page)).toMatchObject({ inBanner: true, tag: 'SELECT' });
  await expect(menu(page)).toHaveAccessibleName(de.languageMenu!);
  expect(await axeViolations(page)).toEqual([]);

  // The next page of the visit: German from the start.
  await page.reload();
  await expect(banner(page).getByRole('button', { name: de.rejectAll!, exact: true })).toBeVisible();
  await expect(banner(page).getByRole('button', { name: de.acceptAll!, exact: true })).toBeVisible();
  await openPreferences(page);
  await expect(menu(page)).toHaveValue('de');

  await menu(page).selectOption('ar');
  await expect(wrapper(page)).toHaveAttribute('dir', 'rtl');
  await expect(wrapper(page)).toHaveAttribute('lang', 'ar');
  await expect(dialog(page)).toHaveAccessibleName(ar.preferencesTitle!);
  await menu(page).focus();
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page);

  await dialog(page).getByRole('button', { name: ar.acceptAll!, exact: true }).click();
  await expect.poll(() => posted.length).toBe(1);
  // Firefox does not show Playwright the body of a keepalive request (null); the log below has it.
  if (posted[0] !== null)
    expect(posted[0]).toMatchObject({ action: 'accept-all', source: 'preferences', language: 'ar' });
  const receipts = await page.evaluate(() =>
    (
      window as unknown as {
        Assent: {
          getReceipts(): Promise<Array<{ language: string | null; action: string; source: string }>>;
        };
      }
    ).Assent.getReceipts(),
  );
  expect(receipts.map(({ action, source, language }) => ({ action, source, language }))).toEqual([
    { action: 'accept-all', source: 'preferences', language: 'ar' },
  ]);
});

/** With ASSENT_SCREENSHOTS=<folder>: the dialog with its menu, desktop and 320 px, light and dark. */
async function shoot(page: Page) {
  if (!process.env.ASSENT_SCREENSHOTS) return;
  for (const lang of ['ar', 'de'])
    for (const [name, size] of [
      ['desktop', { width: 1280, height: 800 }],
      ['320', { width: 320, height: 640 }],
    ] as const)
      for (const scheme of ['light', 'dark'] as const) {
        await menu(page).selectOption(lang);
        await menu(page).focus();
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({
          path: `${process.env.ASSENT_SCREENSHOTS}/language-menu-${lang}-${name}-${scheme}.png`,
        });
      }
  await menu(page).selectOption('ar');
}
