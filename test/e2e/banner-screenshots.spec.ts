// Writes docs/screenshots/*.png for review and the docs. Run on demand:
//   ASSENT_SCREENSHOTS=1 pnpm exec playwright test test/e2e/banner-screenshots.spec.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FULL_CONFIG, mountOn } from './pages/banner-helpers';

const OUT = join(import.meta.dirname, '../../docs/screenshots');
const DEVICES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;

test.skip(!process.env.ASSENT_SCREENSHOTS, 'set ASSENT_SCREENSHOTS=1 to write docs/screenshots');
test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

for (const [device, viewport] of Object.entries(DEVICES)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots: ${device}, ${scheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const layout of ['bar', 'box', 'modal'] as const) {
        await mountOn(page, FULL_CONFIG, { layout });
        await expect(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
        await page.screenshot({ path: join(OUT, `banner-${layout}-${scheme}-${device}.png`) });
      }
      await page.getByRole('button', { name: 'Customize' }).click();
      await page.getByRole('switch', { name: 'Analytics' }).click();
      await page.locator('summary').first().click();
      await page.getByRole('switch', { name: 'Analytics' }).focus();
      await page.screenshot({ path: join(OUT, `preferences-${scheme}-${device}.png`) });
      await mountOn(page, { ...FULL_CONFIG, mode: 'opt-out', gpc: true }, { layout: 'box' });
      await page.screenshot({ path: join(OUT, `banner-optout-gpc-${scheme}-${device}.png`) });
      await mountOn(page, FULL_CONFIG, { language: 'ar' });
      await page.screenshot({ path: join(OUT, `banner-bar-ar-${scheme}-${device}.png`) });
    });
  }
}

test('screenshot: 320 px phone, German (longest labels)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await mountOn(page, FULL_CONFIG, { language: 'de' });
  await page.screenshot({ path: join(OUT, 'banner-bar-de-light-320.png') });
  await page.getByRole('button', { name: 'Anpassen' }).click();
  await page.screenshot({ path: join(OUT, 'preferences-de-light-320.png') });
});
