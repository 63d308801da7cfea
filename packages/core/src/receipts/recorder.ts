import { createConsentId } from '../id';
import type { ConsentState, ConsentStore } from '../types';
import { buildReceipt } from './build-receipt';
import type { Kv } from './create-kv';
import { hashText } from './hash-text';
import { later } from './later';
import type { Serial } from './serial';
import type { Receipt, ReceiptAction, ReceiptOptions } from './types';

/** What was shown at a change seen late (a backlog entry); absent keys are read now. */
export interface Shown {
  readonly text?: string | null;
  readonly language?: string | null;
  readonly at?: number;
}

/** Turns store changes into receipts. */
export interface Recorder {
  /** Records one receipt. */
  record(state: ConsentState, action: ReceiptAction, consentId: string, source: string, shown?: Shown): void;
  /** A store listener: records what the visitor did on this page (see {@link createRecorder}). */
  observe(state: ConsentState, previous: ConsentState, shown?: Shown): void;
}

/** Calls a site callback; one that throws must not cost the receipt (the error is logged). */
const safely = (fn: () => string | null): string | null => {
  try {
    return fn();
  } catch (error) {
    console.error(error);
    return null;
  }
};

/**
 * Which changes make a receipt: a decision made on this page (not one read from the cookie at
 * start or synced from another tab: the tab that made it records it), with the decision's method,
 * consent id and source; and a `reset()` of a decision that had a consent id, recorded as `reset`
 * under the id it withdraws, from `api`. Expiry and revision re-prompts make none of their own.
 *
 * The text and language shown, and the cookie (with `serverCookie`), are read synchronously at the
 * change, before the banner closes; the text's hash is computed after. `keep` stores the receipt.
 */
export function createRecorder(
  store: ConsentStore,
  options: ReceiptOptions,
  readCookie: (name: string) => string | undefined,
  sdkVersion: string,
  keep: (receipt: Promise<Receipt>) => void,
): Recorder {
  const { text, language } = options;
  const record: Recorder['record'] = (state, action, consentId, source, shown) => {
    const built = buildReceipt(state, action, consentId, source, {
      language:
        shown && 'language' in shown
          ? shown.language
          : language
            ? safely(language)
            : globalThis.document?.documentElement.lang,
      cookie: options.serverCookie ? readCookie(store.config.cookie.name) : undefined,
      at: shown?.at,
      sdkVersion,
    });
    const shownText = shown && 'text' in shown ? (shown.text ?? null) : text ? safely(text) : null;
    keep(hashText(shownText).then((textHash) => ({ ...built, textHash })));
  };
  return {
    record,
    observe(state, previous, shown) {
      if (state.decided && state.source !== 'sync' && state.source !== 'cookie')
        record(state, state.method ?? 'custom', state.id ?? createConsentId(), state.source, shown);
      else if (state.askReason === 'reset' && state.source === 'api' && previous.id)
        record(state, 'reset', previous.id, 'api', shown);
    },
  };
}

/**
 * GPC honoured on a page view without a decision: one `gpc` receipt per browser, not one per page
 * view. The first page view that claims the IndexedDB key `gpc` records it, when idle, if the
 * visitor has not decided meanwhile. Without IndexedDB it is not recorded (it could not be limited
 * to once per browser).
 */
export function recordGpcOnce(
  store: ConsentStore,
  kv: Kv,
  record: Recorder['record'],
  local: Serial,
  live: () => boolean,
): void {
  local(async () => {
    await later();
    const state = store.getState();
    if (state.decided || !live()) return;
    const mine = createConsentId();
    const owner = await kv.upd<string>('gpc', (id) => id ?? mine);
    if (owner === mine && kv.kind === 'indexeddb') record(state, 'gpc', state.id ?? mine, 'gpc');
  });
}
