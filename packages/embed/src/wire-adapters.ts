import type { Adapter } from '@assent/adapters';
import { cookieCleanup } from '@assent/adapters/cleanup';
import { connect } from '@assent/adapters/connect';
import { googleConsentMode } from '@assent/adapters/consent-mode';
import { scriptTags } from '@assent/adapters/script-tags';
import type { ConsentStore } from '@assent/core';
import type { Disconnects } from './disconnects';
import { type EmbedOptions, effectOf, toggleOptions } from './embed-config';
import { loadLazy } from './lazy';
import { VENDOR_KEYS, VENDORS } from './vendors';

/** The built-in adapters a config asks for, made (options checked) but not yet connected. */
export interface MadeAdapters {
  readonly adapters: Adapter[];
  /** Whether Google Consent Mode is on: then even a wrong config pushes its all-denied default. */
  readonly consentMode: boolean;
}

/**
 * Makes the adapters built into assent.js before the store exists. One refusing its options
 * (`scriptTags: { observe: "yes" }`) is made with its defaults instead, and its problems are added
 * to `warnings` as `scriptTags.observe: expected …; the default is used`: gating, Consent Mode's
 * all-denied default and the clean-up never switch off over an option.
 */
export function makeAdapters(embed: EmbedOptions, warnings: string[]): MadeAdapters {
  // On by itself with the Google vendors that read it (GA4, GTM), unless the config turns it off.
  const gcm = toggleOptions(embed.googleConsentMode, !!(embed.googleAnalytics || embed.googleTagManager));
  const adapters: Adapter[] = [];
  const make = <O>(key: string, factory: (options?: O) => Adapter, options: O | null) => {
    if (!options) return;
    try {
      adapters.push(factory(options));
    } catch (error) {
      const problems = (error as { problems?: string[] }).problems ?? [String(error)];
      warnings.push(...problems.map((p) => `${key}.${p}; ${effectOf(key)}`));
      adapters.push(factory());
    }
  };
  make('googleConsentMode', googleConsentMode, gcm as never);
  make('scriptTags', scriptTags, toggleOptions(embed.scriptTags, true));
  make('cleanup', cookieCleanup, toggleOptions(embed.cleanup, true));
  return { adapters, consentMode: !!gcm };
}

/**
 * Connects the adapters built into assent.js, in the script's own task: the Consent Mode default
 * (and a returning visitor's update) is on the dataLayer, and granted tags are released, before the
 * next script of the page runs. A wrong config connects only Consent Mode (when it would be on),
 * with its defaults, so Google tags on the page still see everything denied.
 */
export function wireAdapters(store: ConsentStore, made: MadeAdapters, disconnects: Disconnects): void {
  const adapters = store.getState().configError
    ? made.consentMode
      ? [googleConsentMode()]
      : []
    : made.adapters;
  disconnects.add(connect(store, ...adapters));
}

/**
 * Loads and connects the vendor adapters the config names, each from its own file (see the vendor
 * table). They only load vendor scripts after consent, so loading them asynchronously changes
 * nothing for gating; the Consent Mode default is already on the dataLayer. A vendor whose adapter
 * refuses its options stays off, and the error is reported (console, `window.onerror`).
 * @param baseUrl - the folder of the on-demand files.
 */
export function wireVendors(
  store: ConsentStore,
  embed: EmbedOptions,
  baseUrl: string | null,
  disconnects: Disconnects,
): void {
  if (store.getState().configError) return;
  for (const key of VENDOR_KEYS) {
    const options = embed[key];
    if (!options) continue;
    loadLazy(key, VENDORS[key].file, baseUrl, embed.nonce).then((adapter) => {
      if (!adapter || disconnects.done) return;
      // Made inside connect: options it refuses are reported like an adapter that throws.
      const make = adapter as (o: object) => Adapter;
      disconnects.add(connect(store, (s) => make({ ...options, nonce: embed.nonce })(s)));
    });
  }
}
