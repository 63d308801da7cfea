import type { Adapter } from '@assent/adapters';
import { cookieCleanup } from '@assent/adapters/cleanup';
import { connect } from '@assent/adapters/connect';
import { googleConsentMode } from '@assent/adapters/consent-mode';
import { scriptTags } from '@assent/adapters/script-tags';
import { type BannerController, mountBanner, type TranslationOverrides } from '@assent/banner';
import { type ConsentStore, createConsent } from '@assent/core';
import type { createReceipts, ReceiptBacklogEntry, ReceiptLog } from '@assent/core/receipts';
import { type EmbedConfig, splitConfig, toggleOptions } from './embed-config';
import { loadLazy } from './lazy';
import { loadLanguage, wantedLanguage } from './load-language';

/** A running Assent: the store plus what the script tag wired to it. */
export interface AssentInstance {
  readonly store: ConsentStore;
  /** The banner, once mounted (after the DOM is ready, and only when something must be shown). */
  banner(): BannerController | null;
  /** Opens the preferences (mounting the banner first if needed). */
  showPreferences(): void;
  /** The receipt log (its code is loaded on first use), or `null` when it could not load. */
  receipts(): Promise<ReceiptLog | null>;
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
    if (tags) adapters.push(scriptTags(tags));
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

  // Receipts: every decision is logged (IndexedDB) and, with an endpoint, delivered. The code lives
  // in assent.receipts.js and is loaded only when needed; changes before it arrives wait in a
  // backlog, with the banner text and language shown at that moment.
  const language = wantedLanguage(embed.language);
  const bannerText = () => banner?.element?.shadowRoot?.textContent ?? null;
  const backlog: ReceiptBacklogEntry[] = [];
  let receipts: Promise<ReceiptLog | null> | null = null;
  const loadReceipts = () =>
    (receipts ??= loadLazy<typeof createReceipts>('receipts', 'receipts', env.baseUrl, nonce).then(
      (create) => {
        if (!create || destroyed) return null;
        stopBacklog();
        return create(store, {
          ...(embed.receipts?.endpoint ? { endpoint: embed.receipts.endpoint } : {}),
          serverCookie: embed.receipts?.serverCookie === true,
          backlog: backlog.splice(0),
          text: bannerText,
          language: () => language,
        });
      },
    ));
  const stopBacklog = store.subscribe((state, previous) => {
    if (state.source === 'sync' || state.source === 'cookie') return;
    backlog.push({ state, previous, text: bannerText(), language, at: Date.now() });
    loadReceipts();
  });
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 3000 })
      : setTimeout(fn, 1000);
  let pending = false;
  try {
    pending = !!embed.receipts?.endpoint && !!localStorage.getItem('assent-receipts:pending');
  } catch {
    // localStorage blocked: an earlier outbox is retried after the next decision.
  }
  const initial = store.getState();
  if (!initial.configError && (pending || (initial.gpcHonoured && !initial.decided)))
    idle(() => void loadReceipts());

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
  // An app that re-renders <body> (innerHTML, replaceChildren) removes the banner with it: the
  // visitor could no longer decide. The host is put back, with its state, as the first child.
  // Only <html>'s and <body>'s own children are watched (not the whole tree), from the first mount.
  const keepBanner = new MutationObserver(() => {
    const host = banner?.element;
    if (host && !host.isConnected && document.body) document.body.prepend(host);
    if (document.body) keepBanner.observe(document.body, { childList: true });
  });
  const watchBody = () => {
    keepBanner.observe(document.documentElement, { childList: true });
    if (document.body) keepBanner.observe(document.body, { childList: true });
  };
  // The page paints first: the banner mounts after the first frame following DOMContentLoaded,
  // so its render never delays the page's first contentful paint.
  const onReady = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        mount();
        watchBody();
      }, 0),
    );
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();

  return {
    store,
    banner: () => banner,
    receipts: loadReceipts,
    showPreferences() {
      if (banner) banner.showPreferences();
      else {
        wantPreferences = true;
        if (document.readyState !== 'loading') {
          mount();
          watchBody();
        }
      }
    },
    destroy() {
      destroyed = true;
      document.removeEventListener('DOMContentLoaded', onReady);
      unsubscribe();
      stopBacklog();
      receipts?.then((log) => log?.destroy());
      for (const disconnect of disconnects) disconnect();
      keepBanner.disconnect();
      banner?.destroy();
      store.destroy();
    },
  };
}
