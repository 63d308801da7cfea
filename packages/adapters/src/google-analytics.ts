import { GA4_MEASUREMENT_ID, isRecord, matches, oneOf, when } from '@assent/protocol';
import { allGranted, parseCategories } from './internal/categories';
import { connectGoogleTag } from './internal/google-tag';
import { gtag } from './internal/gtag';
import { checkOptions, type OptionRules, VENDOR_TAG } from './internal/options';
import type { Adapter } from './types';

/** Options of {@link googleAnalytics}. */
export interface GoogleAnalyticsOptions {
  /** The GA4 measurement id, `G-` followed by letters and digits. */
  measurementId: string;
  /**
   * `'basic'`: gtag.js is requested only once the category is granted. `'advanced'`: loaded at once
   * under the denied defaults (Google then sends cookieless pings; EU regulators dispute those).
   * @default "basic"
   */
  mode?: 'basic' | 'advanced';
  /** Parameters of `gtag('config', id, config)`, e.g. `{ cookie_expires: 34128000 }`. */
  config?: Readonly<Record<string, unknown>>;
  /** Category that gates Google Analytics. @default "analytics" */
  category?: string;
  /** CSP nonce for the gtag.js element. */
  nonce?: string;
}

/** The rules of {@link GoogleAnalyticsOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = {
  measurementId: matches(
    GA4_MEASUREMENT_ID,
    'a GA4 measurement id such as "G-ABC123XYZ" (Admin → Data streams)',
  ),
  mode: oneOf(['basic', 'advanced']),
  config: when(isRecord, 'an object of gtag config parameters'),
  ...VENDOR_TAG,
};

/**
 * Google Analytics 4 through gtag.js. Needs Consent Mode defaults on the dataLayer first (connect
 * `googleConsentMode()` before it; if missing, it connects one with defaults). On the dataLayer:
 * `consent default` → (`consent update`) → `js` → `config`. On withdrawal it also sets
 * `window['ga-disable-<ID>'] = true`.
 *
 * @param options - `measurementId`, `mode`, `config`, `category`, `nonce`.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} listing every wrong option, e.g. a measurement id that is not a `G-…` id.
 * @example
 * connect(consent, googleConsentMode(), googleAnalytics({ measurementId: 'G-ABC123' }));
 */
export function googleAnalytics(options: GoogleAnalyticsOptions): Adapter {
  checkOptions('googleAnalytics', OPTIONS, options, ['measurementId']);
  const id = options.measurementId;
  const categories = parseCategories(options.category ?? 'analytics');
  const disableKey = `ga-disable-${id}`;
  return (store) => {
    const w = window as unknown as Record<string, unknown>;
    let granted = allGranted(store, categories);
    // Also keeps `ga-disable-<ID>`: set on withdrawal, cleared by a new grant before the tag loads.
    const ready = () => {
      const now = allGranted(store, categories);
      if (granted && !now) w[disableKey] = true;
      else if (!granted && now && w[disableKey] === true) w[disableKey] = false;
      granted = now;
      return now || options.mode === 'advanced';
    };
    const start = () => {
      gtag('js', new Date());
      gtag('config', id, { ...options.config });
    };
    return connectGoogleTag(
      store,
      'googleAnalytics',
      `gtag/js?id=${encodeURIComponent(id)}`,
      options.nonce,
      start,
      ready,
    );
  };
}
