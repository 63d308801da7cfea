// The script tag's own config keys: each checked by a rule of the option-checking kit, the vendor
// ids by the vendor table's protocol patterns. A site owner sees every problem at once, in the
// console, and only that key is turned off.
import { describe, expect, test } from 'vitest';
import { EMBED_KEYS, splitConfig } from '../src/embed-config';
import { VENDOR_KEYS } from '../src/vendors';

const issuesOf = (config: Record<string, unknown>) => splitConfig(config).warnings;

describe('splitConfig', () => {
  test('a correct config has no issues, and each key goes to its part', () => {
    const { core, embed, warnings } = splitConfig({
      revision: 2,
      googleAnalytics: { measurementId: 'G-ABC123XYZ', mode: 'advanced' },
      googleTagManager: { containerId: 'GTM-ABC1234' },
      metaPixel: { pixelId: '123456789012345' },
      googleConsentMode: { waitForUpdate: 500 },
      scriptTags: false,
      layout: 'box',
      position: 'bottom-left',
      language: 'zh-Hant-TW',
      theme: 'dark',
      floatingButton: true,
      nonce: 'r4nd0m+/=',
      receipts: { endpoint: '/consent/receipts', serverCookie: true },
      debug: true,
    });
    expect(warnings).toEqual([]);
    expect({ ...core }).toEqual({ revision: 2 });
    expect(embed.googleAnalytics).toEqual({ measurementId: 'G-ABC123XYZ', mode: 'advanced' });
    expect(embed.scriptTags).toBe(false);
  });

  test('every vendor of the vendor table is a key of the script tag', () => {
    for (const key of VENDOR_KEYS) expect(EMBED_KEYS).toContain(key);
  });

  test('a vendor id is checked with its pattern, naming an example', () => {
    expect(
      issuesOf({
        googleAnalytics: { measurementId: 'UA-12345-1' },
        googleTagManager: { containerId: 'G-ABC1234' },
        metaPixel: { pixelId: 'abc' },
      }),
    ).toEqual([
      'googleAnalytics.measurementId: expected an id such as "G-ABC123XYZ", got "UA-12345-1"; googleAnalytics is off',
      'googleTagManager.containerId: expected an id such as "GTM-ABC1234", got "G-ABC1234"; googleTagManager is off',
      'metaPixel.pixelId: expected an id such as "123456789012345", got "abc"; metaPixel is off',
    ]);
    expect(issuesOf({ metaPixel: {} })).toEqual([
      'metaPixel.pixelId: expected an id such as "123456789012345", got undefined; metaPixel is off',
    ]);
    expect(issuesOf({ googleAnalytics: 'G-ABC123XYZ' })).toEqual([
      'googleAnalytics: expected an object { measurementId, … }, got "G-ABC123XYZ"; googleAnalytics is off',
    ]);
  });

  test('every wrong key is named at once, in one form, in a fixed order', () => {
    expect(
      issuesOf({
        nonce: 'not a nonce!',
        layout: 'side',
        theme: 'blue',
        cleanup: 'yes',
        position: 'middle',
        language: 'deutsch language',
        floatingButton: 1,
        receipts: '/ledger',
        translations: [],
        themeVars: null,
        debug: 'on',
      }),
    ).toEqual([
      'cleanup: expected true, false or an object, got "yes"; the default is used',
      'receipts: expected an object { endpoint, serverCookie? }, got "/ledger"; receipts are off',
      'layout: expected "bar", "box" or "modal", got "side"; the default is used',
      'position: expected "bottom", "top", "bottom-left", "bottom-right", "top-left" or "top-right", got "middle"; the default is used',
      'language: expected a language tag such as "de", got "deutsch language"; the default is used',
      'translations: expected an object of language → strings, got an array; the default is used',
      'theme: expected "light", "dark" or "auto", got "blue"; the default is used',
      'themeVars: expected an object of name → CSS value, got null; the default is used',
      'floatingButton: expected true or false, got 1; the default is used',
      'nonce: expected a base64 nonce, got "not a nonce!"; the default is used',
      'debug: expected true or false, got "on"; the default is used',
    ]);
  });

  test('a wrong value is left out of the embed part, so its default applies', () => {
    const { embed, warnings } = splitConfig({ layout: 'side', theme: 'dark' });
    expect(embed.layout).toBeUndefined();
    expect(embed.theme).toBe('dark');
    expect(warnings).toHaveLength(1);
  });

  test("the receipts' endpoint and serverCookie are checked", () => {
    expect(issuesOf({ receipts: { endpoint: 'javascript:alert(1)' } })).toEqual([
      'receipts.endpoint: expected an http(s) or relative URL, got "javascript:alert(1)"; receipts are off',
    ]);
    expect(issuesOf({ receipts: { endpoint: '/r', serverCookie: 'yes', url: '/x' } })).toEqual([
      'receipts.serverCookie: expected true or false, got "yes"; receipts are off',
      'receipts.url: unknown key (allowed: endpoint, serverCookie); receipts are off',
    ]);
  });
});
