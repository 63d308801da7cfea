// Shared helpers of the banner browser specs (kept here: test/e2e/pages/banner* is the banner's folder).
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { BannerOptions } from '../../../packages/banner/src/index';
import type { ConsentConfig } from '../../../packages/core/src/index';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
export const PAGE = '/test/e2e/pages/banner.html';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A config with services and cookies, so the dialog has everything to show. */
export const FULL_CONFIG: ConsentConfig = {
  privacyPolicyUrl: '/privacy',
  categories: {
    analytics: {
      services: {
        ga4: {
          label: 'Google Analytics 4',
          description: 'Counts visits and pages.',
          cookies: [
            { name: '_ga', purpose: 'Tells visitors apart', lifetime: '2 years' },
            { name: '_ga_*', purpose: 'Keeps the session', lifetime: '2 years' },
          ],
        },
      },
    },
    advertising: {
      services: {
        meta: {
          label: 'Meta Pixel',
          cookies: [{ name: '_fbp', purpose: 'Ad measurement', lifetime: '3 months' }],
        },
      },
    },
  },
};

/** Opens a page and mounts the banner through the harness. */
export async function mountOn(
  page: Page,
  config: ConsentConfig = {},
  options: BannerOptions = {},
  path = PAGE,
) {
  await page.goto(path);
  const args: [ConsentConfig, BannerOptions] = [config, options];
  await page.evaluate(
    (a: [ConsentConfig, BannerOptions]) => window.bannerHarness.mount(a[0], a[1]),
    args as never,
  );
}

/** Runs axe-core (WCAG 2.x A/AA tags) on the whole page, shadow roots included; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    // Colour contrast is measured on the settled banner, not during its 0.2 s fade-in: two frames
    // (so a just-started animation is registered), then every running animation in its shadow root.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const root = document.querySelector('assent-banner')?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished.catch(() => undefined)));
    const result = await (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
          }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
  }, WCAG_TAGS);
}

/** Description of the focused element, looking into shadow roots. */
export function activeInfo(page: Page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    let inBanner = false;
    while (a?.shadowRoot?.activeElement) {
      if (a.tagName === 'ASSENT-BANNER') inBanner = true;
      a = a.shadowRoot.activeElement;
    }
    const style = a ? getComputedStyle(a) : null;
    return {
      inBanner,
      text: a?.textContent?.trim() ?? '',
      label: a?.getAttribute('aria-label') ?? '',
      tag: a?.tagName ?? '',
      id: a?.id ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}
