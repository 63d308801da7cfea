import { createServer, type RequestListener, type Server } from 'node:http';
import { answerClientError } from './client-errors';
import { type CappedConnections, capConnections } from './connection-cap';

/** How long a connection may take, and how many may be open. */
export interface ServerLimits {
  /** Most open connections; beyond it the longest idle one is closed (see `capConnections`). */
  readonly maxConnections: number;
  /** Time to send a request's head, counted from the connection's start for its first request (ms). */
  readonly headersTimeout: number;
  /** Time to send a whole request, head and body (ms). */
  readonly requestTimeout: number;
  /** How long a connection may wait for its next request after an answer (ms). */
  readonly keepAliveTimeout: number;
}

/**
 * The ledger's limits. A browser sends a receipt's head at once and its body (at most 64 KB) right
 * after, so 10 s and 30 s only cut connections that were not going to send; 5 s of keep-alive
 * covers a page's receipts without keeping sockets for nothing. 512 connections stay well under
 * the common limit of 1,024 open files with room for the database's.
 */
export const SERVER_LIMITS: ServerLimits = {
  maxConnections: 512,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
};

/**
 * How often Node looks for connections past `headersTimeout`/`requestTimeout`. Its default, 30 s,
 * let a silent connection live 40 s instead of 10 (measured: a socket that sent nothing was closed
 * after 30.0 s with the former settings).
 */
const CHECK_INTERVAL_MS = 1_000;

/** A ledger HTTP server and its connections. */
export interface LedgerServer {
  readonly server: Server;
  readonly connections: CappedConnections;
}

/**
 * Creates the HTTP server `startLedger` runs: the timeouts and connection cap of `limits`, and
 * Node's own refusals (bad request head, timeouts, headers too large) answered in JSON.
 *
 * @param listener - The request listener (the ledger's handler).
 * @param limits - Timeouts and connection cap, default {@link SERVER_LIMITS}.
 * @returns The server, not yet listening.
 */
export function createLedgerServer(
  listener: RequestListener,
  limits: ServerLimits = SERVER_LIMITS,
): LedgerServer {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
    },
    listener,
  );
  server.keepAliveTimeout = limits.keepAliveTimeout;
  server.on('clientError', answerClientError);
  const connections = capConnections(server, limits.maxConnections);
  return { server, connections };
}
