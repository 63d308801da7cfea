// @vitest-environment-options {"url": "http://localhost:3000/", "settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
// happy-dom runs inline scripts here; external ones are never downloaded (their load is reported as
// success), so the order across external scripts is asserted on the DOM and proved in Chromium.
import { createConsent } from '@assent/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { scriptTags } from '../src/script-tags';
import {
  CONFIG,
  connectForTest,
  disconnectAll,
  newVisitor,
  optionsError,
  resetPage,
  returningVisitor,
} from './helpers';

const log = () => (window as unknown as { log?: string[] }).log ?? [];
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const blocked = (category: string, name: string) =>
  `<script type="text/plain" data-category="${category}">(window.log = window.log || []).push('${name}')</script>`;

beforeEach(() => {
  resetPage();
  delete (window as unknown as { log?: string[] }).log;
});
afterEach(() => {
  disconnectAll();
  resetPage();
});

describe('scriptTags', () => {
  test('blocked scripts never run before consent, run once in document order after it', async () => {
    document.body.innerHTML = [
      blocked('analytics', 'a1'),
      blocked('advertising', 'ad'),
      blocked('analytics', 'a2'),
    ].join('');
    const store = newVisitor();
    connectForTest(store, scriptTags());
    await tick();
    expect(log()).toEqual([]);
    store.update({ advertising: true });
    expect(log()).toEqual(['ad']);
    store.update({ analytics: true });
    expect(log()).toEqual(['ad', 'a1', 'a2']);
    store.update({ analytics: false });
    store.update({ analytics: true });
    store.acceptAll();
    await tick();
    expect(log()).toEqual(['ad', 'a1', 'a2']);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(0);
  });

  test('a returning visitor: allowed scripts run synchronously during connect', () => {
    document.body.innerHTML = blocked('analytics', 'a1') + blocked('advertising', 'ad');
    connectForTest(returningVisitor({ analytics: true }), scriptTags());
    expect(log()).toEqual(['a1']);
  });

  test('a category list needs every category; an unknown category never runs', () => {
    document.body.innerHTML = blocked('analytics advertising', 'both') + blocked('mystery', 'unknown');
    const store = newVisitor();
    connectForTest(store, scriptTags());
    store.update({ analytics: true });
    expect(log()).toEqual([]);
    store.acceptAll();
    expect(log()).toEqual(['both']);
  });

  test('tags the page adds later run when allowed (MutationObserver)', async () => {
    const store = newVisitor();
    connectForTest(store, scriptTags());
    const wrapper = document.createElement('div');
    wrapper.innerHTML = blocked('analytics', 'late');
    document.body.append(wrapper);
    await tick();
    expect(log()).toEqual([]);
    store.update({ analytics: true });
    expect(log()).toEqual(['late']);
    document.body.insertAdjacentHTML('beforeend', blocked('analytics', 'later-granted'));
    await tick();
    expect(log()).toEqual(['late', 'later-granted']);
  });

  test('the revived element copies attributes (not type/data-*), takes data-type, keeps its own nonce and gets no other', () => {
    document.body.innerHTML =
      '<script type="text/plain" data-category="analytics" data-type="module" id="s1" class="x" nonce="n0nce" src="https://stats.example/m.js"></script>' +
      '<script type="text/plain" data-category="analytics" src="https://stats.example/c.js" integrity="sha384-abc"></script>';
    connectForTest(returningVisitor({ analytics: true }), scriptTags({ nonce: 'fallback' }));
    const [first, second] = Array.from(document.querySelectorAll('script'));
    expect(first?.getAttribute('type')).toBe('module');
    expect(first?.id).toBe('s1');
    expect(first?.className).toBe('x');
    expect(first?.nonce).toBe('n0nce');
    expect(first?.hasAttribute('data-category')).toBe(false);
    // The classic external script waits for the module before it in the chain? No: modules do not block.
    expect(second?.src).toBe('https://stats.example/c.js');
    expect(second?.getAttribute('integrity')).toBe('sha384-abc');
    // No nonce of its own: it gets none (lending one would let injected markup pass a nonce CSP).
    // happy-dom keeps `nonce` as a plain property (undefined until set); Chromium reads "".
    expect(second?.nonce ?? '').toBe('');
    expect(second?.hasAttribute('nonce')).toBe(false);
    expect(second?.hasAttribute('type')).toBe(false);
  });

  test('an inline script after an external one waits until the external one has loaded', async () => {
    document.body.innerHTML =
      '<script type="text/plain" data-category="analytics" src="https://stats.example/lib.js"></script>' +
      blocked('analytics', 'after-lib');
    const store = newVisitor();
    connectForTest(store, scriptTags());
    store.update({ analytics: true });
    const lib = document.querySelector<HTMLScriptElement>('script[src="https://stats.example/lib.js"]');
    expect(lib?.type).toBe('');
    // The external script is in the document, the inline one is still blocked until it loads.
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(1);
    expect(log()).toEqual([]);
    await tick();
    expect(log()).toEqual(['after-lib']);
  });

  test('iframes wait behind a text-only placeholder whose button grants the category', () => {
    document.body.innerHTML =
      '<iframe data-category="functional" data-src="https://video.example/embed/1" data-service="<b>Video</b> player"></iframe>';
    const store = newVisitor();
    connectForTest(store, scriptTags());
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBeNull();
    expect(iframe.hidden).toBe(true);
    const placeholder = document.querySelector('[data-assent-placeholder]')!;
    expect(placeholder.nextElementSibling).toBe(iframe);
    expect(placeholder.querySelector('p')?.textContent).toBe(
      '<b>Video</b> player is blocked until you allow functional.',
    );
    expect(placeholder.querySelector('b')).toBeNull();
    placeholder.querySelector('button')!.click();
    expect(store.has('functional')).toBe(true);
    expect(store.getState().source).toBe('placeholder');
    expect(iframe.getAttribute('src')).toBe('https://video.example/embed/1');
    expect(iframe.hidden).toBe(false);
    expect(document.querySelector('[data-assent-placeholder]')).toBeNull();
  });

  test('the placeholder uses the category label and offers no button for an unknown category', () => {
    document.body.innerHTML =
      '<iframe data-category="functional" data-src="https://a.example/" title="Map"></iframe>' +
      '<iframe data-category="nope" data-src="https://b.example/" title="Other"></iframe>';
    const store = createConsent({
      ...CONFIG,
      categories: { ...CONFIG.categories, functional: { label: 'Functional cookies' } },
    });
    connectForTest(store, scriptTags({ placeholderTexts: { button: 'Load {service} ({category})' } }));
    const [first, second] = Array.from(document.querySelectorAll('[data-assent-placeholder]'));
    expect(first?.querySelector('button')?.textContent).toBe('Load Map (Functional cookies)');
    expect(second?.querySelector('button')).toBeNull();
  });

  test('pixels: <img data-src> gets its src only after consent', () => {
    document.body.innerHTML = '<img data-category="advertising" data-src="https://px.example/p.gif" alt="">';
    const store = newVisitor();
    connectForTest(store, scriptTags());
    const img = document.querySelector('img')!;
    expect(img.getAttribute('src')).toBeNull();
    store.update({ advertising: true });
    expect(img.getAttribute('src')).toBe('https://px.example/p.gif');
  });

  test('wrong options fail with one TypeError that lists every problem', () => {
    const options = { placeholder: 'no', placeholderTexts: { text: 1, title: 'Video' } };
    expect(() => scriptTags(options as never)).toThrow(
      optionsError(
        [
          'Invalid scriptTags options:',
          '- placeholder: expected true or false, got "no"',
          '- placeholderTexts.text: expected a string, got 1',
          '- placeholderTexts.title: unknown key (allowed: text, button)',
        ].join('\n'),
      ),
    );
  });

  test('after disconnect nothing runs any more and placeholders are gone', async () => {
    document.body.innerHTML =
      blocked('analytics', 'a1') +
      '<iframe data-category="analytics" data-src="https://x.example/"></iframe>';
    const store = newVisitor();
    const disconnect = connectForTest(store, scriptTags());
    disconnect();
    store.acceptAll();
    document.body.insertAdjacentHTML('beforeend', blocked('analytics', 'late'));
    await tick();
    expect(log()).toEqual([]);
    expect(document.querySelector('[data-assent-placeholder]')).toBeNull();
  });
});
