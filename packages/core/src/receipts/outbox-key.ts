/** The receipt log's IndexedDB database name, unless `ReceiptOptions.storeName` says otherwise. */
export const DEFAULT_RECEIPTS_STORE = 'assent-receipts';

/**
 * The localStorage key that says "receipts wait in the outbox of database `storeName`": set while
 * the outbox holds receipts, so a later page knows to load the receipts code and retry them
 * without opening IndexedDB first.
 */
export const pendingKey = (storeName: string = DEFAULT_RECEIPTS_STORE): string => `${storeName}:pending`;
