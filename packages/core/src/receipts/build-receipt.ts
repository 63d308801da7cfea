import {
  COOKIE_VALUE,
  LANGUAGE_TAG,
  MAX_LANGUAGE_TAG,
  MAX_URL,
  type Receipt,
  type ReceiptAction,
  TOKEN,
} from '@assent/protocol';
import { createConsentId } from '../id';
import type { ConsentState } from '../types';

/** What a receipt needs besides the state, read at the moment of the decision. */
export interface ReceiptContext {
  /** When the change happened (ms since epoch); default now. */
  at?: number;
  /** Language of the text shown. */
  language: string | null | undefined;
  /** The consent cookie value, when it is to be sent. */
  cookie: string | undefined;
  sdkVersion: string;
}

/**
 * `state.source` as the ledger's lowercase token: `"Settings Page"` → `"settings-page"`;
 * a label that cannot be made one becomes `"api"`.
 *
 * @param source - Any source label.
 */
export function sourceToken(source: string): string {
  const token = source
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, 32);
  return TOKEN.test(token) ? token : 'api';
}

/** The page URL without query, hash or credentials, or `null` when not http(s) or too long. */
export function pageUrl(): string | null {
  const page = globalThis.location;
  const url = page && page.origin + page.pathname;
  return url && /^https?:/.test(url) && url.length <= MAX_URL ? url : null;
}

/**
 * Builds a receipt (without its text hash, which is computed asynchronously) from a state.
 *
 * @param state - The state after the decision.
 * @param action - What happened.
 * @param consentId - The consent id to record (the previous one for a reset).
 * @param source - Where it happened.
 * @param context - Language, cookie and version.
 * @returns A receipt in the ledger's wire format, with `textHash: null`.
 */
export function buildReceipt(
  state: ConsentState,
  action: ReceiptAction,
  consentId: string,
  source: string,
  context: ReceiptContext,
): Receipt {
  const { language, cookie } = context;
  const receipt = {
    id: createConsentId(),
    consentId,
    timestamp: new Date(context.at ?? Date.now()).toISOString(),
    revision: state.revision,
    mode: state.mode,
    region: state.region,
    categories: { ...state.categories },
    action,
    source: sourceToken(source),
    gpc: state.gpc,
    language:
      language && language.length <= MAX_LANGUAGE_TAG && LANGUAGE_TAG.test(language) ? language : null,
    textHash: null,
    url: pageUrl(),
    sdkVersion: context.sdkVersion,
  };
  return cookie && COOKIE_VALUE.test(cookie) ? { ...receipt, cookie } : receipt;
}
