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
 * The per-day aggregate tables kept next to a receipt table `t`, so that statistics never read
 * receipts. Policy (both backends): every insert that stores a receipt and every erasure updates
 * them in the same transaction, so they always equal what the receipts say; a database from before
 * they existed gets them filled from its receipts once, when the storage opens it.
 *
 * - `actions`: per UTC day of reception, revision and action: `total` receipts and `consents`, the
 *   distinct consent ids among them.
 * - `categories`: per day, revision and category: receipts that `granted` and that `denied` it.
 * - `consents`: one row per (consent id, day, revision, action) seen. A distinct count cannot be
 *   kept as a number alone: this row is how an insert knows whether its consent id is new to the
 *   group (inserted here: count it), and how an erasure knows which groups lose one. Its primary key
 *   also makes concurrent inserts of the same group in PostgreSQL wait for each other instead of
 *   both counting the consent. It holds about one row per receipt (fewer when a visitor decides
 *   twice the same day), indexed, never read by statistics.
 *
 * Rows that drop to zero after an erasure stay and are skipped by the statistics queries.
 *
 * @param t - The receipt table (a checked identifier).
 * @returns The three table names.
 */
export function dailyTables(t: string) {
  return {
    actions: `${t}_daily_actions`,
    categories: `${t}_daily_categories`,
    consents: `${t}_daily_consents`,
  };
}

/** A statistics row as a database returns it: counts may be numbers, bigints or text. */
type StatsRow = Readonly<Record<string, unknown>>;

/**
 * The statistics of an inclusive day range, from a backend's two queries of its {@link dailyTables}
 * (sorted by the database).
 *
 * @param range - The day range asked for.
 * @param query - Runs both queries for the inclusive days `from` to `to`; returns rows of
 *   `day, revision, action, total, consents` and rows of `day, revision, category, granted, denied`.
 * @returns The stats, with every count a number.
 */
export async function collectStats(
  range: StatsRange,
  query: (from: string, to: string) => Promise<readonly [readonly StatsRow[], readonly StatsRow[]]>,
): Promise<LedgerStats> {
  const [actions, categories] = await query(range.from, range.to);
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
