import type { Receipt } from './types';

/** Most receipts the ledger accepts in one request. */
export const MAX_BATCH = 50;
/** Most bytes in one request body: `keepalive` requests share a 64 KiB budget per page. */
export const MAX_BODY = 60_000;

/**
 * Splits receipts into request batches of at most {@link MAX_BATCH} receipts and
 * {@link MAX_BODY} bytes of JSON (receipts are ASCII, so characters are bytes).
 *
 * @param receipts - Receipts in delivery order.
 * @returns Non-empty batches, in order.
 */
export function batches(receipts: readonly Receipt[]): Receipt[][] {
  const out: Receipt[][] = [];
  let batch: Receipt[] = [];
  let size = 2;
  for (const receipt of receipts) {
    const length = JSON.stringify(receipt).length + 1;
    if (batch.length && (batch.length === MAX_BATCH || size + length > MAX_BODY)) {
      out.push(batch);
      batch = [];
      size = 2;
    }
    batch.push(receipt);
    size += length;
  }
  if (batch.length) out.push(batch);
  return out;
}
