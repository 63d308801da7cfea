import { type ConsentConfig, type ConsentStore, createConsent } from '@assent/core';
import { type BoundFunctions, type queries, within } from '@testing-library/preact';
import { type BannerController, type BannerOptions, mountBanner } from '../src/index';

/** Deletes every cookie of the test document. */
export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

/** A mounted banner on a real store, with queries scoped to its shadow root. */
export interface Mounted {
  store: ConsentStore;
  banner: BannerController;
  ui(): BoundFunctions<typeof queries>;
  root(): ShadowRoot;
}

const mounted: Mounted[] = [];

/** Creates a real store and mounts the banner on it. */
export function setup(config: ConsentConfig = {}, options: BannerOptions = {}): Mounted {
  const store = createConsent(config);
  const banner = mountBanner(store, options);
  const root = () => {
    const shadow = banner.element?.shadowRoot;
    if (!shadow) throw new Error('banner not rendered');
    return shadow;
  };
  const m = { store, banner, root, ui: () => within(root() as unknown as HTMLElement) };
  mounted.push(m);
  return m;
}

/** Destroys every banner and store made by {@link setup} and resets the document. */
export function teardown(): void {
  for (const m of mounted.splice(0)) {
    m.banner.destroy();
    m.store.destroy();
  }
  clearCookies();
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  document.documentElement.removeAttribute('style');
}

/** The element focused inside the banner's shadow root. */
export function focused(m: Mounted): Element | null {
  return m.root().activeElement;
}
