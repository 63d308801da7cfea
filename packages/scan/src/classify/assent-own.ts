/**
 * What Assent itself stores, so the scan never reports it as a leak: the decision cookie
 * (`assent`, `@assent/core`'s default `cookie.name`), the receipts' IndexedDB database
 * (`assent-receipts`, core's `DEFAULT_RECEIPTS_STORE`) and its `localStorage` flag
 * (`assent-receipts:pending`). Any storage key or database starting with `assent` counts. A site
 * that renamed the cookie (`cookie.name`) or the receipts store is not recognised by name.
 */
import type { Classification } from '../report-types';

export const ASSENT_COOKIE = 'assent';
const ASSENT_VENDOR = 'Assent';

/** Whether a cookie is Assent's decision cookie. */
export const isAssentCookie = (name: string): boolean => name === ASSENT_COOKIE;

/** Whether a storage key or IndexedDB database is Assent's (receipts log and its flag). */
export const isAssentStorage = (name: string): boolean => name.startsWith(ASSENT_COOKIE);

/** Assent's own items: essential, and `source` `null` (no database classified them). */
export function assentClassification(name: string, kind: 'cookie' | 'storage'): Classification {
  return {
    vendor: ASSENT_VENDOR,
    category: 'essential',
    purpose:
      kind === 'cookie'
        ? "Stores the visitor's consent decision (Assent)."
        : 'Keeps the consent receipts until the consent ledger has them (Assent).',
    retention: kind === 'cookie' ? '6 months' : '',
    pattern: name,
    source: null,
  };
}
