import type { Adapter } from '@assent/adapters';
import { cookieCleanup } from '@assent/adapters/cleanup';
import { connect } from '@assent/adapters/connect';
import { googleConsentMode } from '@assent/adapters/consent-mode';
import { scriptTags } from '@assent/adapters/script-tags';
import { type BannerController, mountBanner, type TranslationOverrides } from '@assent/banner';
import { type ConsentStore, createConsent } from '@assent/core';
import { type EmbedConfig, splitConfig, toggleOptions } from './embed-config';
import { loadLazy } from './lazy';
import { loadLanguage } from './load-language';

/** A running Assent: the store plus what the script tag wired to it. */
export interface AssentInstance {
  readonly store: ConsentStore;
  /** The banner, once mounted (after the DOM is ready, and only when something must be shown). */
  banner(): BannerController | null;
  /** Opens the preferences (mounting the banner first if needed). */
  showPreferences(): void;
  /** Disconnects adapters, removes the banner, stops events. */
  destroy(): void;
}

/** Where the script was loaded from (language packs are loaded next to it). */
export interface StartEnv {
  baseUrl: string | null;
  /** Language packs already present (e.g. `window.assentLanguages`). */
  languages: Record<string, TranslationOverrides>;
}

/**
 * Starts Assent from a script-tag config, synchronously: the store reads the cookie, the
 * adapters push Consent Mode defaults (and a returning visitor's update) and release granted tags
 * before this returns; the banner mounts once the DOM is ready, only if the visitor must be asked.
 */
export function startAssent(config: EmbedConfig, env: StartEnv): AssentInstance {
  const { core, embed, issues } = splitConfig(config);
  const region = core?.region ?? document.documentElement.getAttribute('data-assent-region') ?? undefined;
  const store = createConsent(region ? { ...core, region } : core, { issues });
  const nonce = embed.nonce;
  let destroyed = false;
  const adapters: Adapter[] = [];
  if (!store.getState().configError) {
    const gcm = toggleOptions(embed.googleConsentMode, !!(embed.googleAnalytics || embed.googleTagManager));
    if (gcm) adapters.push(googleConsentMode(gcm as never));
    const tags = toggleOptions(embed.scriptTags, true);
    if (tags) adapters.push(scriptTags({ ...tags, nonce }));
    const cleanup = toggleOptions(embed.cleanup, true);
    if (cleanup) adapters.push(cookieCleanup(cleanup));
  } else if (toggleOptions(embed.googleConsentMode, !!(embed.googleAnalytics || embed.googleTagManager))) {
    // Fail safe: Google tags on the page still see everything denied.
    adapters.push(googleConsentMode());
  }
  const disconnects = [connect(store, ...adapters)];
  // Vendor adapters live in their own files (a site pays only for the vendors it uses). They only
  // load vendor scripts after consent, so loading them asynchronously changes nothing for gating;
  // the Consent Mode default above is already on the dataLayer.
  if (!store.getState().configError) {
    const vendors = [
      ['googleAnalytics', 'google-analytics', embed.googleAnalytics],
      ['googleTagManager', 'google-tag-manager', embed.googleTagManager],
      ['metaPixel', 'meta-pixel', embed.metaPixel],
    ] as const;
    for (const [name, file, options] of vendors) {
      if (!options) continue;
      loadLazy<(o: object) => Adapter>(name, file, env.baseUrl, nonce).then((factory) => {
        if (factory && !destroyed) disconnects.push(connect(store, factory({ ...options, nonce })));
      });
    }
  }
  const unsubscribe = store.subscribe((state) => {
    dispatchEvent(new CustomEvent('assent:change', { detail: state }));
  });

  let banner: BannerController | null = null;
  let wantPreferences = false;
  const mount = () => {
    if (destroyed || banner || store.getState().configError) return;
    loadLanguage(embed.language, env, nonce).then((languages) => {
      if (destroyed || banner) return;
      banner = mountBanner(store, {
        layout: embed.layout,
        position: embed.position,
        language: embed.language,
        languages,
        translations: embed.translations,
        theme: embed.theme,
        themeVars: embed.themeVars,
        floatingButton: embed.floatingButton,
        nonce,
      });
      if (wantPreferences) banner.showPreferences();
    });
  };
  const onReady = () => mount();
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else mount();

  return {
    store,
    banner: () => banner,
    showPreferences() {
      if (banner) banner.showPreferences();
      else {
        wantPreferences = true;
        if (document.readyState !== 'loading') mount();
      }
    },
    destroy() {
      destroyed = true;
      document.removeEventListener('DOMContentLoaded', onReady);
      unsubscribe();
      for (const disconnect of disconnects) disconnect();
      banner?.destroy();
      store.destroy();
    },
  };
}
