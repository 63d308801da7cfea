import type { BannerOptions } from '@assent/banner';
import type { ConsentConfig, ConsentState, ConsentStore, PlaceholderTexts } from '@assent/core';
import type { ReactNode } from 'react';

/**
 * The store's decision methods, bound to the provider's store: the same functions for the
 * provider's whole life (safe in effect dependencies). In a server render they do nothing.
 */
export type ConsentActions = Pick<
  ConsentStore,
  'acceptAll' | 'rejectAll' | 'update' | 'reset' | 'showPreferences'
>;

/** What {@link useConsent} returns. */
export interface UseConsentResult extends ConsentActions {
  /** The current immutable snapshot; the component renders again when it changes. */
  readonly state: ConsentState;
}

/** Props of {@link ConsentProvider}. Read once, when the provider mounts. */
export interface ConsentProviderProps {
  /** The config of the store the provider makes (keep it one object, e.g. a module constant). */
  config?: ConsentConfig;
  /** A store of your own (made with `createConsent`); the provider then neither makes nor destroys one. */
  store?: ConsentStore;
  /**
   * The state the server rendered with (`readConsent(cookieHeader, config)` from
   * `@assent/core/server`): hydration starts from it, then follows the browser's cookie.
   */
  initialState?: ConsentState;
  /** Options of `@assent/banner`'s `mountBanner`, or `false` for no banner (your own UI). */
  banner?: false | BannerOptions;
  children?: ReactNode;
}

/** Props of {@link ConsentPlaceholder}. */
export interface ConsentPlaceholderProps extends PlaceholderTexts {
  /** The category its button grants. */
  category: string;
  /** The blocked content's name, e.g. `"YouTube"`. @default "This content" */
  service?: string;
}

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps {
  /** The category that must be granted. */
  category: string;
  /** Shown until then (wins over `placeholder`). */
  fallback?: ReactNode;
  /** Shows the placeholder with an "Allow" button until then; an object changes its texts. */
  placeholder?: boolean | PlaceholderTexts;
  /** The blocked content's name in the placeholder. @default "This content" */
  service?: string;
  children?: ReactNode;
}

export type { PlaceholderTexts } from '@assent/core';
