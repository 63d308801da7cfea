import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLedgerHandler } from './create-ledger-handler';
import type { LedgerHandlerOptions } from './ledger-options';
import { createSqliteStorage } from './sqlite-storage';
import type { LedgerStorage } from './types';

/** Options of {@link startLedger}: the handler options, with storage optional. */
export interface StartLedgerOptions extends Omit<LedgerHandlerOptions, 'storage'> {
  /** Storage to use; default: SQLite at `dbPath`. Storage you pass is not closed by `close()`. */
  readonly storage?: LedgerStorage;
  /** SQLite file when no storage is given, default `./assent-ledger.sqlite`. */
  readonly dbPath?: string;
  /** TCP port, default 8787; 0 picks a free port. */
  readonly port?: number;
  /** Interface to listen on, default `127.0.0.1`. */
  readonly host?: string;
}

/** A running ledger service. */
export interface RunningLedger {
  /** Base URL, e.g. `http://127.0.0.1:8787` (plus the base path, without trailing slash). */
  readonly url: string;
  /** Stops accepting connections, ends open ones and closes storage the service created. */
  close(): Promise<void>;
}

/**
 * Starts the ledger as a small HTTP service.
 *
 * @param options - Handler options plus port, host and storage.
 * @returns The URL and a `close()` function.
 * @example
 * const ledger = await startLedger({ port: 0, dbPath: ':memory:', token: process.env.ASSENT_LEDGER_TOKEN });
 * console.log(`${ledger.url}/receipts`);
 */
export async function startLedger(options: StartLedgerOptions = {}): Promise<RunningLedger> {
  const ownStorage = options.storage === undefined;
  const storage = options.storage ?? createSqliteStorage(options.dbPath ?? './assent-ledger.sqlite');
  let handler: ReturnType<typeof createLedgerHandler>;
  try {
    handler = createLedgerHandler({ ...options, storage });
  } catch (error) {
    if (ownStorage) await storage.close();
    throw error;
  }
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) =>
    handler(req, res),
  );
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const base = (options.basePath ?? '/').replace(/\/+$/, '');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}${base}`,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        if (ownStorage) await storage.close();
      })();
      return closing;
    },
  };
}
