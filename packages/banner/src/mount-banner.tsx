import type { ConsentStore } from '@assent/core';
import { render } from 'preact';
import { createHost } from './banner-host';
import { App, type View } from './components/app';
import { openTrigger } from './open-trigger';
import { resolveTranslation } from './resolve-translation';
import type { BannerController, BannerOptions } from './types';
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
  const { lang, t } = resolveTranslation(options);
  // A store whose config is wrong stores nothing, so the visitor is not asked.
  const mustAsk = (state = store.getState()) => !state.decided && !state.configError;
  const view: View = { first: mustAsk(), prefs: false, opener: null, said: 0 };
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;

  const paint = () => {
    if (!host) {
      if (!view.first && !view.prefs && !(floatingButton && store.getState().decided)) return;
      ({ host, wrap: mount } = createHost(options, lang, t.dir));
    }
    const actions = {
      decide(make: () => void) {
        make();
        if (store.getState().decided) view.said++;
        set({ prefs: false, first: mustAsk() });
      },
      open: () => set({ prefs: true, opener: deepActiveElement() }),
      close: () => set({ prefs: false }),
    };
    render(
      <App
        store={store}
        t={t}
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
      for (const stop of stops) stop();
      document.removeEventListener('click', onClick);
      if (mount) render(null, mount);
      host?.remove();
      host = mount = null;
    },
    // The wrapper, not the shadow root: a fallback <style> element there holds no visible text.
    shownText: () => mount?.textContent ?? null,
    get element() {
      return host;
    },
  };
}
