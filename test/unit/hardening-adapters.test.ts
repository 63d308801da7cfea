// @vitest-environment-options {"url": "http://localhost:3000/", "settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "disableIframePageLoading": true}}
// Injection and CSP cases of the adapters, unit level (Chromium proves the same on real pages in
// test/e2e/hardening-*.spec.ts). happy-dom runs inline scripts here, like a browser without a CSP.

import { afterEach, describe, expect, test } from 'vitest';
import { connect } from '../../packages/adapters/src/connect';
import { scriptTags } from '../../packages/adapters/src/script-tags';
import { createConsent } from '../../packages/core/src/index';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.innerHTML = '';
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
});

function start(config: Parameters<typeof createConsent>[0], nonce?: string) {
  const store = createConsent(config);
  stops.push(connect(store, scriptTags({ nonce })), () => store.destroy());
  return store;
}

describe('iframe placeholder texts round-trip as text', () => {
  // String.prototype.replace patterns: $& (the match), $` (before), $' (after), $$ ($).
  for (const name of [
    'Tom $& Jerry',
    "Ads $' tail",
    'Pre $` fix',
    'Cost $$5',
    '<img src=x onerror=alert(1)>',
  ]) {
    test(`service "${name}" and a category label with the same text`, () => {
      document.body.innerHTML = '<iframe data-category="functional" data-src="/embed"></iframe>';
      document.querySelector('iframe')!.title = name;
      start({ categories: { functional: { label: name } } });
      const placeholder = document.querySelector('[data-assent-placeholder]')!;
      expect(placeholder.querySelector('p')!.textContent).toBe(`${name} is blocked until you allow ${name}.`);
      expect(placeholder.querySelector('button')!.textContent).toBe(`Allow ${name}`);
      expect(placeholder.querySelector('img')).toBeNull();
      expect(placeholder.getAttribute('aria-label')).toBe(name);
    });
  }
});

describe('nonce of revived scripts', () => {
  test('a gated script (inline or src) without its own nonce does not get the page nonce', () => {
    document.body.innerHTML =
      '<script type="text/plain" data-category="essential" id="injected">window.ran = 1</script>' +
      '<script type="text/plain" data-category="essential" id="site" nonce="site-nonce">window.ran2 = 1</script>' +
      '<script type="text/plain" data-category="essential" id="ext" src="https://stats.example/s.js"></script>';
    start({}, 'page-nonce');
    const injected = document.getElementById('injected') as HTMLScriptElement;
    const site = document.getElementById('site') as HTMLScriptElement;
    expect(injected.type).toBe('');
    // happy-dom keeps `nonce` as a plain property (undefined until set); Chromium reads "".
    expect(injected.nonce ?? '').toBe('');
    expect(injected.hasAttribute('nonce')).toBe(false);
    expect(site.nonce).toBe('site-nonce');
    // External scripts too: injected `src` markup must not borrow the page's nonce either.
    const ext = document.getElementById('ext') as HTMLScriptElement;
    expect(ext.nonce ?? '').toBe('');
    expect(ext.hasAttribute('nonce')).toBe(false);
  });
});
