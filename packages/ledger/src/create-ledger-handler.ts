import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin, isAdminPath } from './admin-endpoints';
import { createLedgerContext, type LedgerContext } from './ledger-context';
import { type LedgerHandlerOptions, resolveLedgerOptions } from './ledger-options';
import { handleReceipts } from './receipts-endpoint';
import { sendError, sendJson } from './respond';

/** A Node request listener; `next` (Connect/Express style) is called for paths outside the base path. */
export type LedgerHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** `GET /health`: `{ "status": "ok" }` while the process answers. */
function answerHealth(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendError(res, 405, `method ${req.method} not allowed; use GET`, {
      headers: { Allow: 'GET, HEAD' },
    });
  return sendJson(res, 200, { status: 'ok' });
}

/** Sends a request (path under the base path) to its endpoint. Without a token the admin endpoints do not exist (404). */
async function route(
  ctx: LedgerContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  if (path === '/receipts') return handleReceipts(ctx, req, res);
  if (path === '/health') return answerHealth(req, res);
  if (isAdminPath(path) && ctx.authorised) return handleAdmin(ctx, req, res, path, query);
  return sendError(res, 404, 'not found');
}

/** The request's URL, read against a placeholder host, or null when it cannot be read. */
function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(`http://ledger.invalid${req.url?.startsWith('/') ? req.url : '/'}`);
  } catch {
    return null;
  }
}

/**
 * Creates the ledger's request handler, to mount in any Node HTTP server (or Connect/Express).
 * Routes (under `basePath`): `POST /receipts`, `GET /consents/:consentId/receipts`,
 * `DELETE /consents/:consentId`, `GET /stats`, `GET /health`.
 *
 * @param options - Storage, origins, token, limits and cookie mode.
 * @returns The request handler.
 * @throws TypeError listing every wrong option: `Invalid ledger options:\n- token: expected …`.
 * @example
 * const ledger = createLedgerHandler({ storage: createSqliteStorage('./ledger.sqlite'), basePath: '/consent' });
 * createServer((req, res) => ledger(req, res, () => site(req, res))).listen(8080);
 */
export function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler {
  const ctx = createLedgerContext(resolveLedgerOptions(options));
  const { base } = ctx;
  return (req, res, next) => {
    const url = requestUrl(req);
    if (!url) return sendError(res, 400, 'malformed request URL');
    const inside = base === '' || url.pathname === base || url.pathname.startsWith(`${base}/`);
    if (!inside) return next ? next() : sendError(res, 404, 'not found');
    const path = url.pathname.slice(base.length) || '/';
    route(ctx, req, res, path, url.searchParams).catch((error: unknown) => {
      ctx.onError(error);
      if (!res.headersSent) sendError(res, 500, 'internal error; the request was not completed, retry later');
      else res.destroy();
    });
  };
}
