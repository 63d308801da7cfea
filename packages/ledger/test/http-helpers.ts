import { connect, type Socket } from 'node:net';
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

/** What a raw exchange brought back: the answer as read, and the client-side error, if any. */
export interface RawExchange {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The socket error the client saw (`EPIPE`, `ECONNRESET`), or null. */
  readonly error: string | null;
}

/**
 * Opens a TCP connection to the ledger at `url`, lets `send` write to it, and reads the answer
 * until the server closes the connection (or `timeoutMs` passes). For what `fetch` cannot send:
 * malformed requests, and clients that write a whole body before they read.
 */
export function rawExchange(
  url: string,
  send: (socket: Socket) => Promise<void> | void,
  timeoutMs = 5_000,
): Promise<RawExchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let error: string | null = null;
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error ??= e.code ?? e.message;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ ...parseAnswer(Buffer.concat(chunks).toString('utf8')), error });
    });
    socket.once('connect', () => {
      Promise.resolve(send(socket)).catch((e: NodeJS.ErrnoException) => {
        error ??= e.code ?? e.message;
      });
    });
  });
}

/**
 * An HTTP/1.1 answer's status, headers (lower-case names) and body; status 0 when nothing came.
 * Interim answers (`100 Continue`) before it are skipped.
 */
function parseAnswer(all: string) {
  let text = all;
  while (/^HTTP\/1\.1 1\d\d /.test(text) && text.includes('\r\n\r\n'))
    text = text.slice(text.indexOf('\r\n\r\n') + 4);
  const end = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = (end < 0 ? text : text.slice(0, end)).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1] ?? 0) || 0,
    headers,
    body: end < 0 ? '' : text.slice(end + 4),
  };
}

/** Writes `data` and waits until it is handed to the OS (rejects with the socket error). */
export function writeAll(socket: Socket, data: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => socket.write(data, (e) => (e ? reject(e) : resolve())));
}
