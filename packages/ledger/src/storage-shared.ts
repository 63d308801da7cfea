import type { InsertResult, Receipt, StoredReceipt } from './types';
import { canonicalReceiptJson } from './validate-receipt';

/** Default table name of both storage backends. */
export const DEFAULT_TABLE = 'assent_receipts';

/**
 * Checks a table name before it is put into SQL text.
 *
 * @param table - Table name.
 * @returns The name.
 * @throws TypeError when it is not a plain lowercase identifier.
 */
export function safeTableName(table: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(table))
    throw new TypeError(`table must be a lowercase identifier, got "${table}"`);
  return table;
}

/**
 * Rebuilds a stored receipt from its JSON body and reception time.
 *
 * @param body - Stored JSON text or object.
 * @param receivedAt - Reception time.
 * @returns The receipt with `receivedAt`, fields in canonical order.
 */
export function toStoredReceipt(body: string | object, receivedAt: string | Date): StoredReceipt {
  const receipt = (typeof body === 'string' ? JSON.parse(body) : body) as Receipt;
  const at = receivedAt instanceof Date ? receivedAt.toISOString() : receivedAt;
  return { ...(JSON.parse(canonicalReceiptJson(receipt)) as Receipt), receivedAt: at };
}

/**
 * Decides, for receipts whose insert did nothing, whether they repeat the stored receipt exactly
 * (`duplicate`) or differ from it (`conflict`).
 *
 * @param receipt - The incoming receipt.
 * @param storedBody - The body already stored under the same id (text or parsed JSON).
 * @returns The result for the incoming receipt.
 */
export function compareWithStored(receipt: Receipt, storedBody: string | object | undefined): InsertResult {
  if (storedBody === undefined) return { id: receipt.id, status: 'conflict' };
  const stored = (typeof storedBody === 'string' ? JSON.parse(storedBody) : storedBody) as Receipt;
  const same = canonicalReceiptJson(stored) === canonicalReceiptJson(receipt);
  return { id: receipt.id, status: same ? 'duplicate' : 'conflict' };
}

/**
 * Turns an inclusive `YYYY-MM-DD` day range into ISO bounds `[start, end)`.
 *
 * @param from - First day.
 * @param to - Last day (inclusive).
 * @returns ISO start and exclusive end.
 */
export function dayBounds(from: string, to: string): { start: string; end: string } {
  const end = new Date(`${to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: `${from}T00:00:00.000Z`, end: end.toISOString() };
}
