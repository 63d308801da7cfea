import { decodeDecision, encodeDecision, type StoredDecision } from '@assent/protocol';
import { createCookieStorage } from './cookie-storage';
import { createCrossTab } from './cross-tab';
import { createConsentId } from './id';
import { reportError } from './report-error';
import type {
  AskReason,
  ConsentConfig,
  ConsentListener,
  ConsentMethod,
  ConsentSource,
  ConsentState,
  ConsentStore,
  CreateConsentOptions,
  DecisionOptions,
  ResolvedConfig,
} from './types';
import { ConsentConfigError, validateConfig } from './validate-config';

const DAY = 24 * 3600 * 1000;
const ADVERTISING = 'advertising';

function readGpc(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  );
}

/**
 * Creates a consent store. The stored decision is read synchronously from the cookie, so a
 * returning visitor's choice is known before this call returns.
 *
 * A wrong config does not throw: the error is logged, `state.configError` says what is wrong, and
 * the store fails safe (nothing optional is granted, nothing is stored). Call
 * {@link validateConfig} first to get the error thrown instead.
 *
 * @example
 * const consent = createConsent({ revision: 1, categories: { analytics: {} } });
 * if (!consent.getState().decided) showBanner();
 * consent.subscribe((state) => state.categories.analytics && loadAnalytics());
 */
export function createConsent(input: ConsentConfig = {}, options: CreateConsentOptions = {}): ConsentStore {
  let config: ResolvedConfig;
  let configError: string | null = null;
  try {
    config = validateConfig(input);
    if (options.issues?.length) throw new ConsentConfigError(options.issues);
  } catch (error) {
    const issues = [...(error instanceof ConsentConfigError ? error.issues : [String(error)])];
    for (const issue of options.issues ?? []) if (!issues.includes(issue)) issues.push(issue);
    configError = new ConsentConfigError(issues).message;
    console.error(configError);
    config = validateConfig({});
  }
  const callbacks = configError ? {} : input;
  const storage = createCookieStorage(config.cookie);
  const gpc = config.gpc === 'auto' ? readGpc() : config.gpc;
  const hasAdvertising = config.categoryIds.includes(ADVERTISING);
  const listeners = new Set<ConsentListener>();
  const preferenceListeners = new Set<() => void>();
  let lastRaw: string | undefined;

  /** Builds a snapshot from a stored decision (or none). */
  const build = (
    decision: StoredDecision | null,
    meta: {
      source: ConsentSource;
      askReason: AskReason | null;
      id: string | null;
      saved: boolean;
      saveError: string | null;
    },
  ): ConsentState => {
    const valid = decision !== null && meta.askReason === null && configError === null;
    const gpcHonoured = gpc && hasAdvertising && !(valid && decision.gpcOverride);
    const categories: Record<string, boolean> = {};
    for (const id of config.categoryIds) {
      let granted: boolean;
      if (id === 'essential') granted = true;
      else if (configError) granted = false;
      else if (valid && Object.hasOwn(decision.categories, id)) granted = decision.categories[id] === true;
      else granted = config.mode === 'opt-out';
      if (id === ADVERTISING && gpcHonoured) granted = false;
      categories[id] = granted;
    }
    return Object.freeze({
      decided: valid,
      categories: Object.freeze(categories),
      revision: config.revision,
      updatedAt: valid ? decision.updatedAt : null,
      expiresAt: valid ? decision.updatedAt + config.cookie.maxAgeDays * DAY : null,
      id: meta.id,
      method: valid ? decision.method : null,
      source: meta.source,
      mode: config.mode,
      region: config.region,
      gpc,
      gpcHonoured,
      askReason: valid ? null : (meta.askReason ?? 'new'),
      saved: valid && meta.saved,
      saveError: meta.saveError,
      configError,
    });
  };

  /** Reads the cookie and builds the state it stands for. */
  const fromCookie = (source: ConsentSource): ConsentState => {
    lastRaw = configError ? undefined : storage.read();
    const result = decodeDecision(lastRaw);
    if (!result.ok) {
      const askReason: AskReason = result.reason === 'empty' ? 'new' : 'invalid';
      return build(null, { source, askReason, id: null, saved: false, saveError: null });
    }
    const d = result.decision;
    let askReason: AskReason | null = null;
    if (d.revision !== config.revision) askReason = 'revision';
    else if (d.updatedAt + config.cookie.maxAgeDays * DAY <= Date.now()) askReason = 'expired';
    // A stale decision never counts, but its consent id stays: it is stable per browser until reset.
    return build(d, { source, askReason, id: d.id, saved: true, saveError: null });
  };

  let state = fromCookie(configError ? 'default' : 'cookie');
  if (state.askReason === 'new' && state.source === 'cookie') state = { ...state, source: 'default' };

  const emit = (next: ConsentState) => {
    const previous = state;
    state = next;
    const all: ConsentListener[] = [...listeners];
    if (callbacks.onChange) all.push(callbacks.onChange);
    if (!previous.decided && next.decided && next.source !== 'sync' && callbacks.onFirstConsent) {
      const first = callbacks.onFirstConsent;
      all.push((s) => first(s));
    }
    for (const listener of all) {
      try {
        listener(next, previous);
      } catch (error) {
        reportError(error);
      }
    }
  };

  const sameState = (a: ConsentState, b: ConsentState) =>
    JSON.stringify({ ...a, source: 0 }) === JSON.stringify({ ...b, source: 0 });

  const crossTab = createCrossTab(config.cookie.name, () => {
    if (configError) return;
    const raw = storage.read();
    // Our own decision could not be stored (cookies blocked): an absent cookie says nothing new.
    if (raw === undefined && state.decided && !state.saved) return;
    const next = fromCookie('sync');
    if (raw !== lastRaw || !sameState(next, state)) emit(next);
  });

  const decide = (
    method: ConsentMethod,
    choices: Record<string, boolean>,
    gpcOverride: boolean,
    source: ConsentSource,
  ) => {
    if (configError) {
      console.error(`Assent: decision ignored, the config is invalid. ${configError}`);
      return;
    }
    const decision: StoredDecision = {
      revision: config.revision,
      updatedAt: Math.floor(Date.now() / 1000) * 1000,
      id: state.id ?? createConsentId(),
      method,
      gpcOverride: gpc && gpcOverride,
      categories: choices,
    };
    const raw = encodeDecision(decision);
    const { saved, error } = storage.write(raw);
    lastRaw = saved ? raw : undefined;
    emit(build(decision, { source, askReason: null, id: decision.id, saved, saveError: error }));
    if (saved) crossTab.notify();
  };

  const optional = config.categoryIds.filter((id) => id !== 'essential');
  const all = (value: boolean) => Object.fromEntries(optional.map((id) => [id, value]));
  const sourceOf = (options?: DecisionOptions): ConsentSource =>
    typeof options?.source === 'string' && options.source ? options.source : 'api';
  const currentOverride = () => state.decided && gpc && !state.gpcHonoured;

  return {
    config,
    getState: () => state,
    subscribe(listener) {
      if (typeof listener !== 'function')
        throw new TypeError('Assent: subscribe(listener) needs a function.');
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    acceptAll(options) {
      // "Accept all" on a banner is not an explicit opt-in to sale/sharing while GPC says no;
      // a visitor who switched advertising on in the preferences keeps that choice.
      const override = currentOverride();
      decide(
        'accept-all',
        { ...all(true), ...(gpc && !override && hasAdvertising ? { [ADVERTISING]: false } : {}) },
        override,
        sourceOf(options),
      );
    },
    rejectAll(options) {
      decide('reject-all', all(false), false, sourceOf(options));
    },
    update(choices, options) {
      if (typeof choices !== 'object' || choices === null || Array.isArray(choices))
        throw new TypeError('Assent: update() needs an object such as { analytics: true }.');
      const next: Record<string, boolean> = {};
      for (const id of optional) next[id] = state.categories[id] === true;
      for (const [id, value] of Object.entries(choices)) {
        if (typeof value !== 'boolean')
          throw new TypeError(`Assent: update({ ${id} }) needs true or false, got ${typeof value}.`);
        if (id === 'essential') {
          if (!value)
            throw new TypeError(
              'Assent: the essential category is always granted and cannot be switched off.',
            );
          continue;
        }
        if (!optional.includes(id))
          throw new TypeError(`Assent: unknown category "${id}" in update(); known: ${optional.join(', ')}.`);
        next[id] = value;
      }
      let override = currentOverride();
      if (Object.hasOwn(choices, ADVERTISING)) override = choices[ADVERTISING] === true;
      decide('custom', next, override, sourceOf(options));
    },
    reset() {
      if (configError) return;
      storage.remove();
      lastRaw = undefined;
      emit(build(null, { source: 'api', askReason: 'reset', id: null, saved: false, saveError: null }));
      crossTab.notify();
    },
    has(category) {
      return (
        typeof category === 'string' &&
        Object.hasOwn(state.categories, category) &&
        state.categories[category] === true
      );
    },
    showPreferences() {
      for (const listener of [...preferenceListeners]) {
        try {
          listener();
        } catch (error) {
          reportError(error);
        }
      }
    },
    onShowPreferences(listener) {
      preferenceListeners.add(listener);
      return () => {
        preferenceListeners.delete(listener);
      };
    },
    destroy() {
      crossTab.close();
      listeners.clear();
      preferenceListeners.clear();
    },
  };
}
