import { createConsent } from '@assent/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { googleConsentMode } from '../src/consent-mode';
import {
  CONFIG,
  connectForTest,
  dataLayerCommands,
  disconnectAll,
  newVisitor,
  optionsError,
  resetPage,
  returningVisitor,
} from './helpers';

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

beforeEach(resetPage);
afterEach(() => {
  disconnectAll();
  resetPage();
});

describe('googleConsentMode', () => {
  test('a new visitor: stub and a denied default with wait_for_update, nothing else', () => {
    connectForTest(newVisitor(), googleConsentMode());
    const layer = (window as unknown as { dataLayer: unknown[] }).dataLayer;
    expect(layer).toHaveLength(1);
    expect(Object.prototype.toString.call(layer[0])).toBe('[object Arguments]');
    expect(dataLayerCommands()).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]]);
  });

  test('window.gtag is the standard stub: it pushes an Arguments object', () => {
    connectForTest(newVisitor(), googleConsentMode());
    const w = window as unknown as { gtag: (...a: unknown[]) => void; dataLayer: unknown[] };
    w.gtag('event', 'login', { method: 'x' });
    const last = w.dataLayer.at(-1);
    expect(Object.prototype.toString.call(last)).toBe('[object Arguments]');
    expect(Array.from(last as ArrayLike<unknown>)).toEqual(['event', 'login', { method: 'x' }]);
  });

  test('an existing window.gtag and dataLayer are kept', () => {
    const existing: unknown[] = [{ event: 'earlier' }];
    const gtag = () => {};
    Object.assign(window, { dataLayer: existing, gtag });
    connectForTest(newVisitor(), googleConsentMode());
    const w = window as unknown as { gtag: unknown; dataLayer: unknown[] };
    expect(w.gtag).toBe(gtag);
    expect(w.dataLayer).toBe(existing);
    expect(dataLayerCommands()).toEqual([
      [{ event: 'earlier' }],
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
    ]);
  });

  test('a returning visitor: the stored choice is pushed as update right after the default, synchronously', () => {
    const store = returningVisitor({ analytics: true, advertising: false, functional: true });
    connectForTest(store, googleConsentMode({ waitForUpdate: 800 }));
    expect(dataLayerCommands()).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 800 }],
      [
        'consent',
        'update',
        {
          ...DENIED,
          analytics_storage: 'granted',
          functionality_storage: 'granted',
          personalization_storage: 'granted',
        },
      ],
    ]);
  });

  test('a returning visitor who refused everything still gets an update (all denied)', () => {
    connectForTest(
      returningVisitor({ analytics: false, advertising: false, functional: false }),
      googleConsentMode(),
    );
    expect(dataLayerCommands()).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['consent', 'update', DENIED],
    ]);
  });

  test('opt-out mode grants by default: the update follows the default at once', () => {
    connectForTest(createConsent({ ...CONFIG, mode: 'opt-out', gpc: false }), googleConsentMode());
    const granted = Object.fromEntries(Object.keys(DENIED).map((k) => [k, 'granted']));
    expect(dataLayerCommands()).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['consent', 'update', granted],
    ]);
  });

  test('GPC in opt-out mode keeps the advertising types denied', () => {
    connectForTest(createConsent({ ...CONFIG, mode: 'opt-out', gpc: true }), googleConsentMode());
    expect(dataLayerCommands()[1]).toEqual([
      'consent',
      'update',
      {
        ...DENIED,
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
      },
    ]);
  });

  test('every later change pushes an update with the mapped values', () => {
    const store = newVisitor();
    connectForTest(store, googleConsentMode());
    store.update({ advertising: true });
    store.rejectAll();
    const commands = dataLayerCommands();
    expect(commands.slice(1)).toEqual([
      [
        'consent',
        'update',
        { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      ],
      ['consent', 'update', DENIED],
    ]);
  });

  test('functionality types are granted by essential when the config has no functional category', () => {
    connectForTest(
      createConsent({ categories: { analytics: {} } }),
      googleConsentMode({ mapping: { essential: ['security_storage', 'functionality_storage'] } }),
    );
    expect(dataLayerCommands()).toEqual([
      ['consent', 'default', { ...DENIED, functionality_storage: 'granted', wait_for_update: 500 }],
    ]);
  });

  test('a custom mapping drives the types from the site’s own categories', () => {
    const config = { categories: { statistics: {}, marketing: {} } };
    const store = createConsent(config);
    connectForTest(
      store,
      googleConsentMode({
        mapping: {
          statistics: ['analytics_storage'],
          marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
        },
      }),
    );
    store.update({ statistics: true });
    expect(dataLayerCommands()[1]).toEqual([
      'consent',
      'update',
      { ...DENIED, analytics_storage: 'granted' },
    ]);
  });

  test('region defaults come first, then the global default, then set commands', () => {
    connectForTest(
      newVisitor(),
      googleConsentMode({
        regions: [{ region: ['US-CA', 'BR'], granted: ['analytics_storage'] }],
        urlPassthrough: true,
        adsDataRedaction: true,
      }),
    );
    expect(dataLayerCommands()).toEqual([
      [
        'consent',
        'default',
        { ...DENIED, analytics_storage: 'granted', wait_for_update: 500, region: ['US-CA', 'BR'] },
      ],
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  test('wrong options fail with one TypeError that lists every problem', () => {
    const options = {
      mapping: { analytics: ['analytics'], 'Bad Key': [] },
      waitForUpdate: -1,
      regions: [{ region: ['EU', 'de'] }, { granted: ['ad_storage'] }, { region: [] }],
      urlPassthrough: 'yes',
      extra: 1,
    };
    const region = 'an ISO 3166 code such as "DE" or "US-CA" ("EU" is not valid: list the countries)';
    expect(() => googleConsentMode(options as never)).toThrow(
      optionsError(
        [
          'Invalid googleConsentMode options:',
          '- mapping.analytics[0]: expected "ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage" or "security_storage", got "analytics"',
          '- mapping."Bad Key": expected a category id, got "Bad Key"',
          '- waitForUpdate: expected a whole number of milliseconds (0 or more), got -1',
          `- regions[0].region[0]: expected ${region}, got "EU"`,
          `- regions[0].region[1]: expected ${region}, got "de"`,
          '- regions[1].region: expected a non-empty array of ISO 3166 codes, got undefined',
          '- regions[2].region: expected a non-empty array of ISO 3166 codes, got an array',
          '- urlPassthrough: expected true or false, got "yes"',
          '- extra: unknown key (allowed: mapping, waitForUpdate, regions, urlPassthrough, adsDataRedaction)',
        ].join('\n'),
      ),
    );
    expect(dataLayerCommands()).toEqual([]);
  });

  test('disconnect stops the updates', () => {
    const store = newVisitor();
    const disconnect = connectForTest(store, googleConsentMode());
    disconnect();
    store.acceptAll();
    expect(dataLayerCommands()).toHaveLength(1);
  });
});
