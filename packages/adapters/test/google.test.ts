// @vitest-environment-options {"url": "http://localhost:3000/", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
// happy-dom never downloads scripts here (file loading disabled, reported as success): the tests
// assert which URLs are requested and when; the real downloads are covered by the browser tests.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { googleConsentMode } from '../src/consent-mode';
import { googleAnalytics } from '../src/google-analytics';
import { googleTagManager } from '../src/google-tag-manager';
import {
  connectForTest,
  dataLayerCommands,
  disconnectAll,
  newVisitor,
  optionsError,
  resetPage,
  returningVisitor,
  scriptsFrom,
} from './helpers';

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1234';
const GTM = 'https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234';

beforeEach(resetPage);
afterEach(() => {
  disconnectAll();
  resetPage();
});

/** The dataLayer as short names: `consent default`, `js`, `config`. */
const names = () => dataLayerCommands().map((c) => (c[0] === 'consent' ? `consent ${c[1]}` : String(c[0])));

describe('googleAnalytics (basic mode)', () => {
  test('gtag.js is not requested before analytics consent, and is after; order default → update → js → config', () => {
    const store = newVisitor();
    connectForTest(
      store,
      googleConsentMode(),
      googleAnalytics({ measurementId: 'G-TEST1234', config: { send_page_view: true } }),
    );
    expect(scriptsFrom('https://www.googletagmanager.com')).toHaveLength(0);
    store.update({ advertising: true });
    expect(scriptsFrom('https://www.googletagmanager.com')).toHaveLength(0);
    store.update({ analytics: true });
    expect(scriptsFrom('https://www.googletagmanager.com').map((s) => s.src)).toEqual([GTAG]);
    const commands = dataLayerCommands();
    expect(names()).toEqual(['consent default', 'consent update', 'consent update', 'js', 'config']);
    expect(commands[3]?.[1]).toBeInstanceOf(Date);
    expect(commands[4]).toEqual(['config', 'G-TEST1234', { send_page_view: true }]);
    expect((commands[2]![2] as Record<string, string>).analytics_storage).toBe('granted');
  });

  test('a returning visitor with analytics granted: everything happens synchronously in connect', () => {
    connectForTest(
      returningVisitor({ analytics: true }),
      googleConsentMode(),
      googleAnalytics({ measurementId: 'G-TEST1234' }),
    );
    expect(names()).toEqual(['consent default', 'consent update', 'js', 'config']);
    expect(scriptsFrom(GTAG)).toHaveLength(1);
  });

  test('gtag.js is requested once, however often consent is toggled', () => {
    const store = newVisitor();
    connectForTest(store, googleConsentMode(), googleAnalytics({ measurementId: 'G-TEST1234' }));
    store.update({ analytics: true });
    store.update({ analytics: false });
    store.update({ analytics: true });
    expect(scriptsFrom(GTAG)).toHaveLength(1);
    expect(names().filter((n) => n === 'config')).toHaveLength(1);
  });

  test('withdrawal sets window["ga-disable-<ID>"]; a new grant clears it', () => {
    const store = newVisitor();
    connectForTest(store, googleConsentMode(), googleAnalytics({ measurementId: 'G-TEST1234' }));
    const w = window as unknown as Record<string, unknown>;
    store.update({ analytics: true });
    expect(w['ga-disable-G-TEST1234']).toBeUndefined();
    store.update({ analytics: false });
    expect(w['ga-disable-G-TEST1234']).toBe(true);
    store.update({ analytics: true });
    expect(w['ga-disable-G-TEST1234']).toBe(false);
  });

  test('advanced mode loads gtag.js at once under the denied default', () => {
    connectForTest(
      newVisitor(),
      googleConsentMode(),
      googleAnalytics({ measurementId: 'G-TEST1234', mode: 'advanced' }),
    );
    expect(scriptsFrom(GTAG)).toHaveLength(1);
    expect(names()).toEqual(['consent default', 'js', 'config']);
  });

  test('without googleConsentMode first it connects one itself (defaults before config) and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = newVisitor();
    connectForTest(store, googleAnalytics({ measurementId: 'G-TEST1234' }));
    store.acceptAll();
    expect(names()).toEqual(['consent default', 'consent update', 'js', 'config']);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('connect googleConsentMode() first'.replace('connect', 'Connect')),
    );
  });

  test('wrong options fail with one TypeError that lists every problem', () => {
    const options = { measurementId: 'UA-12345-1', mode: 'full', category: 'Analytics', extra: true };
    expect(() => googleAnalytics(options as never)).toThrow(
      optionsError(
        [
          'Invalid googleAnalytics options:',
          '- measurementId: expected a GA4 measurement id such as "G-ABC123XYZ" (Admin → Data streams), got "UA-12345-1"',
          '- mode: expected "basic" or "advanced", got "full"',
          '- category: expected a category id such as "analytics" (or several, space-separated), got "Analytics"',
          '- extra: unknown key (allowed: measurementId, mode, config, category, nonce)',
        ].join('\n'),
      ),
    );
    expect(() => googleAnalytics({} as never)).toThrow(
      optionsError(
        'Invalid googleAnalytics options:\n- measurementId: expected a GA4 measurement id such as "G-ABC123XYZ" (Admin → Data streams), got undefined',
      ),
    );
    expect(dataLayerCommands()).toEqual([]);
  });
});

describe('googleTagManager', () => {
  test('loads gtm.js with gtm.start after the consent defaults', () => {
    const before = Date.now();
    connectForTest(newVisitor(), googleConsentMode(), googleTagManager({ containerId: 'GTM-ABC1234' }));
    expect(scriptsFrom(GTM)).toHaveLength(1);
    const commands = dataLayerCommands();
    expect(commands[0]?.slice(0, 2)).toEqual(['consent', 'default']);
    const start = commands[1]?.[0] as { 'gtm.start': number; event: string };
    expect(start.event).toBe('gtm.js');
    expect(start['gtm.start']).toBeGreaterThanOrEqual(before);
    expect(commands).toHaveLength(2);
  });

  test('with a category it waits for it', () => {
    const store = newVisitor();
    connectForTest(
      store,
      googleConsentMode(),
      googleTagManager({ containerId: 'GTM-ABC1234', category: 'analytics' }),
    );
    expect(scriptsFrom(GTM)).toHaveLength(0);
    store.update({ analytics: true });
    expect(scriptsFrom(GTM)).toHaveLength(1);
  });

  test('a wrong container id fails with a clear error', () => {
    expect(() => googleTagManager({ containerId: 'G-ABC1234', category: '' })).toThrow(
      optionsError(
        [
          'Invalid googleTagManager options:',
          '- containerId: expected a GTM container id such as "GTM-ABC1234", got "G-ABC1234"',
          '- category: expected a category id such as "analytics" (or several, space-separated), got ""',
        ].join('\n'),
      ),
    );
  });
});
