import {
  type ConsentState,
  type ConsentStore,
  cookieNames,
  expireCookie,
  matchesPattern,
  reportError,
} from '@assent/core';
import { BOOLEAN } from '@assent/protocol';
import { candidateDomains, candidatePaths, findRegistrableDomain } from './internal/cookies';
import { checkOptions, type OptionRules } from './internal/options';
import type { Adapter } from './types';

/** Options of {@link cookieCleanup}. */
export interface CookieCleanupOptions {
  /**
   * Reload the page after cleaning up when something granted becomes denied: scripts that already
   * ran cannot be unloaded and may write their cookies again. @default false
   */
  reloadOnWithdraw?: boolean;
  /**
   * Also clean up at connect for categories that are denied in a stored decision (removes cookies
   * left over from an earlier page view or written before consent). @default false
   */
  cleanOnConnect?: boolean;
}

/** The rules of {@link CookieCleanupOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = { reloadOnWithdraw: BOOLEAN, cleanOnConnect: BOOLEAN };

/** What a cleanup removed. */
export interface CleanupResult {
  /** Cookie names written as expired (on every candidate domain and path). */
  cookies: string[];
  /** `localStorage` / `sessionStorage` keys removed. */
  storage: string[];
}

/**
 * Deletes the cookies and storage keys that the services of `categories` declared in the config
 * (exact names and `*` patterns): cookies host-only and on every parent domain up to the
 * registrable domain, with `Path=/` and the current path and its ancestors.
 *
 * @param store - the consent store (its config declares the cookies).
 * @param categories - category ids to clean up.
 * @returns the cookie names and storage keys it removed.
 * @example
 * clearCategories(consent, ['analytics']);
 */
export function clearCategories(store: ConsentStore, categories: readonly string[]): CleanupResult {
  const cookiePatterns: string[] = [];
  const storagePatterns: string[] = [];
  for (const id of categories) {
    if (id === 'essential') continue;
    for (const service of store.config.categories[id]?.services ?? []) {
      for (const cookie of service.cookies) cookiePatterns.push(cookie.name);
      storagePatterns.push(...service.storage);
    }
  }
  const result: CleanupResult = { cookies: [], storage: [] };
  if (cookiePatterns.length > 0) {
    const visible = cookieNames();
    const names = new Set(visible.filter((name) => cookiePatterns.some((p) => matchesPattern(p, name))));
    // Exact names too: a cookie on another path is not visible here but may still be deleted.
    for (const pattern of cookiePatterns) if (!pattern.includes('*')) names.add(pattern);
    if (names.size > 0) {
      const host = location.hostname;
      const domains = candidateDomains(host, findRegistrableDomain(host));
      const paths = candidatePaths(location.pathname);
      for (const name of names) {
        for (const domain of domains) for (const path of paths) expireCookie(name, path, domain);
        if (visible.includes(name)) result.cookies.push(name);
      }
    }
  }
  if (storagePatterns.length > 0) {
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        const storage = window[area];
        // A Storage object's own keys are its items (a copy: removing one changes no index).
        for (const key of Object.keys(storage))
          if (storagePatterns.some((p) => matchesPattern(p, key))) {
            storage.removeItem(key);
            result.storage.push(key);
          }
      } catch {
        // Storage blocked: nothing of ours can be in it.
      }
    }
  }
  return result;
}

/** The categories a state leaves denied. */
const denied = (state: ConsentState) => Object.keys(state.categories).filter((id) => !state.categories[id]);

/**
 * Deletes declared cookies and storage keys as soon as their category is withdrawn (granted →
 * denied). Scripts that already ran keep running; use `reloadOnWithdraw` to stop them.
 *
 * @param options - `reloadOnWithdraw`, `cleanOnConnect`.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} listing every wrong option.
 * @example
 * connect(consent, cookieCleanup({ reloadOnWithdraw: true }));
 */
export function cookieCleanup(options: CookieCleanupOptions = {}): Adapter {
  checkOptions('cookieCleanup', OPTIONS, options);
  return (store) => {
    const initial = store.getState();
    const clear = (ids: string[]) => {
      try {
        clearCategories(store, ids);
      } catch (error) {
        reportError(error);
      }
    };
    if (options.cleanOnConnect && initial.decided) clear(denied(initial));
    return store.subscribe((state, previous) => {
      // Withdrawn: granted before, denied now (both states have the config's categories).
      const ids = denied(state).filter((id) => previous.categories[id]);
      if (ids.length === 0) return;
      clear(ids);
      if (options.reloadOnWithdraw) location.reload();
    });
  };
}
