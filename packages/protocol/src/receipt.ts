/**
 * The consent receipt: one decision as the browser records it and the ledger stores it. This is
 * the wire format (JSON, one object per receipt, `POST <ledger>/receipts` with an array); the
 * ledger checks each with `validateReceipt`.
 */

/** Every action, in the order the ledger's statistics list them. */
export const RECEIPT_ACTIONS = ['accept-all', 'reject-all', 'custom', 'reset', 'gpc'] as const;
/** What produced a receipt: a decision's method, a `reset()`, or Global Privacy Control honoured. */
export type ReceiptAction = (typeof RECEIPT_ACTIONS)[number];

/** Every mode: whether the visitor's region asks before (opt-in) or after (opt-out) optional processing. */
export const RECEIPT_MODES = ['opt-in', 'opt-out'] as const;
/** Whether the visitor's region asks before (opt-in) or after (opt-out) optional processing. */
export type ReceiptMode = (typeof RECEIPT_MODES)[number];

/**
 * One consent receipt. Every field but `cookie` is always present; unknown values are `null`.
 */
export interface Receipt {
  /** Receipt id: lowercase UUID v4, unique per decision; the ledger dedupes deliveries by it. */
  readonly id: string;
  /** Consent id (`state.id`): lowercase UUID v4, stable per browser until `reset()`. */
  readonly consentId: string;
  /** When the decision was recorded, by the browser's clock: ISO 8601 UTC with milliseconds. */
  readonly timestamp: string;
  /** Policy revision the decision was made under. */
  readonly revision: number;
  /** Mode in force. */
  readonly mode: ReceiptMode;
  /** ISO 3166 region used to pick the mode (`"DE"`, `"US-CA"`), or `null`. */
  readonly region: string | null;
  /** Choice per category id; `essential` is always `true`. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** What the visitor (or the browser's GPC signal) did. */
  readonly action: ReceiptAction;
  /** Where: a lowercase token (`"banner"`, `"preferences"`, `"api"`, `"placeholder"`, `"gpc"`…). */
  readonly source: string;
  /** True when the browser sent Global Privacy Control. */
  readonly gpc: boolean;
  /** BCP 47 language of the text shown, or `null`. */
  readonly language: string | null;
  /** SHA-256 (lowercase hex) of the banner text shown, or `null` (no text, or no `crypto.subtle`). */
  readonly textHash: string | null;
  /** The page's URL (http or https) without query and hash, or `null`. */
  readonly url: string | null;
  /** Version of the SDK that wrote the receipt. */
  readonly sdkVersion: string;
  /** The consent cookie value, only with `serverCookie: true` (for the ledger to re-issue it). */
  readonly cookie?: string;
}
