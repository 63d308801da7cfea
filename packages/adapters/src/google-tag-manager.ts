import { allGranted, parseCategories } from './internal/categories';
import { ensureConsentMode } from './internal/ensure-consent-mode';
import { dataLayer } from './internal/gtag';
import { report } from './internal/report';
import { loadScript } from './load-script';
import type { Adapter } from './types';

/** Options of {@link googleTagManager}. */
export interface GoogleTagManagerOptions {
  /** The container id, `GTM-` followed by letters and digits. */
  containerId: string;
  /**
   * Load the container only once this category (or all of a space-separated list) is granted. By
   * default it loads at once, and the tags inside use GTM's built-in consent checks.
   */
  category?: string;
  /** CSP nonce for the gtm.js element (GTM passes it on to Custom HTML tags that read it). */
  nonce?: string;
}

const CONTAINER_ID = /^GTM-[A-Z0-9]{4,12}$/;

/**
 * Google Tag Manager. Loads `gtm.js` after pushing the `gtm.start` event, like the standard
 * snippet, with the Consent Mode defaults already on the dataLayer (connect `googleConsentMode()`
 * before it; if missing, it connects one with defaults).
 *
 * @param options - `containerId`, optional gating `category`, `nonce`.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} when the container id is not a `GTM-…` id.
 * @example
 * connect(consent, googleConsentMode(), googleTagManager({ containerId: 'GTM-ABC1234' }));
 */
export function googleTagManager(options: GoogleTagManagerOptions): Adapter {
  const id = options?.containerId;
  if (typeof id !== 'string' || !CONTAINER_ID.test(id))
    throw new TypeError(
      `Assent googleTagManager: containerId must look like "GTM-ABC1234", got ${JSON.stringify(id)}.`,
    );
  const categories = parseCategories(options.category);
  return (store) => {
    const stopConsentMode = ensureConsentMode(store, 'googleTagManager');
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      dataLayer().push({ 'gtm.start': Date.now(), event: 'gtm.js' });
      loadScript(`https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(id)}`, {
        ...(options.nonce ? { nonce: options.nonce } : {}),
      }).catch(report);
    };
    const ready = () => categories.length === 0 || allGranted(store, categories);
    if (ready()) load();
    const unsubscribe = loaded ? () => {} : store.subscribe(() => ready() && load());
    return () => {
      unsubscribe();
      stopConsentMode();
    };
  };
}
