import { expect, test } from '@playwright/test';
import { activeInfo, FULL_CONFIG, mountOn, PAGE } from './pages/banner-helpers';

test('Tab reaches the bar first, focus is visible, and the bar does not trap focus', async ({ page }) => {
  await mountOn(page, FULL_CONFIG);
  await page.keyboard.press('Tab');
  const first = await activeInfo(page);
  expect(first).toMatchObject({ inBanner: true, text: 'Privacy policy' });
  await page.keyboard.press('Tab');
  const accept = await activeInfo(page);
  expect(accept).toMatchObject({ inBanner: true, text: 'Accept all' });
  expect(accept.outline).toBe('solid 3px');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await activeInfo(page)).toMatchObject({ inBanner: true, text: 'Customize' });
  await page.keyboard.press('Tab');
  expect(await activeInfo(page)).toMatchObject({ inBanner: false, text: 'Skip to content' });
});

test('the modal layout traps focus and Escape does not decide', async ({ page }) => {
  await mountOn(page, FULL_CONFIG, { layout: 'modal' });
  const seen = new Set<string>();
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
    const info = await activeInfo(page);
    expect(info.inBanner).toBe(true);
    seen.add(info.text);
  }
  expect(seen).toEqual(new Set(['Privacy policy', 'Accept all', 'Reject all', 'Customize']));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'We value your privacy' })).toBeVisible();
  expect((await page.evaluate(() => window.bannerHarness.state()))!.decided).toBe(false);
  // The page behind is inert while the modal is up.
  expect(await page.locator('main').getAttribute('inert')).toBe('');
});

test('Customize by keyboard: the dialog traps focus, Escape closes it and focus returns', async ({
  page,
}) => {
  await mountOn(page, FULL_CONFIG);
  await page.getByRole('button', { name: 'Customize' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect((await activeInfo(page)).inBanner).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await activeInfo(page)).toMatchObject({ inBanner: true, text: 'Customize' });
  expect(await page.locator('main').getAttribute('inert')).toBeNull();
});

test('switches work with Space and the choice is saved from the keyboard', async ({ page }) => {
  await mountOn(page, FULL_CONFIG);
  await page.getByRole('button', { name: 'Customize' }).click();
  const analytics = page.getByRole('switch', { name: 'Analytics' });
  await analytics.focus();
  await page.keyboard.press('Space');
  await expect(analytics).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Save choices' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Preferences saved');
  const state = await page.evaluate(() => window.bannerHarness.state());
  expect(state).toMatchObject({ decided: true, source: 'preferences' });
  expect(state!.categories).toEqual({ essential: true, analytics: true, advertising: false });
});

test('a page link with data-assent-open re-opens the dialog; focus returns to it', async ({ page }) => {
  await mountOn(page, FULL_CONFIG);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect(page.getByRole('region', { name: 'Cookie consent' })).toBeHidden();
  const link = page.getByRole('link', { name: 'Cookie settings' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(page.url()).toContain('/banner.html');
  await page.keyboard.press('Escape');
  expect(await activeInfo(page)).toMatchObject({ inBanner: false, text: 'Cookie settings' });
});

test('focused page content is never hidden behind the bar (2.4.11)', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await mountOn(page, FULL_CONFIG);
  const bar = (await page.getByRole('region', { name: 'Cookie consent' }).boundingBox())!;
  for (const id of ['late', 'last-link']) {
    await page.locator(`#${id}`).focus();
    const box = (await page.locator(`#${id}`).boundingBox())!;
    // Fully visible above the bar, not just partly.
    expect(box.y + box.height, id).toBeLessThanOrEqual(bar.y);
  }
  // Tabbing (not scripted focus) also scrolls page content clear of the bar.
  await page.getByRole('link', { name: 'Second link' }).focus();
  await page.keyboard.press('Tab');
  const late = (await page.locator('#late').boundingBox())!;
  expect(late.y + late.height).toBeLessThanOrEqual(bar.y);
});

test('no layout shift on the host page (CLS 0) through show, dialog and decision', async ({ page }) => {
  await page.goto(PAGE);
  await page.waitForTimeout(300);
  await page.evaluate((c) => window.bannerHarness.mount(c, { floatingButton: true }), FULL_CONFIG);
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Customize' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.bannerHarness.cls())).toBe(0);
});

test('a returning visitor gets no host element and no rendering', async ({ page }) => {
  await mountOn(page);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await page.reload();
  expect(await page.evaluate(() => window.bannerHarness.mount({}, {}))).toBe(false);
  expect(await page.evaluate(() => window.bannerHarness.hasHost())).toBe(false);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('another tab: a reset shows the first layer again, a decision hides it', async ({ page, context }) => {
  await mountOn(page);
  await page.getByRole('button', { name: 'Reject all' }).click();
  const region = page.getByRole('region', { name: 'Cookie consent' });
  await expect(region).toBeHidden();
  const other = await context.newPage();
  await other.goto(PAGE);
  await other.evaluate(() => {
    window.bannerHarness.mount({}, {});
    window.bannerHarness.reset();
  });
  // Core's cross-tab channel (BroadcastChannel) tells this tab; no event is faked here.
  await expect(region).toBeVisible();
  await other.evaluate(() => window.bannerHarness.acceptAll());
  await expect(region).toBeHidden();
  await other.close();
});

test('prefers-reduced-motion turns the entrance animation off', async ({
  page,
  browserName,
  playwright,
  launchOptions,
  channel,
  baseURL,
}) => {
  // Playwright's Firefox (WebDriver BiDi) path ignores emulateMedia({ reducedMotion }): there the
  // visitor's own Firefox setting (ui.prefersReducedMotion) is used, in a browser of its own.
  const own =
    browserName === 'firefox'
      ? await playwright.firefox.launch({
          ...launchOptions,
          channel,
          firefoxUserPrefs: { ...launchOptions.firefoxUserPrefs, 'ui.prefersReducedMotion': 1 },
        })
      : null;
  const target = own ? await (await own.newContext({ baseURL })).newPage() : page;
  if (!own) await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await mountOn(target);
    expect(await target.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const name = await target
      .getByRole('region', { name: 'Cookie consent' })
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(name).toBe('none');
  } finally {
    await own?.close();
  }
});
