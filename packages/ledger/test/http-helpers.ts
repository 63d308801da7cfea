import { createSqliteStorage } from '../src/sqlite-storage';
import { type StartLedgerOptions, startLedger } from '../src/start-ledger';
import type { LedgerStorage } from '../src/types';

/** A real ledger on 127.0.0.1 (random port) with in-memory SQLite; rate limit off unless given. */
export async function startTestLedger(options: Partial<StartLedgerOptions> = {}) {
  const storage: LedgerStorage = options.storage ?? createSqliteStorage(':memory:');
  const ledger = await startLedger({ rateLimit: false, ...options, storage, port: 0, host: '127.0.0.1' });
  return {
    url: ledger.url,
    storage,
    async close() {
      await ledger.close();
      await storage.close();
    },
  };
}

/** POSTs a JSON body (object or raw text) to `<url>/receipts`. */
export function postReceipts(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
