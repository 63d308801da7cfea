import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, JSON_HEADERS } from './respond';

/** Node's HTTP parser and timeout errors that have their own status; every other one is a 400. */
const ANSWERS: Readonly<Record<string, readonly [number, string]>> = {
  HPE_HEADER_OVERFLOW: [431, 'request headers too large: at most 16 KB'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'chunk extensions too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request not received in time; send it again'],
};

/** How long an answered connection may stay half-open for the client to read the answer. */
const LINGER_MS = 1_000;

/**
 * A whole HTTP/1.1 answer `{ "error": message }` as the handler's answers are, with
 * `Connection: close`: a request the parser refused cannot be followed on the same connection.
 *
 * @param status - HTTP status.
 * @param message - The error message.
 * @returns The bytes to write to the socket.
 */
export function rawErrorResponse(status: number, message: string): string {
  const body = JSON.stringify(errorBody(message));
  const headers = { ...JSON_HEADERS, 'Content-Length': Buffer.byteLength(body), Connection: 'close' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`;
}

/** What the answer says about a parser error: llhttp's reason is a fixed text, never the client's bytes. */
function answerFor(error: Error & { code?: string; reason?: string }): readonly [number, string] {
  const known = error.code === undefined ? undefined : ANSWERS[error.code];
  if (known) return known;
  const reason = typeof error.reason === 'string' ? `: ${error.reason.slice(0, 100)}` : '';
  return [400, `malformed HTTP request${reason}`];
}

/**
 * The server's `clientError` listener: answers what Node's HTTP layer refuses before the handler
 * runs (a bad `Content-Length`, headers over 16 KB, a request not sent within the timeouts, any
 * other parse error) in JSON like every other ledger error, instead of Node's empty bodies.
 *
 * Policy, as Node's own listener: nothing is written when the client is gone (`ECONNRESET`), the
 * socket is no longer writable, or an answer has already begun on it (writing then would corrupt
 * it; `_httpMessage` is how Node itself checks). The answer is followed by a half-close, and the
 * connection is destroyed after {@link LINGER_MS} or on the next byte or error (the parser has
 * stopped), so an answered client has time to read it and a silent one cannot hold the socket.
 *
 * @param error - The error Node reports.
 * @param socket - The client's connection.
 * @example
 * server.on('clientError', answerClientError);
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const current = (socket as { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, message] = answerFor(error);
  socket.end(rawErrorResponse(status, message));
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
