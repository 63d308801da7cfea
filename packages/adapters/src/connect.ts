import { type ConsentStore, reportError } from '@assent/core';
import type { Adapter } from './types';

export type { Adapter } from './types';

/**
 * Connects adapters to a store, in the order given. Each adapter does its connect-time work
 * synchronously (Consent Mode defaults, a returning visitor's update, scripts already allowed), so
 * call it at the top of `<head>`. An adapter that throws is reported and skipped; the others still run.
 * Adapters act on a page: where there is no `document` (server rendering) nothing is connected.
 *
 * @param store - the consent store from `createConsent`.
 * @param adapters - adapters such as `googleConsentMode()`, `googleAnalytics({ … })`.
 * @returns a function that disconnects every adapter (in reverse order); calling it twice is harmless.
 * @example
 * const disconnect = connect(consent, googleConsentMode(), googleAnalytics({ measurementId: 'G-ABC123' }));
 */
export function connect(store: ConsentStore, ...adapters: Adapter[]): () => void {
  const disconnects: Array<() => void> = [];
  if (typeof document === 'undefined') adapters = [];
  for (const adapter of adapters) {
    try {
      disconnects.push(adapter(store));
    } catch (error) {
      reportError(error);
    }
  }
  let connected = true;
  return () => {
    if (!connected) return;
    connected = false;
    for (const disconnect of disconnects.reverse()) {
      try {
        disconnect();
      } catch (error) {
        reportError(error);
      }
    }
  };
}
