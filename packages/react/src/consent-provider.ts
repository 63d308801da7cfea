import { type BannerController, mountBanner } from '@assent/banner';
import type { ConsentStore } from '@assent/core';
import { createElement as h, type ReactElement, useEffect, useState } from 'react';
import { ConsentContext, createBinding, stores } from './binding';
import { createShared } from './shared';
import type { ConsentProviderProps } from './types';

/** One banner per store, whatever the number of providers (and StrictMode's remount) using it. */
const banners = createShared<ConsentStore, BannerController>((banner) => banner.destroy());

/**
 * Gives its tree a consent store: the app's (`store`) or one made from `config`, once, and
 * destroyed when the provider unmounts; StrictMode's double render and remount make no second
 * store and no second banner. Mounts `@assent/banner` in the browser unless `banner={false}`.
 * Props are read once, at mount.
 * @example
 * <ConsentProvider config={config} banner={{ layout: 'box' }}>
 *   <App />
 * </ConsentProvider>
 */
export function ConsentProvider(props: ConsentProviderProps): ReactElement {
  const [binding] = useState(() => createBinding(props));
  const [banner] = useState(props.banner);
  useEffect(() => {
    const { store, ownKey } = binding;
    if (!store) return;
    const keep = ownKey && stores.retain(ownKey, () => store);
    const show = banner !== false && banners.retain(store, () => mountBanner(store, banner));
    return () => {
      if (show) show();
      if (keep) keep();
    };
  }, [binding, banner]);
  return h(ConsentContext.Provider, { value: binding }, props.children);
}
