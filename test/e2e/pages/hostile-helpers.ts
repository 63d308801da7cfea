// Shared by test/e2e/hardening-*.spec.ts: reading the page's Assent state, the banner, and what the
// gated fixture scripts did.
import { type BrowserContext, expect, type Page } from '@playwright/test';

/** The state fields the hardening tests look at. */
export interface SeenState {
  decided: boolean;
  categories: Record<string, boolean>;
  saved: boolean;
  saveError: string | null;
  configError: string | null;
  id: string | null;
}

export const HOSTILE = '/test/e2e/pages/hostile.html';

export const banner = (page: Page) => page.locator('assent-banner');
export const firstLayer = (page: Page) => banner(page).getByRole('region', { name: 'Cookie consent' });
export const button = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true });

/** `Assent.get()` of the page. */
export const assentState = (page: Page) =>
  page.evaluate(() => (window as unknown as { Assent: { get(): SeenState | null } }).Assent.get());

/** How often the gated fixture scripts ran (inline, external). */
export const gatedRuns = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __inlineGated?: number; __externalGated?: number };
    return { inline: w.__inlineGated ?? 0, external: w.__externalGated ?? 0 };
  });

/** Consent Mode commands on the page's dataLayer, as plain arrays. */
export const consentCommands = (page: Page) =>
  page.evaluate(() =>
    Array.from((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? [])
      .map((entry) => Array.from(entry))
      .filter((entry) => entry[0] === 'consent'),
  );

/** Records every request of the context that leaves 127.0.0.1, and refuses it. */
export async function recordOffsiteRequests(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    seen.push(url.href);
    return route.abort('blockedbyclient');
  });
  return seen;
}

/**
 * The core promise on a hostile page: the banner is shown, nothing gated ran before the decision,
 * "Accept all" runs every gated script exactly once and the decision is kept.
 */
export async function expectWorkingPage(page: Page, url = HOSTILE) {
  await page.goto(url);
  await expect(firstLayer(page)).toBeVisible();
  await page.waitForTimeout(150);
  expect(await gatedRuns(page)).toEqual({ inline: 0, external: 0 });
  await button(page, 'Accept all').click();
  await expect(firstLayer(page)).toBeHidden();
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
}
