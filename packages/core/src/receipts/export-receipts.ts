import type { Receipt } from './types';

/**
 * The local log as a portable JSON document (a data-portability request):
 * `{ format: 'assent-receipts', version: 1, exportedAt, consentId, receipts }`.
 */
export function exportJson(receipts: readonly Receipt[], consentId: string | null): string {
  return JSON.stringify({
    format: 'assent-receipts',
    version: 1,
    exportedAt: new Date().toISOString(),
    consentId,
    receipts,
  });
}
