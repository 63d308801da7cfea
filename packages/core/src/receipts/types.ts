import type { ConsentState } from '../types';
/**
 * Types of the consent receipts module (`@assent/core/receipts`).
 *
 * @packageDocumentation
 */

/** What produced a receipt: a decision's method, a `reset()`, or Global Privacy Control honoured. */
export type ReceiptAction = 'accept-all' | 'reject-all' | 'custom' | 'reset' | 'gpc';

/**
 * One consent receipt, exactly in the ledger's wire format (every field but `cookie` is always
 * present; unknown values are `null`).
 */
export interface Receipt {
  /** Receipt id: lowercase UUID v4, unique per decision; the ledger dedupes deliveries by it. */
  id: string;
  /** Consent id (`state.id`): stable per browser until `reset()`. */
  consentId: string;
  /** When the decision was recorded: ISO 8601 UTC with milliseconds. */
  timestamp: string;
  /** Policy revision the decision was made under. */
  revision: number;
  /** Mode in force. */
  mode: 'opt-in' | 'opt-out';
  /** ISO 3166 region used to pick the mode (`"DE"`, `"US-CA"`), or `null`. */
  region: string | null;
  /** Choice per category id; `essential` is always `true`. */
  categories: Record<string, boolean>;
  /** What the visitor (or the browser's GPC signal) did. */
  action: ReceiptAction;
  /** Where: `state.source` as a lowercase token (`"banner"`, `"preferences"`, `"api"`, `"gpc"`…). */
  source: string;
  /** True when the browser sent Global Privacy Control. */
  gpc: boolean;
  /** BCP 47 language of the text shown, or `null`. */
  language: string | null;
  /** SHA-256 (lowercase hex) of the banner text shown, or `null` (no text, or no `crypto.subtle`). */
  textHash: string | null;
  /** The page's URL without query and hash, or `null` (not http(s), or over 2048 characters). */
  url: string | null;
  /** Version of the SDK that wrote the receipt. */
  sdkVersion: string;
  /** The consent cookie value, only with `serverCookie: true` (for the ledger to re-issue it). */
  cookie?: string;
}

/** Options of {@link createReceipts}. */
export interface ReceiptOptions {
  /**
   * Where to POST each receipt (the ledger): an `http(s):` URL or a relative path. Without it,
   * receipts are only kept locally. An unsafe URL (e.g. `javascript:`) is ignored with a warning.
   */
  endpoint?: string;
  /** Language of the text shown, e.g. the banner's; default `<html lang>`. Called at each decision. */
  language?: () => string | null;
  /** The banner text shown to the visitor, hashed into `textHash`. Called synchronously at each decision. */
  text?: () => string | null;
  /** Adds the consent cookie value to each receipt, so the ledger can re-issue it (Safari ITP). */
  serverCookie?: boolean;
  /** Version written into receipts. @default the version of `@assent/core` */
  sdkVersion?: string;
  /** IndexedDB database name. @default "assent-receipts" */
  storeName?: string;
  /** Replaces the global `fetch` (tests). */
  fetch?: typeof fetch;
  /**
   * Changes that happened before the log was created, recorded as if it had seen them: lets a
   * wrapper load the receipts code lazily (the script tag does) without losing a decision. Each
   * entry carries the text and language shown at that moment.
   */
  backlog?: ReadonlyArray<ReceiptBacklogEntry>;
}

/** A store change seen before {@link createReceipts} ran (see `ReceiptOptions.backlog`). */
export interface ReceiptBacklogEntry {
  readonly state: ConsentState;
  readonly previous: ConsentState;
  readonly text?: string | null;
  readonly language?: string | null;
  /** When the change happened (ms since epoch). */
  readonly at?: number;
}

/** The receipt log returned by {@link createReceipts}. */
export interface ReceiptLog {
  /** This browser's receipts, oldest first (only this page view's when IndexedDB is unavailable). */
  getReceipts(): Promise<Receipt[]>;
  /**
   * The local log as JSON for data portability:
   * `{ format: 'assent-receipts', version: 1, exportedAt, consentId, receipts }`.
   */
  exportReceipts(): Promise<string>;
  /** Number of receipts waiting in the outbox for the endpoint. */
  pending(): Promise<number>;
  /** Tries to deliver every pending receipt now (ignoring the retry schedule); resolves when done. */
  flush(): Promise<void>;
  /**
   * Where receipts are kept: `'pending'` until IndexedDB was first used (it is opened lazily),
   * then `'indexeddb'`, or `'memory'` when IndexedDB is missing or failed (for this page view).
   */
  readonly storage: 'indexeddb' | 'memory' | 'pending';
  /** Stops listening to the store and the browser; pending receipts stay in the outbox. */
  destroy(): void;
}

/** Shared retry state kept in the outbox database: next attempt time and failed attempts so far. */
export interface RetryState {
  /** Earliest time (ms since epoch) of the next attempt; also a lease while a tab is sending. */
  at: number;
  /** Failed attempts in a row. */
  n: number;
}
