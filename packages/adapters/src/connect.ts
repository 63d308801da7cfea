import { type ConsentStore, reportError } from '@assent/core';
import type { Adapter } from './types';

export type { Adapter } from './types';

/**
 * Connects adapters to a store, in the order given. Each adapter does its connect-time work
 * synchronously (Consent Mode defaults, a returning visitor's update, scripts already allowed), so
 * call it at the top of `<head>`. An adapter that throws is reported and skipped; the others still run.
 *
 * @param store - the consent store from `createConsent`.
 * @param adapters - adapters such as `googleConsentMode()`, `googleAnalytics({ … })`.
 * @returns a function that disconnects every adapter (in reverse order); calling it twice is harmless.
 * @example
 * const disconnect = connect(consent, googleConsentMode(), googleAnalytics({ measurementId: 'G-ABC123' }));
 */
export function connect(store: ConsentStore, ...adapters: Adapter[]): () => void {
  const disconnects: Array<() => void> = [];
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
