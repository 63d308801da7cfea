// Browser-test entry for @assent/banner: exposes window.bannerHarness (bundled by global-setup.ts).
// The repo root does not depend on the workspace packages, so they are imported by path here; the
// banner itself still imports `@assent/core` by name (both resolve to the same source file).

import { ar } from '../../../packages/banner/src/i18n/ar';
import { de } from '../../../packages/banner/src/i18n/de';
import { es } from '../../../packages/banner/src/i18n/es';
import { fr } from '../../../packages/banner/src/i18n/fr';
import { type BannerController, type BannerOptions, mountBanner } from '../../../packages/banner/src/index';
import { type ConsentConfig, type ConsentStore, createConsent } from '../../../packages/core/src/index';

const layoutShifts: number[] = [];
if (
  typeof PerformanceObserver === 'function' &&
  PerformanceObserver.supportedEntryTypes?.includes('layout-shift')
)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<
      PerformanceEntry & { value: number; hadRecentInput: boolean }
    >)
      if (!entry.hadRecentInput) layoutShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });

let store: ConsentStore | null = null;
let banner: BannerController | null = null;

const harness = {
  /** Creates a store and mounts the banner; the German, French, Spanish and Arabic packs are always offered. */
  mount(config: ConsentConfig = {}, options: BannerOptions = {}) {
    harness.destroy();
    store = createConsent(config);
    banner = mountBanner(store, { ...options, languages: { de, fr, es, ar } });
    return banner.element !== null;
  },
  destroy() {
    banner?.destroy();
    store?.destroy();
    banner = store = null;
  },
  state: () => store?.getState(),
  showPreferences: () => store?.showPreferences(),
  reset: () => store?.reset(),
  acceptAll: () => store?.acceptAll({ source: 'api' }),
  hasHost: () => document.querySelector('assent-banner') !== null,
  /** Sum of layout-shift scores (CLS without session windows). */
  cls: () => layoutShifts.reduce((a, b) => a + b, 0),
};

declare global {
  interface Window {
    bannerHarness: typeof harness;
    bannerAutoMount?: { config?: ConsentConfig; options?: BannerOptions };
  }
}
window.bannerHarness = harness;
if (window.bannerAutoMount) harness.mount(window.bannerAutoMount.config, window.bannerAutoMount.options);
