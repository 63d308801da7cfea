import { encodeDecision } from '@assent/protocol';
import { createCookieStorage } from './cookie-storage';
import { createCrossTab } from './cross-tab';
import { createDecisionMethods, type WriteDecision } from './decisions';
import { createDeriveState } from './derive-state';
import { readGpc } from './gpc';
import { callEach, listen } from './listeners';
import { loadConfig } from './load-config';
import { expiresAt } from './re-consent';
import { stateFromCookie } from './state-from-cookie';
import type {
  ConsentConfig,
  ConsentListener,
  ConsentSource,
  ConsentState,
  ConsentStore,
  CreateConsentOptions,
} from './types';

/**
 * Creates a consent store. The stored decision is read synchronously from the cookie, so a
 * returning visitor's choice is known before this call returns.
 *
 * A wrong config does not throw. A wrong value of a key the decision depends on (categories,
 * cookie, revision, mode) is logged, `state.configError` says what is wrong, and the store fails
 * safe (nothing optional is granted, nothing is stored). A wrong value of any other key (or an
 * unknown key) is logged, left out (its default applies) and listed in `state.configWarnings`.
 * Call {@link validateConfig} first to get every problem thrown instead.
 *
 * @example
 * const consent = createConsent({ revision: 1, categories: { analytics: {} } });
 * if (!consent.getState().decided) showBanner();
 * consent.subscribe((state) => state.categories.analytics && loadAnalytics());
 */
export function createConsent(input: ConsentConfig = {}, options: CreateConsentOptions = {}): ConsentStore {
  const {
    config,
    input: used,
    configError,
    configWarnings,
  } = loadConfig(input, options.issues, options.warnings);
  const callbacks = configError ? {} : used;
  const storage = createCookieStorage(config.cookie);
  const gpc = readGpc(config.gpc);
  const derive = createDeriveState(config, configError, gpc, configWarnings);
  const listeners = new Set<ConsentListener>();
  const preferenceListeners = new Set<() => void>();
  /** The cookie value the current state stands for (`undefined`: none, or not stored). */
  let lastRaw: string | undefined;

  /** Reads the cookie and builds the state it stands for (no value, or a wrong config: a new visitor). */
  const fromCookie = (source: ConsentSource): ConsentState => {
    lastRaw = configError ? undefined : storage.read();
    return stateFromCookie(lastRaw, config, derive, source);
  };
  let state = fromCookie('cookie');

  /** Makes `next` the state and tells the listeners, then the config's callbacks. */
  const emit = (next: ConsentState) => {
    const previous = state;
    state = next;
    const all: ConsentListener[] = [...listeners];
    if (callbacks.onChange) all.push(callbacks.onChange);
    const first = callbacks.onFirstConsent;
    // Once per new decision made here: a decision synced from another tab was announced there.
    if (first && !previous.decided && next.decided && next.source !== 'sync') all.push((s) => first(s));
    callEach(all, next, previous);
  };

  const sameState = (a: ConsentState, b: ConsentState) =>
    JSON.stringify({ ...a, source: 0 }) === JSON.stringify({ ...b, source: 0 });
  /** Another tab (or subdomain) may have changed the cookie: a change becomes a `'sync'` state. */
  const crossTab = createCrossTab(config.cookie.name, () => {
    if (configError) return;
    const raw = storage.read();
    // Our own decision could not be stored (cookies blocked): an absent cookie says nothing new.
    if (raw === undefined && state.decided && !state.saved) return;
    const next = fromCookie('sync');
    if (raw !== lastRaw || !sameState(next, state)) emit(next);
  });

  /** Writes the cookie (and tells the other tabs) unless the config is wrong: then nothing is stored. */
  const write: WriteDecision = (decision, source) => {
    if (configError) return console.error(`Assent: decision ignored. ${configError}`);
    const raw = encodeDecision(decision);
    const { saved, error } = storage.write(raw, expiresAt(decision, config));
    lastRaw = saved ? raw : undefined;
    emit(derive(decision, { source, saved, saveError: error }));
    if (saved) crossTab.notify();
  };

  return {
    config,
    getState: () => state,
    subscribe(listener) {
      if (typeof listener !== 'function')
        throw new TypeError('Assent: subscribe(listener) needs a function.');
      return listen(listeners, listener);
    },
    ...createDecisionMethods(config.categoryIds, config.revision, gpc, () => state, write),
    reset() {
      if (configError) return;
      storage.remove();
      lastRaw = undefined;
      emit(derive(null, { source: 'api', askReason: 'reset' }));
      crossTab.notify();
    },
    has: (category) =>
      typeof category === 'string' &&
      Object.hasOwn(state.categories, category) &&
      state.categories[category] === true,
    showPreferences: () => callEach(preferenceListeners),
    onShowPreferences: (listener) => listen(preferenceListeners, listener),
    destroy() {
      crossTab.close();
      listeners.clear();
      preferenceListeners.clear();
    },
  };
}
