import type { ConsentStore } from '@assent/core';
import { when } from '@assent/protocol';
import { checkOptions, type OptionRules, VENDOR_TAG } from './internal/options';
import { pixelAdapter } from './internal/pixel';
import type { Adapter } from './types';

/** Options of {@link createPixel}: the pattern every tracking pixel adapter follows. */
export interface PixelOptions {
  /** Name used in error messages (`Invalid <name> options: …`), e.g. `"tiktok"`. */
  name: string;
  /** Category (or space-separated list, all needed) that gates the pixel. */
  category: string | readonly string[];
  /** The vendor script, requested only once the category is granted (once per page). */
  src: string;
  /** CSP nonce for the script element. */
  nonce?: string;
  /**
   * Runs synchronously at connect, granted or not: install the vendor's queue stub and queue the
   * calls that must come first (consent revoke, init, page view). Calls queue until `src` loads.
   */
  setup?: (granted: boolean, store: ConsentStore) => void;
  /** Runs when the category becomes granted after connect (the script load starts right after). */
  onGrant?: (store: ConsentStore) => void;
  /** Runs when the category is withdrawn after connect. */
  onRevoke?: (store: ConsentStore) => void;
}

const HOOK = when((v) => typeof v === 'function', 'a function');

/** The rules of {@link PixelOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = {
  name: when((v) => typeof v === 'string' && v !== '', 'a name for messages, such as "tiktok"'),
  ...VENDOR_TAG,
  src: when((v) => typeof v === 'string' && v !== '', 'the vendor script URL'),
  setup: HOOK,
  onGrant: HOOK,
  onRevoke: HOOK,
};

/**
 * Builds a pixel adapter: stub and pre-init calls at connect, the vendor script only after consent,
 * grant/revoke hooks on later changes. Errors in hooks and failed downloads are reported, never thrown.
 *
 * @param options - name, category, script URL and hooks.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} listing every wrong option (`Invalid tiktok options:\n- src: expected …`).
 * @example
 * const tiktok = createPixel({
 *   name: 'tiktok', category: 'advertising', src: 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=ID',
 *   setup: (granted) => { installTtqStub(); if (!granted) ttq.holdConsent(); ttq.load('ID'); ttq.page(); },
 *   onGrant: () => ttq.grantConsent(), onRevoke: () => ttq.revokeConsent(),
 * });
 */
export function createPixel(options: PixelOptions): Adapter {
  const name = options?.name;
  checkOptions(typeof name === 'string' && name ? name : 'createPixel', OPTIONS, options, [
    'category',
    'src',
  ]);
  return pixelAdapter(options);
}
