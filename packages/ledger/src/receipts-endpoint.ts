import type { IncomingMessage, ServerResponse } from 'node:http';
import { isHttps } from './client-info';
import { checkOrigin } from './cors';
import type { LedgerContext } from './ledger-context';
import { receiveReceipts } from './receive-receipts';
import { sendError } from './respond';
import { answerStorageBusy } from './storage-busy';

/** Answers an allowed CORS preflight: browsers may POST JSON text, and remember that for a day. */
function answerPreflight(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(204, {
    ...headers,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '86400',
    'Cache-Control': 'no-store',
  });
  res.end();
}

/**
 * `POST /receipts` and its `OPTIONS` preflight: the origin check (403 for an origin not allowed,
 * else the origin echoed, with credentials in cookie mode), the method, the rate limit, then
 * {@link receiveReceipts}.
 *
 * @param ctx - The handler's context.
 * @param req - The request.
 * @param res - The response.
 */
export async function handleReceipts(ctx: LedgerContext, req: IncomingMessage, res: ServerResponse) {
  const origin = checkOrigin(req, ctx.origins);
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (!origin.allowed)
    return sendError(res, 403, `origin ${origin.origin.slice(0, 200)} is not allowed`, { headers });
  if (origin.origin) {
    headers['Access-Control-Allow-Origin'] = origin.origin;
    if (ctx.cookie) headers['Access-Control-Allow-Credentials'] = 'true';
  }
  if (req.method === 'OPTIONS') return answerPreflight(res, headers);
  if (req.method !== 'POST')
    return sendError(res, 405, `method ${req.method} not allowed; use POST`, {
      headers: { ...headers, Allow: 'POST, OPTIONS' },
    });
  if (ctx.limited(req, res, headers)) return;
  try {
    await receiveReceipts(req, res, {
      storage: ctx.storage,
      bodyLimit: ctx.bodyLimit,
      cookie: ctx.cookie,
      https: isHttps(req, ctx.trustProxy),
      headers,
      now: ctx.now,
    });
  } catch (error) {
    // A database locked elsewhere for too long: nothing was stored, the client retries (503, with
    // the CORS headers so a browser can read it); any other error is the handler's 500.
    if (res.headersSent || !answerStorageBusy(res, error, headers)) throw error;
  }
}
