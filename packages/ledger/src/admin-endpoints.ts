import type { IncomingMessage, ServerResponse } from 'node:http';
import { UUID_V4 } from '@assent/protocol';
import type { LedgerContext } from './ledger-context';
import { encodeCursor, parseReceiptPage } from './receipt-page';
import { sendError, sendJson } from './respond';
import { parseStatsRange } from './stats-range';
import { answerStorageBusy } from './storage-busy';

const CONSENT_PATH = /^\/consents\/([^/]+)(\/receipts)?$/;

/** Whether `path` is one of the endpoints that need the bearer token. */
export const isAdminPath = (path: string): boolean => path === '/stats' || CONSENT_PATH.test(path);

/**
 * `GET /consents/:consentId/receipts?limit=&after=`: one page of a visitor's receipts, oldest
 * first, `{ consentId, receipts, next }`. Policy: pages of `limit` receipts (default 500, at most
 * 1000), so no answer is unbounded; `next` is the opaque cursor of the following page, null on the
 * last one. One more receipt than asked is read to tell whether a next page exists.
 */
async function answerReceipts(
  ctx: LedgerContext,
  res: ServerResponse,
  consentId: string,
  query: URLSearchParams,
) {
  const parsed = parseReceiptPage(query);
  if (!parsed.ok) return sendError(res, 400, parsed.problems.join('; '));
  const { limit, after } = parsed.page;
  const found = await ctx.storage.byConsentId(consentId, { limit: limit + 1, ...(after ? { after } : {}) });
  const receipts = found.slice(0, limit);
  const next = found.length > limit ? encodeCursor(receipts[limit - 1]!) : null;
  return sendJson(res, 200, { consentId, receipts, next });
}

/** `GET /consents/:consentId/receipts` (a visitor's receipts) or `DELETE /consents/:consentId` (erasure). */
async function answerConsent(
  ctx: LedgerContext,
  res: ServerResponse,
  consentId: string,
  read: boolean,
  query: URLSearchParams,
) {
  if (!UUID_V4.test(consentId))
    return sendError(res, 400, `consent id must be a lowercase UUID v4, got "${consentId.slice(0, 64)}"`, {
      fields: { field: 'consentId' },
    });
  if (read) return answerReceipts(ctx, res, consentId, query);
  return sendJson(res, 200, { deleted: await ctx.storage.deleteConsent(consentId) });
}

/** Runs an endpoint; a database locked elsewhere for too long is answered 503 with `Retry-After`. */
async function unlessBusy(res: ServerResponse, answer: () => Promise<void>): Promise<void> {
  try {
    await answer();
  } catch (error) {
    if (!answerStorageBusy(res, error)) throw error;
  }
}

/**
 * The read, erase and stats endpoints (only mounted with a token): the method, the rate limit and
 * the bearer token are checked in that order, then the endpoint answers.
 *
 * @param ctx - The handler's context.
 * @param req - The request.
 * @param res - The response.
 * @param path - The path under the base path (an {@link isAdminPath}).
 * @param query - The query parameters (`from`, `to` of `/stats`; `limit`, `after` of a receipt list).
 */
export async function handleAdmin(
  ctx: LedgerContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
) {
  const m = CONSENT_PATH.exec(path);
  const allow = m ? (m[2] ? 'GET, HEAD' : 'DELETE') : 'GET, HEAD';
  if (!allow.split(', ').includes(req.method ?? ''))
    return sendError(res, 405, `method ${req.method} not allowed; use ${allow}`, {
      headers: { Allow: allow },
    });
  if (ctx.limited(req, res, {})) return;
  if (!ctx.authorised?.(req.headers.authorization))
    return sendError(res, 401, 'missing or wrong bearer token', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  if (m) return unlessBusy(res, () => answerConsent(ctx, res, m[1]!, m[2] !== undefined, query));
  const range = parseStatsRange(query, ctx.now());
  if (!range.ok) return sendError(res, 400, range.error);
  return unlessBusy(res, async () => sendJson(res, 200, await ctx.storage.stats(range.range)));
}
