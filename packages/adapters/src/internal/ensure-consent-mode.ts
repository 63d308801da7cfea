import type { ConsentStore } from '@assent/core';
import { googleConsentMode } from '../consent-mode';
import { hasConsentDefault } from './gtag';

/**
 * Makes sure a `consent default` is on the dataLayer before a Google tag loads: when none is there
 * (neither `googleConsentMode()` nor the site's own inline default ran), connects
 * `googleConsentMode()` with its defaults and warns.
 * @returns the disconnect of the consent-mode adapter it connected, or a no-op.
 */
export function ensureConsentMode(store: ConsentStore, who: string): () => void {
  if (hasConsentDefault()) return () => {};
  console.warn(
    `Assent ${who}: no Consent Mode default on the dataLayer; connecting googleConsentMode() with its defaults. Connect googleConsentMode() first to configure it.`,
  );
  return googleConsentMode()(store);
}
