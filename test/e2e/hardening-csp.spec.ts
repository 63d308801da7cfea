// Strict CSP (docs/security.md, "Strict CSP"): with script-src/style-src 'self' (no 'unsafe-inline',
// no 'unsafe-eval') every part of Assent works, styled, with zero violation reports; with a
// nonce-based policy, gated inline scripts run only when the site gave them the nonce.
import { expect, type Page, test } from '@playwright/test';
import { banner, gatedRuns } from './pages/hostile-helpers';

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const reports = async (page: Page) => {
  const raw = (await (await page.request.get('/__csp-report')).json()) as string[];
  return raw.map((r) => JSON.parse(r)['csp-report'] as Record<string, string>);
};

test("script-src/style-src 'self': modal, preferences, language pack, placeholder, floating button; zero reports", async ({
  page,
}) => {
  await page.request.delete('/__csp-report');
  await page.goto('/test/e2e/pages/hostile-csp.html');
  // The German pack (assent.de.js, loaded next to assent.js) ran: the banner speaks German.
  const dialog = banner(page).getByRole('dialog', { name: 'Ihre Privatsphäre ist uns wichtig' });
  await expect(dialog).toBeVisible();
  const accept = dialog.getByRole('button', { name: 'Alle akzeptieren' });
  const look = await accept.evaluate((b) => {
    const s = getComputedStyle(b);
    const overlay = getComputedStyle(b.closest('[role=dialog]')!.parentElement!);
    return { bg: s.backgroundColor, minHeight: s.minHeight, overlay: overlay.position };
  });
  expect(look).toEqual({ bg: 'rgb(10, 102, 64)', minHeight: '44px', overlay: 'fixed' }); // themeVars applied
  // The iframe waits behind its placeholder (built with DOM APIs: nothing for the CSP to block).
  await expect(page.locator('[data-assent-placeholder]')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Anpassen' }).click();
  const prefs = banner(page).getByRole('dialog', { name: 'Datenschutz-Einstellungen' });
  await expect(prefs).toBeVisible();
  await prefs.getByRole('switch').first().click();
  await prefs.getByRole('button', { name: 'Auswahl speichern' }).click();
  await expect(prefs).toBeHidden();
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 0, external: 1 });
  // Re-open through the page's own link, then allow the iframe from its placeholder.
  await page.getByRole('button', { name: 'Cookie-Einstellungen' }).click();
  await expect(prefs).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prefs).toBeHidden();
  await page.locator('[data-assent-placeholder] button').click();
  await expect(page.locator('iframe')).toHaveAttribute('src', '/test/e2e/pages/hostile-frame.html');
  await expect(banner(page).getByRole('button', { name: 'Datenschutz-Einstellungen' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await violations(page)).toEqual([]);
  expect(await reports(page)).toEqual([]);
});

test('nonce policy: only the gated scripts the site gave the nonce run; injected ones are blocked', async ({
  page,
}) => {
  await page.request.delete('/__csp-report');
  await page.goto('/test/e2e/pages/hostile-csp-nonce.html');
  const accept = banner(page).getByRole('button', { name: 'Alle akzeptieren' }); // assent.de.js got the nonce
  await expect(accept).toBeVisible();
  const ran = () =>
    page.evaluate(() => {
      const w = window as unknown as Record<string, number | undefined>;
      return {
        withNonce: w.__withNonce ?? 0,
        external: w.__externalGated ?? 0,
        injected: w.__injected ?? 0,
        injectedEssential: w.__injectedEssential ?? 0,
      };
    });
  await page.waitForTimeout(200);
  expect(await ran()).toEqual({ withNonce: 0, external: 0, injected: 0, injectedEssential: 0 });
  await accept.click();
  await expect.poll(ran).toEqual({ withNonce: 1, external: 1, injected: 0, injectedEssential: 0 });
  // The only violations are the two injected inline scripts; Assent's own scripts and styles pass.
  await expect.poll(async () => (await violations(page)).length).toBe(2);
  for (const v of await violations(page)) expect(v).toMatch(/^script-src-elem inline window\.__injected/);
  await expect.poll(async () => (await reports(page)).length).toBe(2);
  for (const r of await reports(page))
    expect(r).toMatchObject({
      'blocked-uri': 'inline',
      'script-sample': expect.stringMatching(/^window\.__injected/),
    });
});
