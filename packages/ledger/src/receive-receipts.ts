import type { IncomingMessage, ServerResponse } from 'node:http';
import { cookieHeaderFor, type LedgerCookieOptions } from './consent-cookie';
import { MAX_BATCH } from './ledger-options';
import { readBody } from './read-body';
import { sendError, sendJson } from './respond';
import type { InsertStatus, LedgerStorage, Receipt, StoredReceipt } from './types';
import { validateReceipt } from './validate-receipt';

/** Per-receipt entry of the POST /receipts answer. */
export interface ReceiptOutcome {
  readonly index: number;
  readonly id: string | null;
  readonly status: InsertStatus | 'invalid';
  readonly field?: string;
  readonly error?: string;
}

/** What {@link receiveReceipts} needs from the handler. */
export interface ReceiveContext {
  readonly storage: LedgerStorage;
  readonly bodyLimit: number;
  readonly cookie: LedgerCookieOptions | undefined;
  readonly https: boolean;
  readonly headers: Record<string, string>;
  readonly now: () => Date;
}

const ACCEPTED_TYPES = ['application/json', 'text/plain'];

function contentTypeError(req: IncomingMessage): string | null {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity')
    return `content-encoding "${encoding}" is not supported; send the body uncompressed`;
  const raw = req.headers['content-type'];
  if (raw === undefined) return 'content-type must be application/json (or text/plain), got none';
  const [type, ...params] = raw.split(';').map((s) => s.trim().toLowerCase());
  if (!type || !ACCEPTED_TYPES.includes(type))
    return `content-type must be application/json (or text/plain), got "${raw.slice(0, 100)}"`;
  for (const p of params) {
    const [key, value] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (key === 'charset' && value !== 'utf-8' && value !== 'utf8')
      return `charset must be utf-8, got "${value ?? ''}"`;
  }
  return null;
}

const countOf = (outcomes: readonly ReceiptOutcome[], status: ReceiptOutcome['status']): number =>
  outcomes.filter((o) => o.status === status).length;

/**
 * Handles `POST /receipts` after the origin and rate checks: content type, size, JSON, strict
 * validation, idempotent storage, and the consent cookie in ITP mode.
 *
 * Status: 201 when something new was stored, 200 when everything was already stored, 400/409 when
 * nothing was accepted (invalid / conflicting), 207 for a batch with both accepted and rejected receipts.
 *
 * @param req - The request.
 * @param res - The response.
 * @param ctx - Storage and settings.
 */
export async function receiveReceipts(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ReceiveContext,
): Promise<void> {
  const { headers } = ctx;
  const typeError = contentTypeError(req);
  if (typeError) return sendError(res, 415, typeError, { headers });

  const body = await readBody(req, ctx.bodyLimit);
  if (!body.ok) {
    if (body.reason === 'too-large')
      return sendError(res, 413, `body too large: at most ${ctx.bodyLimit} bytes`, {
        headers: { ...headers, Connection: 'close' },
      });
    if (body.reason === 'bad-encoding') return sendError(res, 400, 'body is not valid UTF-8', { headers });
    return; // the client went away
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message.slice(0, 200)}` : '';
    return sendError(res, 400, `body is not valid JSON${detail}`, { headers });
  }

  const batch = Array.isArray(parsed);
  const items: unknown[] = batch ? (parsed as unknown[]) : [parsed];
  if (batch && (items.length < 1 || items.length > MAX_BATCH))
    return sendError(res, 400, `a batch must hold 1 to ${MAX_BATCH} receipts, got ${items.length}`, {
      fields: { field: 'body' },
      headers,
    });

  const receivedAt = ctx.now().toISOString();
  const outcomes: (ReceiptOutcome | undefined)[] = [];
  const valid: { index: number; receipt: Receipt }[] = [];
  items.forEach((item, index) => {
    const v = validateReceipt(item);
    if (v.ok) {
      valid.push({ index, receipt: v.receipt });
      outcomes[index] = undefined;
    } else {
      const rawId = (item as { id?: unknown } | null)?.id;
      outcomes[index] = {
        index,
        id: typeof rawId === 'string' ? rawId.slice(0, 64) : null,
        status: 'invalid',
        field: v.field,
        error: v.error,
      };
    }
  });

  if (!batch && outcomes[0]) {
    const { field, error } = outcomes[0];
    return sendError(res, 400, `invalid receipt: field "${field}": ${error}`, { fields: { field }, headers });
  }

  const toStore: StoredReceipt[] = valid.map((v) => ({ ...v.receipt, receivedAt }));
  const results = await ctx.storage.insert(toStore);
  valid.forEach((v, i) => {
    outcomes[v.index] = { index: v.index, id: v.receipt.id, status: results[i]!.status };
  });
  const all = outcomes as ReceiptOutcome[];
  for (const o of all)
    if (o.status === 'conflict')
      Object.assign(o, { error: 'a different receipt with this id is already stored' });

  const stored = countOf(all, 'stored');
  const duplicates = countOf(all, 'duplicate');
  const conflicts = countOf(all, 'conflict');
  const invalid = countOf(all, 'invalid');
  const accepted = stored + duplicates;
  const summary = { stored, duplicates, conflicts, invalid, results: all };

  if (accepted === 0) {
    const status = invalid > 0 ? 400 : 409;
    const message =
      invalid > 0
        ? `no receipt accepted: ${invalid} invalid, ${conflicts} conflicting`
        : batch
          ? `no receipt accepted: ${conflicts} conflicting (same id, different content; the stored receipt is kept)`
          : 'a different receipt with this id is already stored; the stored receipt is kept';
    return sendError(res, status, message, { fields: summary, headers });
  }

  const responseHeaders = { ...headers };
  const single = valid[0]?.receipt;
  if (!batch && ctx.cookie && single) {
    const cookie = cookieHeaderFor(single, ctx.cookie, ctx.https);
    if (cookie) responseHeaders['Set-Cookie'] = cookie;
  }
  const status = accepted < all.length ? 207 : stored > 0 ? 201 : 200;
  return sendJson(res, status, summary, responseHeaders);
}
