import { MAX_BATCH, MAX_BATCH_BYTES, type Receipt } from '@assent/protocol';

/**
 * Splits receipts into request batches of at most {@link MAX_BATCH} receipts and
 * {@link MAX_BATCH_BYTES} bytes of JSON (receipts are ASCII, so characters are bytes).
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
    if (batch.length && (batch.length === MAX_BATCH || size + length > MAX_BATCH_BYTES)) {
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
