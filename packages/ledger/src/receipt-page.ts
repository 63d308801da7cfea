import { check, type Rule, shape, UUID_V4, when } from '@assent/protocol';
import type { ReceiptPageRequest, ReceiptPosition, StoredReceipt } from './types';

/** Receipts per page of `GET /consents/:id/receipts` when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 500;
/** Most receipts per page: about 500 KB of JSON, so one answer never holds the loop for long. */
export const MAX_PAGE_SIZE = 1000;

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The opaque cursor of the page after `last`: its position (decision time, reception time, id) in
 * base64url. It names a receipt, not an offset, so it stays valid while receipts are added.
 *
 * @param last - The last receipt of a page.
 * @returns The cursor for `after`.
 */
export function encodeCursor(last: StoredReceipt | ReceiptPosition): string {
  return Buffer.from(JSON.stringify([last.timestamp, last.receivedAt, last.id])).toString('base64url');
}

/** A cursor back to its position, or undefined when it is not one {@link encodeCursor} wrote. */
function decodeCursor(cursor: string): ReceiptPosition | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length !== 3) return undefined;
  const [timestamp, receivedAt, id] = parts as unknown[];
  if (typeof timestamp !== 'string' || typeof receivedAt !== 'string' || typeof id !== 'string')
    return undefined;
  if (!TIME.test(timestamp) || !TIME.test(receivedAt) || !UUID_V4.test(id)) return undefined;
  const position = { timestamp, receivedAt, id };
  return encodeCursor(position) === cursor ? position : undefined;
}

const LIMIT: Rule<number> = when(
  (v) => typeof v === 'string' && /^[1-9]\d{0,3}$/.test(v) && Number(v) <= MAX_PAGE_SIZE,
  `a whole number from 1 to ${MAX_PAGE_SIZE}`,
  (v: string) => Number(v),
);
const AFTER: Rule<ReceiptPosition> = when(
  (v) => typeof v === 'string' && decodeCursor(v) !== undefined,
  'the "next" cursor of an earlier page',
  (v: string) => decodeCursor(v)!,
);
const PAGE_QUERY = shape({ limit: LIMIT, after: AFTER }, 'query parameters');

/**
 * Reads `limit` and `after` of `GET /consents/:id/receipts` with the option-checking kit, so a
 * wrong one is refused in its form: `limit: expected a whole number from 1 to 1000, got "0"`. A
 * parameter given twice is refused (`got an array`), an unknown one too.
 *
 * @param query - The URL's query parameters.
 * @returns The page to read, or every problem found.
 */
export function parseReceiptPage(
  query: URLSearchParams,
): { ok: true; page: ReceiptPageRequest } | { ok: false; problems: readonly string[] } {
  const given: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    given[key] = values.length === 1 ? values[0]! : values;
  }
  const result = check(PAGE_QUERY, given);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { limit, after } = result.value as { limit?: number; after?: ReceiptPosition };
  return { ok: true, page: { limit: limit ?? DEFAULT_PAGE_SIZE, ...(after ? { after } : {}) } };
}
