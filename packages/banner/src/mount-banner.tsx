import type { ConsentStore } from '@assent/core';
import { render } from 'preact';
import { adoptStyles } from './adopt-styles';
import { App, type View } from './components/app';
import { resolveTranslation } from './resolve-translation';
import { css } from './styles';
import { themeVarsCss } from './theme-vars';
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
  const view: View = { first: !store.getState().decided, prefs: false, opener: null, said: 0 };
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;

  const createHost = () => {
    const el = document.createElement('assent-banner');
    el.setAttribute('data-theme', options.theme ?? 'auto');
    const root = el.attachShadow({ mode: 'open' });
    adoptStyles(root, [css, themeVarsCss(options.themeVars)], options.nonce);
    const wrap = document.createElement('div');
    wrap.className = 'w';
    wrap.lang = lang;
    wrap.dir = t.dir;
    // Keeps the banner's text out of search snippets; the page's own content is never hidden.
    wrap.setAttribute('data-nosnippet', '');
    root.append(wrap);
    const container = options.container ?? document.body;
    // First child of <body>: the banner comes early in the focus order.
    container.insertBefore(el, container.firstChild);
    host = el;
    mount = wrap;
  };

  const paint = () => {
    if (!host) {
      if (!view.first && !view.prefs && !(floatingButton && store.getState().decided)) return;
      createHost();
    }
    const actions = {
      decide(make: () => void) {
        make();
        if (store.getState().decided) view.said++;
        set({ prefs: false, first: !store.getState().decided });
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
    const target = event.target;
    const trigger = target instanceof Element ? target.closest<HTMLElement>('[data-assent-open]') : null;
    if (!trigger) return;
    event.preventDefault();
    open(trigger);
  };

  const stops = [
    store.subscribe((state) => set({ first: !state.decided })),
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
    get element() {
      return host;
    },
  };
}
