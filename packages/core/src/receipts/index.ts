/**
 * Consent receipts for `@assent/core`: a local log of every decision (IndexedDB), delivered to
 * the site's ledger through an outbox that survives reloads, crashes and offline periods.
 *
 * @packageDocumentation
 */
export { createReceiptLog } from './create-receipts';
export { createReceipts } from './create-receipts-public';
export { DEFAULT_RECEIPTS_STORE, pendingKey } from './outbox-key';
export { retryDelay } from './retry-delay';
export type { Receipt, ReceiptAction, ReceiptBacklogEntry, ReceiptLog, ReceiptOptions } from './types';
