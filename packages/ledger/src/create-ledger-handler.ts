import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBearerCheck } from './bearer-auth';
import { clientAddress, isHttps } from './client-info';
import { assertCookieOptions } from './consent-cookie';
import { checkOrigin, normaliseOrigins } from './cors';
import { DEFAULT_BODY_LIMIT, type LedgerHandlerOptions } from './ledger-options';
import { createRateLimiter } from './rate-limiter';
import { receiveReceipts } from './receive-receipts';
import { sendError, sendJson } from './respond';
import { parseStatsRange } from './stats-range';
import { UUID_V4 } from './validate-receipt';

/** A Node request listener; `next` (Connect/Express style) is called for paths outside the base path. */
export type LedgerHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

const CONSENT_PATH = /^\/consents\/([^/]+)(\/receipts)?$/;

function normaliseBase(basePath: string): string {
  if (!basePath.startsWith('/')) throw new TypeError(`basePath must start with "/", got "${basePath}"`);
  return basePath.replace(/\/+$/, '');
}

/**
 * Creates the ledger's request handler, to mount in any Node HTTP server (or Connect/Express).
 * Routes (under `basePath`): `POST /receipts`, `GET /consents/:consentId/receipts`,
 * `DELETE /consents/:consentId`, `GET /stats`, `GET /health`.
 *
 * @param options - Storage, origins, token, limits and cookie mode.
 * @returns The request handler.
 * @example
 * const ledger = createLedgerHandler({ storage: createSqliteStorage('./ledger.sqlite'), basePath: '/consent' });
 * createServer((req, res) => ledger(req, res, () => site(req, res))).listen(8080);
 */
export function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler {
  const base = normaliseBase(options.basePath ?? '/');
  const origins = normaliseOrigins(options.origins ?? []);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!(Number.isSafeInteger(bodyLimit) && bodyLimit > 0))
    throw new TypeError('bodyLimit must be a positive integer');
  if (options.token !== undefined && options.token.length < 16)
    throw new TypeError('token must have at least 16 characters');
  if (options.cookie) assertCookieOptions(options.cookie);
  const authorised = options.token === undefined ? null : createBearerCheck(options.token);
  const limiter = options.rateLimit === false ? null : createRateLimiter(options.rateLimit);
  const trustProxy = options.trustProxy ?? false;
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error: unknown) => console.error('[assent-ledger]', error));
  const { storage } = options;

  const limited = (req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): boolean => {
    const wait = limiter?.take(clientAddress(req, trustProxy)) ?? 0;
    if (wait === 0) return false;
    sendError(res, 429, `too many requests; retry in ${wait} s`, {
      headers: { ...headers, 'Retry-After': String(wait) },
    });
    return true;
  };

  const receipts = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = checkOrigin(req, origins);
    const headers: Record<string, string> = { Vary: 'Origin' };
    if (!origin.allowed)
      return sendError(res, 403, `origin ${origin.origin.slice(0, 200)} is not allowed`, { headers });
    if (origin.origin) {
      headers['Access-Control-Allow-Origin'] = origin.origin;
      if (options.cookie) headers['Access-Control-Allow-Credentials'] = 'true';
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...headers,
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '86400',
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (req.method !== 'POST')
      return sendError(res, 405, `method ${req.method} not allowed; use POST`, {
        headers: { ...headers, Allow: 'POST, OPTIONS' },
      });
    if (limited(req, res, headers)) return;
    await receiveReceipts(req, res, {
      storage,
      bodyLimit,
      cookie: options.cookie,
      https: isHttps(req, trustProxy),
      headers,
      now,
    });
  };

  const admin = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    const m = CONSENT_PATH.exec(path);
    const allow = m ? (m[2] ? 'GET, HEAD' : 'DELETE') : 'GET, HEAD';
    if (!allow.split(', ').includes(req.method ?? ''))
      return sendError(res, 405, `method ${req.method} not allowed; use ${allow}`, {
        headers: { Allow: allow },
      });
    if (limited(req, res, {})) return;
    if (!authorised?.(req.headers.authorization))
      return sendError(res, 401, 'missing or wrong bearer token', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    if (m) {
      const consentId = m[1]!;
      if (!UUID_V4.test(consentId))
        return sendError(
          res,
          400,
          `consent id must be a lowercase UUID v4, got "${consentId.slice(0, 64)}"`,
          {
            fields: { field: 'consentId' },
          },
        );
      if (m[2]) return sendJson(res, 200, { consentId, receipts: await storage.byConsentId(consentId) });
      return sendJson(res, 200, { deleted: await storage.deleteConsent(consentId) });
    }
    const range = parseStatsRange(query, now());
    if (!range.ok) return sendError(res, 400, range.error);
    return sendJson(res, 200, await storage.stats(range.range));
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    if (path === '/receipts') return receipts(req, res);
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, 405, `method ${req.method} not allowed; use GET`, {
          headers: { Allow: 'GET, HEAD' },
        });
      return sendJson(res, 200, { status: 'ok' });
    }
    if (path === '/stats' || CONSENT_PATH.test(path)) {
      if (!authorised) return sendError(res, 404, 'not found');
      return admin(req, res, path, query);
    }
    return sendError(res, 404, 'not found');
  };

  return (req, res, next) => {
    let url: URL;
    try {
      url = new URL(`http://ledger.invalid${req.url?.startsWith('/') ? req.url : '/'}`);
    } catch {
      sendError(res, 400, 'malformed request URL');
      return;
    }
    const inside = base === '' || url.pathname === base || url.pathname.startsWith(`${base}/`);
    if (!inside) {
      if (next) next();
      else sendError(res, 404, 'not found');
      return;
    }
    const path = url.pathname.slice(base.length) || '/';
    route(req, res, path, url.searchParams).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendError(res, 500, 'internal error; the request was not completed, retry later');
      else res.destroy();
    });
  };
}
