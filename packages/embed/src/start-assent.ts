import type { Adapter } from '@assent/adapters';
import { cookieCleanup } from '@assent/adapters/cleanup';
import { connect } from '@assent/adapters/connect';
import { googleConsentMode } from '@assent/adapters/consent-mode';
import { scriptTags } from '@assent/adapters/script-tags';
import type { BannerController, mountBanner, TranslationOverrides } from '@assent/banner';
import { type ConsentStore, createConsent, readCookie } from '@assent/core';
import type { createReceiptLog, ReceiptBacklogEntry, ReceiptLog } from '@assent/core/receipts';
import { assetsBase, type EmbedConfig, splitConfig, toggleOptions } from './embed-config';
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

/** `mountBanner` from `@assent/banner`. */
export type MountBanner = typeof mountBanner;

/** Where the script was loaded from (language packs are loaded next to it). */
export interface StartEnv {
  /** The folder of the on-demand files: next to the script, unless the config's `assetsUrl` says otherwise. */
  baseUrl: string | null;
  /** Language packs already present (e.g. `window.assentLanguages`). */
  languages: Record<string, TranslationOverrides>;
  /**
   * The banner's code, asked for only when something must be shown. The script tag loads it from
   * assent.banner.js (a returning visitor never downloads it); a bundle that includes
   * `@assent/banner` passes `() => Promise.resolve(mountBanner)`.
   * @param nonce - the config's CSP nonce.
   * @param baseUrl - the folder of the on-demand files (`assetsUrl`, else next to the script).
   * @returns `mountBanner`, or `undefined` when it could not be loaded.
   */
  loadBanner(nonce: string | undefined, baseUrl: string | null): Promise<MountBanner | undefined>;
}

/**
 * Starts Assent from a script-tag config, synchronously: the store reads the cookie, the
 * adapters push Consent Mode defaults (and a returning visitor's update) and release granted tags
 * before this returns; the banner mounts once the DOM is ready, only if the visitor must be asked.
 */
export function startAssent(config: EmbedConfig, scriptEnv: StartEnv): AssentInstance {
  const { core, embed, issues } = splitConfig(config);
  const env = { ...scriptEnv, baseUrl: assetsBase(embed.assetsUrl, scriptEnv.baseUrl) };
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
    (receipts ??= loadLazy<typeof createReceiptLog>('receipts', 'receipts', env.baseUrl, nonce).then(
      (create) => {
        if (!create || destroyed) return null;
        stopBacklog();
        return create(
          store,
          {
            ...(embed.receipts?.endpoint ? { endpoint: embed.receipts.endpoint } : {}),
            serverCookie: embed.receipts?.serverCookie === true,
            backlog: backlog.splice(0),
            text: bannerText,
            language: () => language,
          },
          readCookie,
        );
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
  // An outbox left by an earlier page (receipts not yet delivered) is looked for when the page is
  // idle: the first localStorage read of a page is a round trip to the browser, not for <head>.
  const pending = () => {
    try {
      return !!embed.receipts?.endpoint && !!localStorage.getItem('assent-receipts:pending');
    } catch {
      return false; // localStorage blocked: an earlier outbox is retried after the next decision.
    }
  };
  const initial = store.getState();
  if (!initial.configError)
    idle(() => {
      if (!destroyed && ((initial.gpcHonoured && !initial.decided) || pending())) void loadReceipts();
    });

  // The banner. Its code (Preact, the components, styles, English) is loaded only when something
  // must be shown: at once for a visitor who must be asked (in parallel with the page), later on
  // request (store.showPreferences(), a [data-assent-open] click, a reset), never otherwise.
  let banner: BannerController | null = null;
  let wantPreferences = false;
  let opener: HTMLElement | null = null;
  let ui: Promise<[MountBanner | undefined, Record<string, TranslationOverrides>]> | null = null;
  const loadUi = () =>
    (ui ??= Promise.all([env.loadBanner(nonce, env.baseUrl), loadLanguage(embed.language, env, nonce)]));
  const ready = () => document.readyState !== 'loading';
  const mount = () => {
    if (destroyed || banner || store.getState().configError) return;
    loadUi()
      // A task of its own: when the banner's code has just arrived, its load event runs in the task
      // that ran the code, and the mount would add to it.
      .then((loaded) => new Promise<typeof loaded>((next) => setTimeout(() => next(loaded), 0)))
      .then(([make, languages]) => {
        if (destroyed || banner) return;
        if (!make) {
          ui = null; // the next request tries again
          console.error(
            'Assent: the banner (assent.banner.js) could not be loaded, so the visitor cannot be asked; choices stay as they are (nothing optional is granted where consent is needed). Serve every file of dist/ next to assent.js (or at "assetsUrl"), or use assent.standalone.js.',
          );
          return;
        }
        banner = make(store, {
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
        watchBody();
        if (wantPreferences) banner.showPreferences(opener);
      });
  };
  /** Something asks for the preferences before the banner is there. */
  const request = (from: HTMLElement | null) => {
    wantPreferences = true;
    opener = from;
    if (ready()) mount();
  };
  const trigger = (event: Event) => {
    const target = event.target;
    return target instanceof Element ? target.closest<HTMLElement>('[data-assent-open]') : null;
  };
  // Until the banner is there (it then listens itself): clicks on [data-assent-open] open the
  // preferences, and pointing at or focusing one starts loading the banner's code.
  const onClick = (event: MouseEvent) => {
    const from = banner ? null : trigger(event);
    if (!from) return;
    event.preventDefault();
    request(from);
  };
  const onIntent = (event: Event) => {
    if (!banner && !store.getState().configError && trigger(event)) void loadUi();
  };
  document.addEventListener('click', onClick);
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  const stopRequests = [
    // Once mounted, the banner answers these itself.
    store.onShowPreferences(() => {
      if (!banner) request(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    }),
    // A reset, an expiry or another tab's reset: the visitor must be asked again.
    store.subscribe((state) => {
      if (!banner && !state.decided && ready()) mount();
    }),
  ];
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
  // A visitor who must be asked: the banner's code downloads while the page loads. Requested from
  // here, not from a later task: a timer set now would often fire only once the parser is done
  // with the whole page (at 4× CPU slowdown that delayed the request until DOMContentLoaded).
  if (!initial.configError && !initial.decided) void loadUi();
  // The page paints first: the banner mounts after the first frame following DOMContentLoaded,
  // so its render never delays the page's first contentful paint.
  const onReady = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (wantPreferences || !store.getState().decided) mount();
        // The floating button is not urgent: it waits until the page is idle.
        else if (embed.floatingButton === true) idle(mount);
      }, 0),
    );
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();

  return {
    store,
    banner: () => banner,
    receipts: loadReceipts,
    showPreferences: () => store.showPreferences(),
    destroy() {
      destroyed = true;
      document.removeEventListener('DOMContentLoaded', onReady);
      unsubscribe();
      stopBacklog();
      for (const stop of stopRequests) stop();
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
      receipts?.then((log) => log?.destroy());
      for (const disconnect of disconnects) disconnect();
      keepBanner.disconnect();
      banner?.destroy();
      store.destroy();
    },
  };
}
