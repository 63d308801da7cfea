import type { Receipt } from './types';

/** How long one delivery request may take before it is aborted and retried later. */
export const SEND_TIMEOUT = 10_000;

/** Outcome of one request: delivered, try again later, or rejected for good. */
export type SendResult = 'ok' | 'retry' | 'drop';

/**
 * POSTs receipts to the ledger (one object, or an array for a batch) with `keepalive`, so a
 * request started just before the page goes away still arrives.
 *
 * - 2xx: delivered (a 207 means the ledger kept some and rejected the others for good);
 * - network error, timeout, 408, 429, 5xx (and anything odd): retry later;
 * - other 4xx: the ledger will never accept this data, so it is dropped (with a warning).
 *
 * @param f - The fetch function.
 * @param endpoint - The ledger URL.
 * @param batch - One or more receipts.
 * @returns What to do with the batch.
 */
export async function sendBatch(f: typeof fetch, endpoint: string, batch: Receipt[]): Promise<SendResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT);
  try {
    const { status } = await f(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch.length > 1 ? batch : batch[0]),
      keepalive: true,
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (status > 199 && status < 300) return 'ok';
    if (status < 400 || status === 408 || status === 429 || status > 499) return 'retry';
    if (batch.length < 2)
      console.warn(
        `Assent: the receipt endpoint rejected receipt ${batch[0]?.id} (HTTP ${status}); dropped.`,
      );
    return 'drop';
  } catch {
    return 'retry';
  } finally {
    clearTimeout(timer);
  }
}
