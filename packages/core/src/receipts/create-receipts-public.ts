import { readCookie } from '../cookies';
import type { ConsentStore } from '../types';
import { createReceiptLog } from './create-receipts';
import type { ReceiptLog, ReceiptOptions } from './types';

/**
 * Records a consent receipt for every decision of `store` (banner, preferences, API, GPC,
 * withdrawal, re-prompt), keeps them in IndexedDB, and delivers them to an optional ledger
 * `endpoint` through an outbox that survives reloads, crashes and offline periods.
 *
 * Nothing touches IndexedDB before the first decision (or a pending outbox from an earlier page
 * view); the work then runs when the browser is idle, never in the task that made the decision.
 *
 * @param store - The consent store to listen to.
 * @param options - Endpoint, text and language of the banner, etc.
 * @returns The receipt log.
 * @example
 * const receipts = createReceipts(consent, {
 *   endpoint: '/consent/receipts',
 *   language: () => document.documentElement.lang,
 *   text: () => document.querySelector('#banner')?.textContent ?? null,
 * });
 * await receipts.getReceipts(); // [{ action: 'accept-all', source: 'banner', … }]
 */
export function createReceipts(store: ConsentStore, options: ReceiptOptions = {}): ReceiptLog {
  return createReceiptLog(store, options, readCookie);
}
