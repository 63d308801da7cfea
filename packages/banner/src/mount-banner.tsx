import type { ConsentStore } from '@assent/core';
import { render } from 'preact';
import { createHost, speak } from './banner-host';
import { App, type View } from './components/app';
import { chooseLanguage, rememberedLanguage, rememberLanguage } from './languages';
import { openTrigger } from './open-trigger';
import { offeredLanguages, resolveTranslation } from './resolve-translation';
import type { BannerController, BannerOptions, TranslationOverrides } from './types';
import { deepActiveElement } from './use-modal';

/**
 * Shows the consent banner when the store has no valid decision, and the preferences dialog on
 * request (`store.showPreferences()`, any `[data-assent-open]` element, or the floating button).
 * Nothing is created for a returning visitor until something must be shown.
 * @param store - a store from `createConsent`.
 * @param options - layout, language, theme; see {@link BannerOptions}.
 * @returns a controller to open the preferences, hide or remove the banner.
 * @example
 * const store = createConsent({ privacyPolicyUrl: '/privacy' });
 * mountBanner(store, { layout: 'box', languages: { de }, floatingButton: true });
 */
export function mountBanner(store: ConsentStore, options: BannerOptions = {}): BannerController {
  const layout = options.layout ?? 'bar';
  const position = options.position ?? (layout === 'box' ? 'bottom-right' : 'bottom');
  const floatingButton = options.floatingButton === true;
  // A store whose config is wrong stores nothing, so the visitor is not asked.
  const mustAsk = (state = store.getState()) => !state.decided && !state.configError;
  const view: View = { first: mustAsk(), prefs: false, opener: null, said: 0 };
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let live = true;
  // Another language: the "saved" message is not announced again in it.
  const language = bannerLanguage(options, () => set({ said: 0 }));

  const paint = () => {
    if (!language.ready() || !live) return;
    const { lang, t } = language.shown();
    if (!host) {
      if (!view.first && !view.prefs && !(floatingButton && store.getState().decided)) return;
      ({ host, wrap: mount } = createHost(options));
    }
    speak(mount!, lang, t.dir);
    const actions = {
      decide(make: () => void) {
        make();
        if (store.getState().decided) view.said++;
        set({ prefs: false, first: mustAsk() });
      },
      open: () => set({ prefs: true, opener: deepActiveElement() }),
      close: () => set({ prefs: false }),
      language: (code: string) => void language.to(code, true),
    };
    render(
      <App
        store={store}
        t={t}
        lang={lang}
        offered={language.offered}
        view={{ ...view }}
        actions={actions}
        layout={layout}
        position={position}
        floatingButton={floatingButton}
        host={host!}
      />,
      mount!,
    );
  };

  const set = (patch: Partial<View>) => {
    Object.assign(view, patch);
    paint();
  };

  const open = (opener?: HTMLElement | null) => {
    if (!view.prefs) set({ prefs: true, opener: opener ?? deepActiveElement() });
  };

  const onClick = (event: MouseEvent) => {
    const trigger = openTrigger(event);
    if (!trigger) return;
    event.preventDefault();
    open(trigger);
  };

  const stops = [
    store.subscribe((state) => set({ first: mustAsk(state) })),
    store.onShowPreferences(() => open()),
  ];
  document.addEventListener('click', onClick);
  paint();

  return {
    showPreferences: (opener) => open(opener),
    hide: () => set({ first: false, prefs: false }),
    destroy() {
      live = false;
      for (const stop of stops) stop();
      document.removeEventListener('click', onClick);
      if (mount) render(null, mount);
      host?.remove();
      host = mount = null;
    },
    // The wrapper, not the shadow root: a fallback <style> element there holds no visible text.
    shownText: () => mount?.textContent ?? null,
    shownLanguage: () => (mount ? language.shown().lang : null),
    get element() {
      return host;
    },
  };
}

/**
 * The banner's language: the one shown and its texts, and a switch to another, loading its pack
 * first (`options.loadLanguage`) when the banner does not have it.
 * When the banner's own choice has no pack yet, it is loaded first: `ready()` is false until then
 * (nothing is rendered meanwhile).
 * @param changed - called when the language shown changed, when a pick could not be had, and when
 *   the first pack arrived.
 */
function bannerLanguage(options: BannerOptions, changed: () => void) {
  const packs: Record<string, TranslationOverrides> = { ...options.languages };
  const resolve = (code: string) =>
    resolveTranslation({ languages: packs, translations: options.translations }, code);
  const offered = offeredLanguages(options);
  const wanted = chooseLanguage(options.language, offered, rememberedLanguage());
  let shown = resolve(wanted);
  let ready = shown.lang === wanted || !options.loadLanguage;
  let turn = 0;
  /** Shows `code` (a pick in the menu is kept for the visit); a later call wins over one still loading. */
  const to = async (code: string, pick = false) => {
    const mine = ++turn;
    let next = resolve(code);
    if (next.lang !== code && options.loadLanguage) {
      try {
        const pack = await options.loadLanguage(code);
        if (pack) packs[code] = pack;
      } catch {
        // Not loaded: the language shown stays.
      }
      next = resolve(code);
    }
    if (mine !== turn) return;
    if (next.lang === code) {
      shown = next;
      if (pick) rememberLanguage(code);
    }
    ready = true;
    changed();
  };
  if (!ready) void to(wanted);
  return {
    offered,
    shown: () => shown,
    to,
    ready: () => ready,
  };
}
