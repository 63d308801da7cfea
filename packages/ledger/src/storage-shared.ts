import {
  canonicalReceiptJson,
  checkOrThrow,
  matches,
  type Receipt,
  type Rule,
  shape,
} from '@assent/protocol';
import type { InsertResult, LedgerStats, ReceiptAction, StatsRange, StoredReceipt } from './types';

/** Default table name of both storage backends. */
export const DEFAULT_TABLE = 'assent_receipts';

/** The table name goes into SQL text, so only a plain lowercase identifier passes. */
const TABLE = matches(/^[a-z_][a-z0-9_]{0,62}$/, 'a lowercase SQL identifier like "assent_receipts"');

/**
 * The check of a backend's options: its own `rules` plus `table`. Made once, at module level.
 *
 * @param rules - The rule of each option besides `table`.
 * @returns A function that checks options and returns the table name (default {@link DEFAULT_TABLE});
 *   it throws a TypeError listing every problem: `Invalid storage options:\n- table: expected …`.
 */
export function storageOptions(rules: Readonly<Record<string, Rule>> = {}): (options: unknown) => string {
  const rule = shape({ ...rules, table: TABLE }, 'an object');
  return (options) => {
    return (checkOrThrow(rule, options, 'storage options').table as string | undefined) ?? DEFAULT_TABLE;
  };
}

/**
 * Rebuilds a stored receipt from its JSON body and reception time.
 *
 * @param body - Stored JSON text or object.
 * @param receivedAt - Reception time.
 * @returns The receipt with `receivedAt`, fields in canonical order.
 */
export function toStoredReceipt(body: string | object, receivedAt: string | Date): StoredReceipt {
  const receipt = (typeof body === 'string' ? JSON.parse(body) : body) as Receipt;
  const at = receivedAt instanceof Date ? receivedAt.toISOString() : receivedAt;
  return { ...(JSON.parse(canonicalReceiptJson(receipt)) as Receipt), receivedAt: at };
}

/**
 * Decides, for receipts whose insert did nothing, whether they repeat the stored receipt exactly
 * (`duplicate`) or differ from it (`conflict`).
 *
 * @param receipt - The incoming receipt.
 * @param storedBody - The body already stored under the same id (text or parsed JSON).
 * @returns The result for the incoming receipt.
 */
export function compareWithStored(receipt: Receipt, storedBody: string | object | undefined): InsertResult {
  if (storedBody === undefined) return { id: receipt.id, status: 'conflict' };
  const stored = (typeof storedBody === 'string' ? JSON.parse(storedBody) : storedBody) as Receipt;
  const same = canonicalReceiptJson(stored) === canonicalReceiptJson(receipt);
  return { id: receipt.id, status: same ? 'duplicate' : 'conflict' };
}

/**
 * Turns an inclusive `YYYY-MM-DD` day range into ISO bounds `[start, end)`.
 *
 * @param from - First day.
 * @param to - Last day (inclusive).
 * @returns ISO start and exclusive end.
 */
function dayBounds(from: string, to: string): { start: string; end: string } {
  const end = new Date(`${to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: `${from}T00:00:00.000Z`, end: end.toISOString() };
}

/** A statistics row as a database returns it: counts may be numbers, bigints or text. */
type StatsRow = Readonly<Record<string, unknown>>;

/**
 * The statistics of an inclusive day range, from a backend's two queries (sorted by the database).
 *
 * @param range - The day range asked for.
 * @param query - Runs both queries for the reception times in ISO bounds `[start, end)`; returns
 *   rows of `day, revision, action, total, consents` and rows of `day, revision, category, granted, denied`.
 * @returns The stats, with every count a number.
 */
export async function collectStats(
  range: StatsRange,
  query: (start: string, end: string) => Promise<readonly [readonly StatsRow[], readonly StatsRow[]]>,
): Promise<LedgerStats> {
  const { start, end } = dayBounds(range.from, range.to);
  const [actions, categories] = await query(start, end);
  return {
    from: range.from,
    to: range.to,
    actions: actions.map((row) => ({
      day: String(row.day),
      revision: Number(row.revision),
      action: row.action as ReceiptAction,
      total: Number(row.total),
      consents: Number(row.consents),
    })),
    categories: categories.map((row) => ({
      day: String(row.day),
      revision: Number(row.revision),
      category: String(row.category),
      granted: Number(row.granted),
      denied: Number(row.denied),
    })),
  };
}
