import { createDeriveState } from '../derive-state';
import { loadConfig } from '../load-config';
import { stateFromCookie } from '../state-from-cookie';
import type { ConsentConfig, ConsentState } from '../types';
import { cookieFromHeader } from './cookie-header';

/** The request's signals besides the cookie. */
export interface RequestSignals {
  /**
   * The `Sec-GPC` request header (`"1"` when the browser sends Global Privacy Control), used when
   * the config's `gpc` is `"auto"`, as the browser store uses `navigator.globalPrivacyControl`.
   */
  readonly secGpc?: string | null;
  /** The time to judge the decision's age by (ms since epoch); default now. */
  readonly now?: number;
}

/** Reads the consent of requests for one config. */
export type ConsentReader = (
  cookieHeader: string | null | undefined,
  signals?: RequestSignals,
) => ConsentState;

/**
 * A reader for one config: the config is checked once (a problem is logged once, as
 * `createConsent` logs it), then each request's state is built from its `Cookie` header. No
 * document, window, timer or channel is used: it runs in any server.
 * @example
 * const read = createConsentReader(config);
 * const state = read(req.headers.cookie, { secGpc: req.headers['sec-gpc'] });
 */
export function createConsentReader(config: ConsentConfig): ConsentReader {
  const loaded = loadConfig(config);
  return (cookieHeader, signals = {}) => {
    const setting = loaded.config.gpc;
    const gpc = setting === 'auto' ? signals.secGpc?.trim() === '1' : setting;
    const derive = createDeriveState(loaded.config, loaded.configError, gpc, loaded.configWarnings);
    const raw = loaded.configError ? undefined : cookieFromHeader(cookieHeader, loaded.config.cookie.name);
    return stateFromCookie(raw, loaded.config, derive, 'cookie', signals.now);
  };
}

const readers = new WeakMap<ConsentConfig, ConsentReader>();

/**
 * The `ConsentState` the browser store would build from this request's consent cookie: the same
 * categories, revision check, expiry, mode, and GPC (from `Sec-GPC`), so a server renders gated
 * content as the page will. One reader is kept per config object (pass the same object on every
 * request, or use {@link createConsentReader}).
 * @param cookieHeader - the request's `Cookie` header.
 * @param config - the config the page gives `createConsent`.
 * @example
 * import { readConsent } from '@assent/core/server';
 * const state = readConsent(req.headers.cookie, config, { secGpc: req.headers['sec-gpc'] });
 * if (state.categories.analytics) html += analyticsTag;
 */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
  signals?: RequestSignals,
): ConsentState {
  let reader = readers.get(config);
  if (!reader) {
    reader = createConsentReader(config);
    readers.set(config, reader);
  }
  return reader(cookieHeader, signals);
}
