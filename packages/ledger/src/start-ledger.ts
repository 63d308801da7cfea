import type { AddressInfo } from 'node:net';
import { checkOrThrow, type Rule, shape, when } from '@assent/protocol';
import { refusingAnyOriginWithCookie } from './cors';
import { createLedgerHandler } from './create-ledger-handler';
import { LEDGER_RULES, type LedgerHandlerOptions, normaliseBase } from './ledger-options';
import { createLedgerServer, SERVER_LIMITS } from './ledger-server';
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
  /**
   * Most open connections, default 512. Beyond it the connection idle the longest is closed (one
   * without a request in flight), so silent connections cannot use up the process's open files.
   */
  readonly maxConnections?: number;
}

const text = (what: string) => when((v) => typeof v === 'string' && v !== '', what);

/** The rule of each option: the handler's, plus where to listen and the SQLite file. The CLI checks with them too. */
export const START_RULES = {
  ...LEDGER_RULES,
  dbPath: text('a file path, or ":memory:"'),
  port: when<number>(
    (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 65535,
    'a port from 0 to 65535 (0: any free port)',
  ),
  host: text('an interface address like "127.0.0.1"'),
  maxConnections: when<number>(
    (v) => Number.isSafeInteger(v) && (v as number) >= 1,
    'a whole number of connections >= 1',
  ),
} satisfies Record<keyof StartLedgerOptions, Rule>;

const START_OPTIONS = refusingAnyOriginWithCookie(shape(START_RULES, 'an object'));

/** A running ledger service. */
export interface RunningLedger {
  /** Base URL, e.g. `http://127.0.0.1:8787` (plus the base path, without trailing slash). */
  readonly url: string;
  /** Stops accepting connections, ends open ones and closes storage the service created. */
  close(): Promise<void>;
}

/**
 * Starts the ledger as a small HTTP service: the handler on a Node server with timeouts (request
 * head 10 s, whole request 30 s, keep-alive 5 s), a connection cap, and Node's own refusals
 * (malformed requests, timeouts, headers over 16 KB) answered in JSON (see `createLedgerServer`).
 *
 * @param options - Handler options plus port, host and storage.
 * @returns The URL and a `close()` function.
 * @throws TypeError listing every wrong option: `Invalid ledger options:\n- port: expected …`.
 * @example
 * const ledger = await startLedger({ port: 0, dbPath: ':memory:', token: process.env.ASSENT_LEDGER_TOKEN });
 * console.log(`${ledger.url}/receipts`);
 */
export async function startLedger(options: StartLedgerOptions = {}): Promise<RunningLedger> {
  checkOrThrow(START_OPTIONS, options, 'ledger options');
  const { storage: given, dbPath, port, host, maxConnections, ...handlerOptions } = options;
  const ownStorage = given === undefined;
  const storage = given ?? createSqliteStorage(dbPath ?? './assent-ledger.sqlite');
  const handler = createLedgerHandler({ ...handlerOptions, storage });
  const { server, connections } = createLedgerServer((req, res) => handler(req, res), {
    ...SERVER_LIMITS,
    maxConnections: maxConnections ?? SERVER_LIMITS.maxConnections,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port ?? 8787, host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const base = normaliseBase(options.basePath ?? '/');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${address.port}${base}`,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          connections.closeIdle();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        if (ownStorage) await storage.close();
      })();
      return closing;
    },
  };
}
