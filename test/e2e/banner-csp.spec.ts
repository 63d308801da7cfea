import { expect, test } from '@playwright/test';

test('under a strict CSP (no unsafe-inline) the banner is styled and nothing is blocked', async ({
  page,
}) => {
  const response = await page.goto('/test/e2e/pages/banner-csp.html');
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
  const accept = page.getByRole('button', { name: 'Accept all' });
  await expect(accept).toBeVisible();
  const style = await accept.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, radius: s.borderTopLeftRadius, minHeight: s.minHeight };
  });
  // themeVars.accent (#0b6e4f) reached the constructed sheet; the base sheet applied too.
  expect(style).toEqual({ bg: 'rgb(11, 110, 79)', radius: '7.92px', minHeight: '44px' });
  const position = await page
    .getByRole('region', { name: 'Cookie consent' })
    .evaluate((el) => getComputedStyle(el).position);
  expect(position).toBe('fixed');
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  );
});
