import { GTM_CONTAINER_ID, matches } from '@assent/protocol';
import { allGranted, parseCategories } from './internal/categories';
import { connectGoogleTag } from './internal/google-tag';
import { dataLayer } from './internal/gtag';
import { checkOptions, type OptionRules, VENDOR_TAG } from './internal/options';
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

/** The rules of {@link GoogleTagManagerOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = {
  containerId: matches(GTM_CONTAINER_ID, 'a GTM container id such as "GTM-ABC1234"'),
  ...VENDOR_TAG,
};

/**
 * Google Tag Manager. Loads `gtm.js` after pushing the `gtm.start` event, like the standard
 * snippet, with the Consent Mode defaults already on the dataLayer (connect `googleConsentMode()`
 * before it; if missing, it connects one with defaults).
 *
 * @param options - `containerId`, optional gating `category`, `nonce`.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} listing every wrong option, e.g. a container id that is not a `GTM-…` id.
 * @example
 * connect(consent, googleConsentMode(), googleTagManager({ containerId: 'GTM-ABC1234' }));
 */
export function googleTagManager(options: GoogleTagManagerOptions): Adapter {
  checkOptions('googleTagManager', OPTIONS, options, ['containerId']);
  const id = options.containerId;
  const categories = parseCategories(options.category);
  return (store) =>
    connectGoogleTag(
      store,
      'googleTagManager',
      `gtm.js?id=${encodeURIComponent(id)}`,
      options.nonce,
      () => dataLayer().push({ 'gtm.start': Date.now(), event: 'gtm.js' }),
      () => categories.length === 0 || allGranted(store, categories),
    );
}
