import { reportError } from '@assent/core';
import type { PixelOptions } from '../pixel';
import type { Adapter } from '../types';
import { allGranted, parseCategories } from './categories';
import { insertScript } from './insert-script';

/** Runs a vendor hook; one that throws is reported, never thrown into connect or the store. */
function guard(hook: (() => void) | undefined): void {
  try {
    hook?.();
  } catch (error) {
    reportError(error);
  }
}

/**
 * The pixel adapter behind `createPixel` and `metaPixel`, for options already checked: stub and
 * pre-init calls at connect, the vendor script once, only after consent, grant/revoke hooks on later
 * changes.
 */
export function pixelAdapter(options: PixelOptions): Adapter {
  const categories = parseCategories(options.category);
  return (store) => {
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      insertScript(options.src, { nonce: options.nonce }).catch(reportError);
    };
    let granted = allGranted(store, categories);
    guard(options.setup && (() => options.setup?.(granted, store)));
    if (granted) load();
    return store.subscribe(() => {
      const now = allGranted(store, categories);
      if (now === granted) return;
      granted = now;
      if (now) {
        guard(options.onGrant && (() => options.onGrant?.(store)));
        load();
      } else guard(options.onRevoke && (() => options.onRevoke?.(store)));
    });
  };
}
