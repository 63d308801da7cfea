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
  /** All receipts of one consent id, oldest decision first. */
  byConsentId(consentId: string): Promise<StoredReceipt[]>;
  /** Erases every receipt of one consent id; resolves to the number removed. */
  deleteConsent(consentId: string): Promise<number>;
  /** Aggregate counts for an inclusive UTC day range. */
  stats(range: StatsRange): Promise<LedgerStats>;
  /** Releases the database connection(s). */
  close(): Promise<void>;
}
