/**
 * Types of the consent receipts module (`@assent/core/receipts`).
 *
 * @packageDocumentation
 */
import type { Receipt } from '@assent/protocol';
import type { ConsentState } from '../types';

/** The receipt wire format, defined once in `@assent/protocol`. */
export type { Receipt, ReceiptAction } from '@assent/protocol';

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
