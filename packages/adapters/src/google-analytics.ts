import { allGranted, parseCategories } from './internal/categories';
import { ensureConsentMode } from './internal/ensure-consent-mode';
import { gtag } from './internal/gtag';
import { report } from './internal/report';
import { loadScript } from './load-script';
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

const MEASUREMENT_ID = /^G-[A-Z0-9]{4,20}$/;

/**
 * Google Analytics 4 through gtag.js. Needs Consent Mode defaults on the dataLayer first (connect
 * `googleConsentMode()` before it; if missing, it connects one with defaults). On the dataLayer:
 * `consent default` → (`consent update`) → `js` → `config`. On withdrawal it also sets
 * `window['ga-disable-<ID>'] = true`.
 *
 * @param options - `measurementId`, `mode`, `config`, `category`, `nonce`.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} when the measurement id is not a `G-…` id.
 * @example
 * connect(consent, googleConsentMode(), googleAnalytics({ measurementId: 'G-ABC123' }));
 */
export function googleAnalytics(options: GoogleAnalyticsOptions): Adapter {
  const id = options?.measurementId;
  if (typeof id !== 'string' || !MEASUREMENT_ID.test(id))
    throw new TypeError(
      `Assent googleAnalytics: measurementId must look like "G-ABC123XYZ" (a GA4 id from Admin → Data streams), got ${JSON.stringify(id)}.`,
    );
  if (options.mode !== undefined && options.mode !== 'basic' && options.mode !== 'advanced')
    throw new TypeError(
      `Assent googleAnalytics: mode must be "basic" or "advanced", got ${JSON.stringify(options.mode)}.`,
    );
  const categories = parseCategories(options.category ?? 'analytics');
  const disableKey = `ga-disable-${id}`;
  return (store) => {
    const stopConsentMode = ensureConsentMode(store, 'googleAnalytics');
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      gtag('js', new Date());
      gtag('config', id, { ...options.config });
      loadScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`, {
        ...(options.nonce ? { nonce: options.nonce } : {}),
      }).catch(report);
    };
    let granted = allGranted(store, categories);
    if (granted || options.mode === 'advanced') load();
    const unsubscribe = store.subscribe(() => {
      const now = allGranted(store, categories);
      const w = window as unknown as Record<string, unknown>;
      if (granted && !now) w[disableKey] = true;
      else if (!granted && now) {
        if (w[disableKey] === true) w[disableKey] = false;
        load();
      }
      granted = now;
    });
    return () => {
      unsubscribe();
      stopConsentMode();
    };
  };
}
