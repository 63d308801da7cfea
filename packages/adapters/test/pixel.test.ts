// @vitest-environment-options {"url": "http://localhost:3000/", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
// happy-dom never downloads fbevents.js here: the tests assert the fbq queue and which URL is requested when.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { type Fbq, metaPixel } from '../src/meta-pixel';
import { createPixel } from '../src/pixel';
import {
  connectForTest,
  disconnectAll,
  newVisitor,
  optionsError,
  resetPage,
  returningVisitor,
  scriptsFrom,
} from './helpers';

const FBEVENTS = 'https://connect.facebook.net/en_US/fbevents.js';

beforeEach(resetPage);
afterEach(() => {
  disconnectAll();
  resetPage();
});

const fbq = () => (window as unknown as { fbq: Fbq }).fbq;
const queued = () =>
  fbq().queue.map((entry) => {
    expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
    return Array.from(entry as ArrayLike<unknown>);
  });

describe('metaPixel', () => {
  test('the standard fbq stub; revoke before init; no fbevents.js before advertising consent', () => {
    const store = newVisitor();
    connectForTest(store, metaPixel({ pixelId: '1234567890' }));
    const f = fbq();
    expect(f.version).toBe('2.0');
    expect(f.loaded).toBe(true);
    expect(f.push).toBe(f);
    expect((window as unknown as { _fbq: Fbq })._fbq).toBe(f);
    expect(queued()).toEqual([
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['track', 'PageView'],
    ]);
    expect(scriptsFrom('https://connect.facebook.net')).toHaveLength(0);
    store.update({ analytics: true });
    expect(scriptsFrom('https://connect.facebook.net')).toHaveLength(0);
  });

  test('grant loads fbevents.js once and calls consent grant; withdrawal calls consent revoke', () => {
    const store = newVisitor();
    connectForTest(store, metaPixel({ pixelId: '1234567890' }));
    store.update({ advertising: true });
    expect(scriptsFrom(FBEVENTS)).toHaveLength(1);
    store.update({ advertising: false });
    store.update({ advertising: true });
    expect(scriptsFrom(FBEVENTS)).toHaveLength(1);
    expect(queued().slice(3)).toEqual([
      ['consent', 'grant'],
      ['consent', 'revoke'],
      ['consent', 'grant'],
    ]);
  });

  test('calls go to fbq.callMethod once fbevents.js has taken over', () => {
    const store = newVisitor();
    connectForTest(store, metaPixel({ pixelId: '1234567890' }));
    const calls: unknown[][] = [];
    fbq().callMethod = (...args: unknown[]) => calls.push(args);
    store.update({ advertising: true });
    expect(calls).toEqual([['consent', 'grant']]);
  });

  test('a returning visitor who granted: script requested in connect, no revoke', () => {
    connectForTest(
      returningVisitor({ advertising: true }),
      metaPixel({ pixelId: '1234567890', trackPageView: false }),
    );
    expect(queued()).toEqual([
      ['consent', 'grant'],
      ['init', '1234567890'],
    ]);
    expect(scriptsFrom(FBEVENTS)).toHaveLength(1);
  });

  test('wrong options fail with one TypeError that lists every problem', () => {
    expect(() => metaPixel({ pixelId: 'abc', trackPageView: 'no' as never })).toThrow(
      optionsError(
        [
          'Invalid metaPixel options:',
          '- pixelId: expected the numeric pixel id as a string, such as "1234567890", got "abc"',
          '- trackPageView: expected true or false, got "no"',
        ].join('\n'),
      ),
    );
  });
});

describe('createPixel', () => {
  test('setup runs at connect, hooks on changes, the script only after every category is granted', () => {
    const log: string[] = [];
    const store = newVisitor();
    connectForTest(
      store,
      createPixel({
        name: 'demo',
        category: 'analytics advertising',
        src: 'https://pixel.example/p.js',
        setup: (granted) => log.push(`setup ${granted}`),
        onGrant: () => log.push('grant'),
        onRevoke: () => log.push('revoke'),
      }),
    );
    store.update({ analytics: true });
    expect(scriptsFrom('https://pixel.example/')).toHaveLength(0);
    store.update({ advertising: true });
    store.update({ analytics: false });
    expect(log).toEqual(['setup false', 'grant', 'revoke']);
    expect(scriptsFrom('https://pixel.example/')).toHaveLength(1);
  });

  test('wrong options fail with one TypeError named after the pixel', () => {
    expect(() => createPixel({ name: 'tiktok', category: '', src: '', onGrant: 'grant' as never })).toThrow(
      optionsError(
        [
          'Invalid tiktok options:',
          '- category: expected a category id such as "analytics" (or several, space-separated), got ""',
          '- src: expected the vendor script URL, got ""',
          '- onGrant: expected a function, got "grant"',
        ].join('\n'),
      ),
    );
    expect(() => createPixel({ category: ['advertising'] } as never)).toThrow(
      optionsError('Invalid createPixel options:\n- src: expected the vendor script URL, got undefined'),
    );
  });

  /** A pixel whose vendor hooks throw: `setup` at connect, `onGrant` on the grant. */
  const brokenPixel = () =>
    createPixel({
      name: 'broken',
      category: 'analytics',
      src: 'https://pixel.example/p.js',
      setup: () => {
        throw new Error('vendor bug');
      },
      onGrant: () => {
        throw new Error('vendor bug 2');
      },
    });

  test('a throwing hook is reported, not thrown into connect or the store', () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const store = newVisitor();
    expect(() => connectForTest(store, brokenPixel())).not.toThrow();
    expect(() => store.update({ analytics: true })).not.toThrow();
    expect(reported).toHaveBeenCalledTimes(2);
    expect(scriptsFrom('https://pixel.example/')).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  test('without window.reportError a throwing hook is rethrown in a timeout, as an uncaught error', () => {
    vi.useFakeTimers();
    vi.stubGlobal('reportError', undefined);
    const store = newVisitor();
    expect(() => connectForTest(store, brokenPixel())).not.toThrow();
    expect(() => store.update({ analytics: true })).not.toThrow();
    expect(() => vi.runOnlyPendingTimers()).toThrow('vendor bug');
    expect(scriptsFrom('https://pixel.example/')).toHaveLength(1);
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
});
