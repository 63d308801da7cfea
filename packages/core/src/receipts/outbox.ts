import type { Kv } from './create-kv';
import type { Receipt } from './types';

/**
 * Replaces the list under `key` with `fn(list)` (reads it without `fn`) in one atomic operation.
 * Two lists are kept: `log`, every receipt of this browser, and `outbox`, those not yet delivered:
 * a receipt goes into the outbox before the first attempt to send it and leaves only after a 2xx
 * (or a final 4xx).
 */
export const updateList = (
  kv: Kv,
  key: 'log' | 'outbox',
  fn: (list: Receipt[]) => Receipt[] = (list) => list,
): Promise<Receipt[]> => kv.upd<Receipt[]>(key, (list = []) => fn(list));

/**
 * Sets or clears the localStorage flag `flag` (`pendingKey(storeName)`), which says that the
 * outbox holds receipts: the next page view then knows to retry them without opening IndexedDB
 * first. Only with IndexedDB (a memory outbox does not outlive the page).
 */
export function flagPending(kv: Kv, flag: string, pending: boolean): void {
  try {
    if (kv.kind === 'indexeddb') {
      if (pending) localStorage.setItem(flag, '1');
      else localStorage.removeItem(flag);
    }
  } catch {
    // localStorage blocked: every page view then checks the outbox (when idle).
  }
}

/** True when an earlier page view flagged a pending outbox, or when localStorage cannot tell. */
export function flaggedPending(flag: string): boolean {
  try {
    return !!localStorage.getItem(flag);
  } catch {
    return true;
  }
}
