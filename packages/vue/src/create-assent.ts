import { mountBanner } from '@assent/banner';
import { type ConsentState, type ConsentStore, createConsent } from '@assent/core';
import { readConsent } from '@assent/core/server';
import { type App, computed, type Plugin, type ShallowRef, shallowRef } from 'vue';
import { ASSENT, type AssentContext } from './context';
import type { AssentOptions } from './types';

/**
 * The Assent plugin: one store per app (the one you pass, or one made from `config`), its state as
 * a ref, and `@assent/banner` mounted in the browser unless `banner: false`. In a server render
 * (no `document`) it makes no store and renders `initialState`, or a new visitor's state.
 * @example
 * createApp(App).use(createAssent({ config: { categories: { analytics: {} } } })).mount('#app');
 */
export function createAssent(options: AssentOptions = {}): Plugin {
  return {
    install(app) {
      const { config, store: given, initialState } = options;
      const store = given ?? (typeof document === 'undefined' ? null : createConsent(config));
      const current = shallowRef(initialState ?? store?.getState() ?? readConsent(undefined, config ?? {}));
      if (store && typeof document !== 'undefined') follow(app, store, current, options);
      const context: AssentContext = {
        store,
        state: computed(() => current.value),
        label: (category) =>
          (store ? store.config.categories[category]?.label : config?.categories?.[category]?.label) ??
          category,
        actions: {
          acceptAll: (choice) => store?.acceptAll(choice),
          rejectAll: (choice) => store?.rejectAll(choice),
          update: (choices, choice) => store?.update(choices, choice),
          reset: () => store?.reset(),
          showPreferences: () => store?.showPreferences(),
        },
      };
      app.provide(ASSENT, context);
    },
  };
}

/**
 * In the browser: the ref follows the store, the banner is shown, and both stop when the app
 * unmounts (the store too, when the plugin made it). With `initialState` the ref keeps the
 * server's state until the app is mounted (hydrated), then takes the store's.
 */
function follow(app: App, store: ConsentStore, current: ShallowRef<ConsentState>, options: AssentOptions) {
  let live = !options.initialState;
  const stops = [
    store.subscribe((state) => {
      if (live) current.value = state;
    }),
  ];
  if (options.banner !== false) {
    const banner = mountBanner(store, options.banner);
    stops.push(() => banner.destroy());
  }
  if (!options.store) stops.push(() => store.destroy());
  const { mount, unmount } = app;
  app.mount = (...args) => {
    const root = mount(...args);
    live = true;
    current.value = store.getState();
    return root;
  };
  app.unmount = () => {
    unmount();
    for (const stop of stops.splice(0)) stop();
  };
}
