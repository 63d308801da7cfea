import { expect, test } from '@playwright/test';
import { axeViolations, FULL_CONFIG, mountOn } from './pages/banner-helpers';

for (const layout of ['bar', 'box', 'modal'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${layout} layout, ${scheme}: first layer and preferences have no violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await mountOn(page, FULL_CONFIG, { layout });
      await expect(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Customize' }).click();
      await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
      for (const summary of await page.locator('summary').all()) await summary.click();
      await expect(page.getByText('_fbp')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('axe: opt-out notice with GPC, floating button, explicit dark theme', async ({ page }) => {
  await mountOn(
    page,
    { ...FULL_CONFIG, mode: 'opt-out', gpc: true },
    { theme: 'dark', floatingButton: true },
  );
  await expect(page.getByText(/Global Privacy Control detected/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('button', { name: 'Privacy preferences' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe: Arabic (right to left) in both layers', async ({ page }) => {
  await mountOn(page, FULL_CONFIG, { language: 'ar', layout: 'box' });
  // The banner's root element inside the shadow root carries the language and direction.
  const root = page.locator('assent-banner [lang]');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'تخصيص' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a hostile host stylesheet cannot hide or restyle the banner', async ({ page }) => {
  await mountOn(page, FULL_CONFIG, {}, '/test/e2e/pages/banner-hostile.html');
  const accept = page.getByRole('button', { name: 'Accept all' });
  await expect(accept).toBeVisible();
  const box = await accept.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(24);
  expect(box!.width).toBeGreaterThanOrEqual(24);
  const style = await accept.evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontFamily, transform: s.textTransform, dir: s.direction, bg: s.backgroundColor };
  });
  expect(style.font).not.toContain('Comic');
  expect(style.transform).toBe('none');
  expect(style.dir).toBe('ltr');
  expect(style.bg).toBe('rgb(26, 86, 219)');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('switch', { name: 'Analytics' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('targets are at least 24×24 px at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await mountOn(page, FULL_CONFIG);
  for (const button of await page.locator('assent-banner').getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  }
  // Nothing overflows horizontally at 320 px (reflow, 1.4.10).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(320);
  const card = await page.getByRole('region', { name: 'Cookie consent' }).boundingBox();
  expect(card!.height).toBeLessThan(640 * 0.6);
});

test('axe does look inside the shadow root (a low-contrast theme is caught)', async ({ page }) => {
  await mountOn(page, FULL_CONFIG, { theme: 'light', themeVars: { text: '#bbb' } });
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('color-contrast') && v.includes('assent-banner'))).toBe(true);
});
