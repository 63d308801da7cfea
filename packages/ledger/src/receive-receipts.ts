import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BATCH, show, validateReceipt } from '@assent/protocol';
import { cookieHeaderFor, type LedgerCookieOptions } from './consent-cookie';
import { readBody } from './read-body';
import { sendError, sendJson } from './respond';
import type { InsertStatus, LedgerStorage, Receipt, StoredReceipt } from './types';

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

/** What is wrong with the request's content headers, or null. Header values are echoed {@link show}n (cut at 40 characters). */
function contentTypeError(req: IncomingMessage): string | null {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity')
    return `content-encoding ${show(encoding)} is not supported; send the body uncompressed`;
  const raw = req.headers['content-type'];
  if (raw === undefined) return 'content-type must be application/json (or text/plain), got none';
  const [type, ...params] = raw.split(';').map((s) => s.trim().toLowerCase());
  if (!type || !ACCEPTED_TYPES.includes(type))
    return `content-type must be application/json (or text/plain), got ${show(raw)}`;
  for (const p of params) {
    const [key, value] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (key === 'charset' && value !== 'utf-8' && value !== 'utf8')
      return `charset must be utf-8, got ${show(value ?? '')}`;
  }
  return null;
}

const countOf = (outcomes: readonly ReceiptOutcome[], status: ReceiptOutcome['status']): number =>
  outcomes.filter((o) => o.status === status).length;

/** What a body held: one receipt, or a batch (an array), as yet unchecked. */
interface Delivery {
  readonly items: unknown[];
  readonly batch: boolean;
}

/**
 * Reads the body: content type, size, UTF-8, JSON, batch size. Answers the request itself (415,
 * 413, 400) and returns null when the body cannot be used, or when the client went away.
 */
async function readDelivery(req: IncomingMessage, res: ServerResponse, ctx: ReceiveContext) {
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
  return { items, batch } satisfies Delivery;
}

/** Validates every item: the valid receipts with their index, and an `invalid` outcome for each other. */
function validateAll(items: readonly unknown[]) {
  const outcomes: (ReceiptOutcome | undefined)[] = [];
  const valid: { index: number; receipt: Receipt }[] = [];
  items.forEach((item, index) => {
    const v = validateReceipt(item);
    if (v.ok) {
      valid.push({ index, receipt: v.receipt });
      outcomes[index] = undefined;
    } else {
      const rawId = (item as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' ? rawId.slice(0, 64) : null;
      outcomes[index] = { index, id, status: 'invalid', field: v.field, error: v.error };
    }
  });
  return { outcomes, valid };
}

/**
 * Answers with the summary: see {@link receiveReceipts} for the status. In cookie mode a single
 * receipt that was accepted gets its consent cookie re-issued.
 */
function answer(
  res: ServerResponse,
  ctx: ReceiveContext,
  all: ReceiptOutcome[],
  single: Receipt | undefined,
) {
  const { headers } = ctx;
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
        : single
          ? 'a different receipt with this id is already stored; the stored receipt is kept'
          : `no receipt accepted: ${conflicts} conflicting (same id, different content; the stored receipt is kept)`;
    return sendError(res, status, message, { fields: summary, headers });
  }

  const responseHeaders = { ...headers };
  if (ctx.cookie && single) {
    const cookie = cookieHeaderFor(single, ctx.cookie, ctx.https);
    if (cookie) responseHeaders['Set-Cookie'] = cookie;
  }
  const status = accepted < all.length ? 207 : stored > 0 ? 201 : 200;
  return sendJson(res, status, summary, responseHeaders);
}

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
  const delivery = await readDelivery(req, res, ctx);
  if (!delivery) return;
  const { outcomes, valid } = validateAll(delivery.items);
  if (!delivery.batch && outcomes[0]) {
    const { field, error } = outcomes[0];
    return sendError(res, 400, `invalid receipt: field "${field}": ${error}`, {
      fields: { field },
      headers: ctx.headers,
    });
  }

  const receivedAt = ctx.now().toISOString();
  const toStore: StoredReceipt[] = valid.map((v) => ({ ...v.receipt, receivedAt }));
  const results = await ctx.storage.insert(toStore);
  valid.forEach((v, i) => {
    outcomes[v.index] = { index: v.index, id: v.receipt.id, status: results[i]!.status };
  });
  const all = outcomes as ReceiptOutcome[];
  for (const o of all)
    if (o.status === 'conflict')
      Object.assign(o, { error: 'a different receipt with this id is already stored' });
  return answer(res, ctx, all, delivery.batch ? undefined : valid[0]?.receipt);
}
