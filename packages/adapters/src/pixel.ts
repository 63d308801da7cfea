import type { ConsentStore } from '@assent/core';
import { allGranted, parseCategories } from './internal/categories';
import { report } from './internal/report';
import { loadScript } from './load-script';
import type { Adapter } from './types';

/** Options of {@link createPixel}: the pattern every tracking pixel adapter follows. */
export interface PixelOptions {
  /** Name used in error messages, e.g. `"metaPixel"`. */
  name: string;
  /** Category (or space-separated list, all needed) that gates the pixel. */
  category: string | readonly string[];
  /** The vendor script, requested only once the category is granted (once per page). */
  src: string;
  /** CSP nonce for the script element. */
  nonce?: string;
  /**
   * Runs synchronously at connect, granted or not: install the vendor's queue stub and queue the
   * calls that must come first (consent revoke, init, page view). Calls queue until `src` loads.
   */
  setup?: (granted: boolean, store: ConsentStore) => void;
  /** Runs when the category becomes granted after connect (the script load starts right after). */
  onGrant?: (store: ConsentStore) => void;
  /** Runs when the category is withdrawn after connect. */
  onRevoke?: (store: ConsentStore) => void;
}

/**
 * Builds a pixel adapter: stub and pre-init calls at connect, the vendor script only after consent,
 * grant/revoke hooks on later changes. Errors in hooks and failed downloads are reported, never thrown.
 *
 * @param options - name, category, script URL and hooks.
 * @returns an adapter for `connect()`.
 * @example
 * const tiktok = createPixel({
 *   name: 'tiktok', category: 'advertising', src: 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=ID',
 *   setup: (granted) => { installTtqStub(); if (!granted) ttq.holdConsent(); ttq.load('ID'); ttq.page(); },
 *   onGrant: () => ttq.grantConsent(), onRevoke: () => ttq.revokeConsent(),
 * });
 */
export function createPixel(options: PixelOptions): Adapter {
  const categories = parseCategories(options.category);
  if (categories.length === 0) throw new TypeError(`Assent ${options.name}: a category is needed.`);
  if (typeof options.src !== 'string' || !options.src)
    throw new TypeError(`Assent ${options.name}: src (the vendor script URL) is needed.`);
  return (store) => {
    const guard = (fn: (() => void) | undefined) => {
      try {
        fn?.();
      } catch (error) {
        report(error);
      }
    };
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      loadScript(options.src, { ...(options.nonce ? { nonce: options.nonce } : {}) }).catch(report);
    };
    let granted = allGranted(store, categories);
    guard(options.setup && (() => options.setup?.(granted, store)));
    if (granted) load();
    return store.subscribe(() => {
      const now = allGranted(store, categories);
      if (now === granted) return;
      granted = now;
      if (now) {
        guard(options.onGrant && (() => options.onGrant?.(store)));
        load();
      } else guard(options.onRevoke && (() => options.onRevoke?.(store)));
    });
  };
}
