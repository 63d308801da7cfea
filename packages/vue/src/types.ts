import type { BannerOptions } from '@assent/banner';
import type { ConsentConfig, ConsentState, ConsentStore } from '@assent/core';

export type { PlaceholderTexts } from '@assent/core';

import type { ComputedRef, MaybeRefOrGetter, Ref } from 'vue';

/** Options of {@link createAssent}. */
export interface AssentOptions {
  /** The config of the store the plugin makes (one per app). */
  config?: ConsentConfig;
  /** A store of your own (made with `createConsent`); the plugin then neither makes nor destroys one. */
  store?: ConsentStore;
  /**
   * The state the server rendered with (`readConsent(cookieHeader, config)` from
   * `@assent/core/server`): hydration starts from it, then the state follows the browser's cookie.
   */
  initialState?: ConsentState;
  /** Options of `@assent/banner`'s `mountBanner`, or `false` for no banner (your own UI). */
  banner?: false | BannerOptions;
}

/** The store's decision methods, bound to the app's store. In a server render they do nothing. */
export type ConsentActions = Pick<
  ConsentStore,
  'acceptAll' | 'rejectAll' | 'update' | 'reset' | 'showPreferences'
>;

/** What {@link useConsent} returns. */
export interface UseConsentResult extends ConsentActions {
  /** The current immutable snapshot, a readonly ref. */
  readonly state: Readonly<Ref<ConsentState>>;
  /** A computed ref: whether `category` (a string, ref or getter) is granted. */
  has(category: MaybeRefOrGetter<string>): ComputedRef<boolean>;
}
