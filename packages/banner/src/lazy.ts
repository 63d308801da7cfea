/**
 * `@assent/banner/lazy`: the banner for npm users who want to pay for it only when it is needed,
 * as the script tag does. Importing this entry brings no Preact and no banner code; they are
 * fetched (a dynamic `import()`, which bundlers split into its own chunk) only when the visitor
 * must be asked, opens the preferences, or clicks a `[data-assent-open]` element.
 */
import type { ConsentStore } from '@assent/core';
import type { mountBanner } from './mount-banner';
import { openTrigger } from './open-trigger';
import type { BannerController, BannerOptions } from './types';

/** `mountBanner`, from its own chunk. */
export const loadBanner = (): Promise<typeof mountBanner> =>
  import('./mount-banner').then((m) => m.mountBanner);

/** What {@link mountBannerWhenNeeded} returns. */
export interface LazyBannerHandle {
  /** The banner once mounted (`null` before, or when it could not load). */
  readonly banner: () => BannerController | null;
  /** Resolves with the banner when it mounts (never, if nothing ever has to be shown). */
  readonly ready: Promise<BannerController>;
  /** Stops waiting, and removes the banner if it was mounted. */
  destroy(): void;
}

/**
 * Mounts the banner as soon as something must be shown: at once for a visitor who must be asked,
 * else on `store.showPreferences()` or a click on a `[data-assent-open]` element (then the
 * preferences open). A returning visitor who opens nothing downloads nothing.
 * @example
 * const store = createConsent(config);
 * mountBannerWhenNeeded(store, { layout: 'box' });
 */
export function mountBannerWhenNeeded(store: ConsentStore, options: BannerOptions = {}): LazyBannerHandle {
  let banner: BannerController | null = null;
  let loading: Promise<BannerController> | null = null;
  let done = false;
  let resolveReady: (b: BannerController) => void = () => {};
  const ready = new Promise<BannerController>((r) => (resolveReady = r));
  const mount = (opener?: HTMLElement | null) => {
    loading ??= loadBanner().then((make) => {
      if (done) return Promise.reject(new Error('destroyed'));
      banner = make(store, options);
      resolveReady(banner);
      return banner;
    });
    if (opener !== undefined) loading.then((b) => b.showPreferences(opener)).catch(() => {});
  };
  const onClick = (event: MouseEvent) => {
    const trigger = openTrigger(event);
    if (!trigger || banner) return; // once mounted, the banner answers these clicks itself
    event.preventDefault();
    mount(trigger);
  };
  const stop = store.onShowPreferences(() => banner || mount(null));
  document.addEventListener('click', onClick);
  if (!store.getState().decided && !store.getState().configError) mount();
  return {
    banner: () => banner,
    ready,
    destroy() {
      done = true;
      stop();
      document.removeEventListener('click', onClick);
      banner?.destroy();
      banner = null;
    },
  };
}
