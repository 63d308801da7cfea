import { openTrigger } from '@assent/banner';
import type { ConsentStore } from '@assent/core';
import { type Disconnects, listen } from './disconnects';
import { domReady, type LazyBanner } from './wire-banner';

/**
 * Requests for the banner before it is mounted (once mounted, it answers them itself): a click on a
 * `[data-assent-open]` element or `store.showPreferences()` opens the preferences; a reset, an
 * expiry or another tab's reset means the visitor must be asked again. Pointing at or focusing a
 * `[data-assent-open]` element starts loading the banner's code, so a click finds it there.
 */
export function wireOpenRequests(store: ConsentStore, banner: LazyBanner, disconnects: Disconnects): void {
  const onIntent = (event: Event) => {
    if (!banner.current() && !store.getState().configError && openTrigger(event)) void banner.load();
  };
  disconnects.add(
    listen('click', (event) => {
      const from = banner.current() ? null : openTrigger(event);
      if (!from) return;
      event.preventDefault();
      banner.request(from);
    }),
  );
  disconnects.add(listen('pointerover', onIntent, { passive: true }));
  disconnects.add(listen('focusin', onIntent));
  disconnects.add(
    store.onShowPreferences(() => {
      if (!banner.current())
        banner.request(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    }),
  );
  disconnects.add(
    store.subscribe((state) => {
      if (!banner.current() && !state.decided && domReady()) banner.mount();
    }),
  );
}
