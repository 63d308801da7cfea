import { type ConsentStore, reportError } from '@assent/core';
import { googleConsentMode } from '../consent-mode';
import { hasConsentDefault } from './gtag';
import { insertScript } from './insert-script';

/**
 * The wiring every Google tag shares (gtag.js for Analytics, gtm.js for Tag Manager): a Consent
 * Mode default on the dataLayer first (when neither `googleConsentMode()` nor the site's own inline
 * default ran, it connects `googleConsentMode()` with its defaults and warns), then, once `ready()`,
 * the tag's first commands and its script, once per page however often consent is toggled. A
 * failed download is reported, never thrown.
 *
 * @param store - the consent store.
 * @param who - the adapter's name, for the warning.
 * @param script - the script's path on www.googletagmanager.com with its id (`gtm.js?id=GTM-…`).
 * @param nonce - CSP nonce for the script element.
 * @param start - pushes what the tag reads first when it loads (`js` + `config`, `gtm.start`).
 * @param ready - called at connect and after every change of the store: true when the tag may load.
 * @returns the disconnect: stops listening, and disconnects the Consent Mode it connected.
 */
export function connectGoogleTag(
  store: ConsentStore,
  who: string,
  script: string,
  nonce: string | undefined,
  start: () => void,
  ready: () => boolean,
): () => void {
  let stopConsentMode = () => {};
  if (!hasConsentDefault()) {
    console.warn(
      `Assent ${who}: no Consent Mode default on the dataLayer; connecting googleConsentMode() with its defaults. Connect googleConsentMode() first to configure it.`,
    );
    stopConsentMode = googleConsentMode()(store);
  }
  let loaded = false;
  const load = () => {
    if (!ready() || loaded) return;
    loaded = true;
    start();
    insertScript(`https://www.googletagmanager.com/${script}`, { nonce }).catch(reportError);
  };
  load();
  const unsubscribe = store.subscribe(load);
  return () => {
    unsubscribe();
    stopConsentMode();
  };
}
