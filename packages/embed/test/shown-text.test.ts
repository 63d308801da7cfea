// BannerController.shownText(): the words the visitor sees, which the script tag hashes into each
// consent receipt. Its own file: the banner parses its stylesheet once per page, and the first
// mount here must take the <style nonce> path of a browser without constructable stylesheets.
import { mountBanner } from '@assent/banner';
import { createConsent } from '@assent/core';
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  document.body.innerHTML = '';
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
});

test('the visible text only (no stylesheet text), null before anything is shown and after destroy', () => {
  vi.stubGlobal(
    'CSSStyleSheet',
    class {
      replaceSync() {
        throw new Error('no constructable stylesheets');
      }
    },
  );
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const store = createConsent({});
    const banner = mountBanner(store, { nonce: 'n0nce' });
    const root = banner.element!.shadowRoot!;
    expect(root.querySelector('style')?.textContent).toContain('{');
    const shown = banner.shownText()!;
    expect(shown).toContain('Accept all');
    expect(shown).toContain('Reject all');
    expect(shown).not.toContain('{');
    store.acceptAll();
    banner.destroy();
    expect(banner.shownText()).toBeNull();

    // A returning visitor without the floating button: nothing is rendered.
    const again = mountBanner(store);
    expect(again.shownText()).toBeNull();
    again.showPreferences();
    expect(again.shownText()).toContain('Save');
    again.destroy();
    store.destroy();
  } finally {
    vi.unstubAllGlobals();
  }
});
