// The npm example (examples/npm): a site's own settings page driven by the store.
import { expect, test } from '@playwright/test';

test('the settings page reads the store and writes to it; the banner agrees', async ({ page, context }) => {
  await page.goto('/npm/');
  const banner = page.locator('assent-banner');
  await expect(banner.getByRole('button', { name: 'Accept all', exact: true })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('checkbox', { name: /Statistics/ })).not.toBeChecked();
  await expect(main.getByRole('checkbox', { name: /Essential|essential/ })).toBeDisabled();
  await main.getByRole('checkbox', { name: /Statistics/ }).check();
  await main.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').first()).toContainText('custom, from settings-page');
  // The banner closes because a decision now exists: one store, one direction.
  await expect(banner.getByRole('button', { name: 'Accept all', exact: true })).toBeHidden();
  await expect
    .poll(async () => (await context.cookies()).find((c) => c.name === 'assent_app')?.value)
    .toMatch(/analytics:1\+advertising:0\+functional:0$/);
  await page.reload();
  await expect(main.getByRole('checkbox', { name: /Statistics/ })).toBeChecked();
  await main.getByRole('button', { name: 'Forget my choice' }).click();
  await expect(banner.getByRole('button', { name: 'Accept all', exact: true })).toBeVisible();
  await expect(main.getByRole('checkbox', { name: /Statistics/ })).not.toBeChecked();
});
