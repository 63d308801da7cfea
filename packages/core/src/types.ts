import type { ConsentMethod } from '@assent/protocol';

/**
 * Public types of `@assent/core`.
 *
 * The config types describe plain JSON-compatible data (apart from the optional callbacks), so a
 * site can keep its configuration in a `<script type="application/json">` block.
 *
 * @packageDocumentation
 */

/** How consent is collected: GDPR-style opt-in or CCPA-style opt-out. */
export type ConsentMode = 'opt-in' | 'opt-out';

/** A service (vendor or tool) inside a category, with the cookies it sets. */
export interface ServiceConfig {
  /** Name shown to the visitor, e.g. `"Google Analytics 4"`. Defaults to the service key. */
  label?: string;
  /** What the service does, shown in the preferences dialog. */
  description?: string;
  /**
   * Cookies the service sets: exact names (`"_ga"`) or `*` patterns (`"_ga_*"`). Deleted when the
   * category is withdrawn (see `@assent/adapters/cleanup`).
   */
  cookies?: Array<string | CookieDeclaration>;
  /** `localStorage` keys the service writes, exact or `*` patterns; cleaned up like cookies. */
  storage?: string[];
}

/** A cookie with the purpose and lifetime shown to the visitor (Planet49: duration must be told). */
export interface CookieDeclaration {
  /** Exact name or `*` pattern. */
  name: string;
  /** Why the cookie exists. */
  purpose?: string;
  /** Human-readable lifetime, e.g. `"2 years"`. */
  lifetime?: string;
}

/** A consent category (a purpose), e.g. analytics. */
export interface CategoryConfig {
  /** Title shown to the visitor; the banner has defaults for the built-in categories. */
  label?: string;
  /** Explanation shown to the visitor. */
  description?: string;
  /** Services in this category, keyed by a stable id (`"ga4"`, `"meta"`). */
  services?: Record<string, ServiceConfig>;
}

/** Where and how the decision cookie is written. */
export interface CookieConfig {
  /** @default "assent" */
  name?: string;
  /** Set to a parent domain (e.g. `"example.com"`) to share one decision across subdomains. */
  domain?: string;
  /** @default "/" */
  path?: string;
  /** Lifetime of a decision in days; after it the visitor is asked again. @default 182 (CNIL's 6 months) */
  maxAgeDays?: number;
  /** @default "Lax" */
  sameSite?: 'Lax' | 'Strict' | 'None';
}

/** Configuration of {@link createConsent}. Everything but the callbacks is JSON-compatible. */
export interface ConsentConfig {
  /** Policy revision, a non-negative integer. Raising it asks every visitor again. @default 0 */
  revision?: number;
  /** `'auto'` picks the mode from {@link ConsentConfig.region}. @default "opt-in" */
  mode?: ConsentMode | 'auto';
  /** ISO 3166-1 alpha-2 country or ISO 3166-2 subdivision (`"DE"`, `"US-CA"`), used by `mode: 'auto'`. */
  region?: string;
  /** Mode for regions that the built-in table does not know, with `mode: 'auto'`. @default "opt-in" */
  defaultMode?: ConsentMode;
  /** Per-region overrides of the built-in table, e.g. `{ "US-FL": "opt-out" }`. */
  regionModes?: Record<string, ConsentMode>;
  /** The decision cookie. */
  cookie?: CookieConfig;
  /** Link to the privacy policy: an `http(s):` URL or a relative path. */
  privacyPolicyUrl?: string;
  /** Optional categories; `essential` is added automatically and is always granted. */
  categories?: Record<string, CategoryConfig>;
  /**
   * Global Privacy Control: `'auto'` reads `navigator.globalPrivacyControl`; a boolean overrides it
   * (for a server that saw `Sec-GPC: 1`, or tests). @default "auto"
   */
  gpc?: boolean | 'auto';
  /** Called once when the visitor makes a decision where no valid one existed. */
  onFirstConsent?: (state: ConsentState) => void;
  /** Called on every state change, like {@link ConsentStore.subscribe}. */
  onChange?: (state: ConsentState, previous: ConsentState) => void;
}

/** How a decision was made (defined with the cookie format in `@assent/protocol`). */
export type { ConsentMethod };

/**
 * Where a state came from: `'banner'`, `'preferences'` or `'api'` for a decision on this page,
 * `'cookie'` for a stored decision read at start, `'sync'` for one made in another tab, `'default'`
 * before any decision. Callers may pass their own label (e.g. `'settings-page'`).
 */
export type ConsentSource = 'banner' | 'preferences' | 'api' | 'cookie' | 'sync' | 'default' | (string & {});

/** Why the visitor must be asked, when {@link ConsentState.decided} is false. */
export type AskReason = 'new' | 'revision' | 'expired' | 'invalid' | 'reset';

/** An immutable snapshot of the consent state. A new object is made on every change. */
export interface ConsentState {
  /** True once the visitor made a valid decision for the current revision. */
  readonly decided: boolean;
  /** Granted (`true`) or not, per category; `essential` is always `true`. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** The policy revision in force (from the config). */
  readonly revision: number;
  /** When the decision was made (ms since epoch), or `null` without one. */
  readonly updatedAt: number | null;
  /** When the decision stops counting (ms since epoch), or `null` without one. */
  readonly expiresAt: number | null;
  /** Consent id: random, stable per browser until {@link ConsentStore.reset}; `null` before a decision. */
  readonly id: string | null;
  /** How the decision was made, or `null` without one. */
  readonly method: ConsentMethod | null;
  /** Where this state came from. */
  readonly source: ConsentSource;
  /** The mode in force. */
  readonly mode: ConsentMode;
  /** The region used to pick the mode, if any. */
  readonly region: string | null;
  /** True when the browser sends Global Privacy Control. */
  readonly gpc: boolean;
  /** True when GPC is holding advertising off (no explicit choice overrode it). */
  readonly gpcHonoured: boolean;
  /** Why the visitor must be asked; `null` when decided. */
  readonly askReason: AskReason | null;
  /** True when the current decision is stored in the cookie. */
  readonly saved: boolean;
  /** Why the decision could not be saved, or `null`. */
  readonly saveError: string | null;
  /** The config problem that put the store in fail-safe mode (nothing optional granted), or `null`. */
  readonly configError: string | null;
  /**
   * Problems that only turned their own key off (the rest of the config works), each as
   * `<key>: expected …, got …; <what happened>`. Empty when the config is right.
   */
  readonly configWarnings: readonly string[];
}

/** Listener of {@link ConsentStore.subscribe}. */
export type ConsentListener = (state: ConsentState, previous: ConsentState) => void;

/** Options accepted by the decision methods. */
export interface DecisionOptions {
  /** Where the decision was made, recorded in the state (and in receipts). @default "api" */
  source?: ConsentSource;
}

/** Second argument of {@link createConsent}, for wrappers such as the script-tag bundle. */
export interface CreateConsentOptions {
  /**
   * Problems a wrapper found in its own part of the config (e.g. the script tag's adapter keys).
   * Any issue puts the store in fail-safe mode, reported together with core's own issues.
   */
  issues?: readonly string[];
  /**
   * Problems a wrapper found that only turned its own key off (e.g. a vendor id with a typo: that
   * vendor stays off). Logged and listed in {@link ConsentState.configWarnings} after core's own.
   */
  warnings?: readonly string[];
}

/** A normalized, validated, frozen config, as the store uses it. */
export interface ResolvedConfig {
  readonly revision: number;
  readonly mode: ConsentMode;
  readonly region: string | null;
  readonly cookie: Readonly<Required<Omit<CookieConfig, 'domain'>> & { domain: string | undefined }>;
  readonly privacyPolicyUrl: string | null;
  /** Category ids in display order, `essential` first. */
  readonly categoryIds: readonly string[];
  readonly categories: Readonly<Record<string, ResolvedCategory>>;
  readonly gpc: boolean | 'auto';
}

/** A category after validation. */
export interface ResolvedCategory {
  readonly id: string;
  readonly label: string | null;
  readonly description: string | null;
  /** True for `essential`: always granted, cannot be switched off. */
  readonly required: boolean;
  readonly services: readonly ResolvedService[];
}

/** A service after validation. */
export interface ResolvedService {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
  readonly cookies: readonly Required<CookieDeclaration>[];
  readonly storage: readonly string[];
}

/** The consent store returned by {@link createConsent}. */
export interface ConsentStore {
  /** The current immutable snapshot. */
  getState(): ConsentState;
  /**
   * Calls `listener(state, previous)` after every change (not immediately). A listener that throws
   * is reported and does not stop the others.
   * @returns a function that removes the listener.
   */
  subscribe(listener: ConsentListener): () => void;
  /** Grants every category (advertising stays off while GPC is honoured; see the README). */
  acceptAll(options?: DecisionOptions): void;
  /** Denies every optional category. */
  rejectAll(options?: DecisionOptions): void;
  /** Sets some categories; the others keep their current value. An explicit choice wins over GPC. */
  update(choices: Readonly<Record<string, boolean>>, options?: DecisionOptions): void;
  /** Forgets the decision (cookie and consent id) so the visitor is asked again. */
  reset(): void;
  /** True when `category` is granted. Unknown categories are never granted. */
  has(category: string): boolean;
  /** Asks the UI (if one is mounted) to open the preferences dialog. */
  showPreferences(): void;
  /** Listens for {@link ConsentStore.showPreferences} requests. @returns an unsubscribe function. */
  onShowPreferences(listener: () => void): () => void;
  /** The validated config. */
  readonly config: ResolvedConfig;
  /** Stops cross-tab sync and drops every listener. */
  destroy(): void;
}
