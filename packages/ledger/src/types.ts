/** What the visitor did to produce a receipt. */
export type ReceiptAction = 'accept-all' | 'reject-all' | 'custom' | 'reset' | 'gpc';

/** Whether the visitor's region asks before (opt-in) or after (opt-out) optional processing. */
export type ReceiptMode = 'opt-in' | 'opt-out';

/**
 * One consent decision as the browser sends it (the wire format, after validation).
 * Every field except `cookie` is required; nullable fields must be sent as `null`.
 */
export interface Receipt {
  /** Receipt id: lowercase UUID v4, unique per decision (the idempotency key). */
  readonly id: string;
  /** Consent id: lowercase UUID v4, stable per browser until the visitor resets. */
  readonly consentId: string;
  /** ISO 8601 UTC time with milliseconds, as the browser's clock saw it. */
  readonly timestamp: string;
  /** Policy revision the decision was made under. */
  readonly revision: number;
  readonly mode: ReceiptMode;
  /** ISO 3166 code like `DE` or `US-CA`, or null when unknown. */
  readonly region: string | null;
  /** Choice per category id; always contains `essential: true`. */
  readonly categories: Readonly<Record<string, boolean>>;
  readonly action: ReceiptAction;
  /** Where the decision was made: `banner`, `preferences`, `api`, `placeholder`, `gpc`, … */
  readonly source: string;
  /** Whether the browser sent Global Privacy Control. */
  readonly gpc: boolean;
  /** BCP 47 language tag of the text shown, or null. */
  readonly language: string | null;
  /** SHA-256 hex (lowercase) of the banner text shown, or null. */
  readonly textHash: string | null;
  /** The page URL (http or https), or null. */
  readonly url: string | null;
  readonly sdkVersion: string;
  /** The consent cookie value the browser wrote, if it sent it. */
  readonly cookie?: string;
}

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
