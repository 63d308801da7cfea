import type { Receipt, ReceiptAction } from '@assent/protocol';

/** The receipt wire format has one home, `@assent/protocol`; the ledger re-exports its types. */
export type { Receipt, ReceiptAction, ReceiptMode } from '@assent/protocol';

/** A receipt as stored: the validated receipt plus the server's reception time. */
export interface StoredReceipt extends Receipt {
  /** ISO 8601 UTC time (ms) at which the ledger first received the receipt. */
  readonly receivedAt: string;
}

/** Outcome of storing one receipt. */
export type InsertStatus = 'stored' | 'duplicate' | 'conflict';

/** Per-receipt result of {@link LedgerStorage.insert}, in input order. */
export interface InsertResult {
  readonly id: string;
  /** `stored`: new; `duplicate`: identical receipt already kept; `conflict`: same id, different content (kept the original). */
  readonly status: InsertStatus;
}

/**
 * Where a page of one consent's receipts starts: just after this receipt in list order (decision
 * time, then reception time, then id). Every field is one of the receipt's own, so a page's last
 * receipt is the next page's position, and the position stays valid while receipts are added.
 */
export interface ReceiptPosition {
  /** The receipt's `timestamp` (ISO 8601 UTC with milliseconds). */
  readonly timestamp: string;
  /** The receipt's `receivedAt` (ISO 8601 UTC with milliseconds). */
  readonly receivedAt: string;
  /** The receipt's id. */
  readonly id: string;
}

/** A page of {@link LedgerStorage.byConsentId}: at most `limit` receipts, after `after` when given. */
export interface ReceiptPageRequest {
  /** Most receipts to return, a whole number above 0. */
  readonly limit: number;
  /** Start after this receipt; omitted: from the oldest. */
  readonly after?: ReceiptPosition;
}

/** Inclusive UTC day range, `YYYY-MM-DD`. */
export interface StatsRange {
  readonly from: string;
  readonly to: string;
}

/** Receipts per UTC day (of reception), policy revision and action. */
export interface ActionStatsRow {
  readonly day: string;
  readonly revision: number;
  readonly action: ReceiptAction;
  /** Number of receipts. */
  readonly total: number;
  /** Number of distinct consent ids among them. */
  readonly consents: number;
}

/** Granted/denied counts per UTC day (of reception), policy revision and category. */
export interface CategoryStatsRow {
  readonly day: string;
  readonly revision: number;
  readonly category: string;
  readonly granted: number;
  readonly denied: number;
}

/** Aggregates returned by {@link LedgerStorage.stats}, sorted by day, revision, then action or category. */
export interface LedgerStats {
  readonly from: string;
  readonly to: string;
  readonly actions: readonly ActionStatsRow[];
  readonly categories: readonly CategoryStatsRow[];
}

/**
 * Where receipts are kept. Implementations must be idempotent by receipt id and must never
 * overwrite a stored receipt.
 */
export interface LedgerStorage {
  /** Stores receipts (atomically per call where the database allows); results are in input order. */
  insert(receipts: readonly StoredReceipt[]): Promise<InsertResult[]>;
  /**
   * Receipts of one consent id, oldest decision first (by `timestamp`, then `receivedAt`, then
   * `id`). With `page`: at most `page.limit` of them, after `page.after`; without: all of them,
   * which for a consent with thousands of receipts is a large read (the HTTP endpoint always pages).
   */
  byConsentId(consentId: string, page?: ReceiptPageRequest): Promise<StoredReceipt[]>;
  /** Erases every receipt of one consent id; resolves to the number removed. */
  deleteConsent(consentId: string): Promise<number>;
  /**
   * Aggregate counts for an inclusive UTC day range. The backends keep them per day, updated in
   * the transaction that stores or erases receipts, so a read costs one row per day, revision and
   * action (or category), however many receipts there are.
   */
  stats(range: StatsRange): Promise<LedgerStats>;
  /** Releases the database connection(s). */
  close(): Promise<void>;
}
