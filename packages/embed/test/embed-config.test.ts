// The script tag's own config keys: each checked by a rule of the option-checking kit, the vendor
// ids by the vendor table's protocol patterns. A site owner sees every problem at once, in the
// console, and Assent fails safe.
import { describe, expect, test } from 'vitest';
import { EMBED_KEYS, splitConfig } from '../src/embed-config';
import { VENDOR_KEYS } from '../src/vendors';

const issuesOf = (config: Record<string, unknown>) => splitConfig(config).issues;

describe('splitConfig', () => {
  test('a correct config has no issues, and each key goes to its part', () => {
    const { core, embed, issues } = splitConfig({
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
    });
    expect(issues).toEqual([]);
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
      'googleAnalytics.measurementId: expected an id such as "G-ABC123XYZ", got "UA-12345-1"',
      'googleTagManager.containerId: expected an id such as "GTM-ABC1234", got "G-ABC1234"',
      'metaPixel.pixelId: expected an id such as "123456789012345", got "abc"',
    ]);
    expect(issuesOf({ metaPixel: {} })).toEqual([
      'metaPixel.pixelId: expected an id such as "123456789012345", got undefined',
    ]);
    expect(issuesOf({ googleAnalytics: 'G-ABC123XYZ' })).toEqual([
      'googleAnalytics: expected an object { measurementId, … }, got "G-ABC123XYZ"',
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
      }),
    ).toEqual([
      'cleanup: expected true, false or an object, got "yes"',
      'receipts: expected an object { endpoint }, got "/ledger"',
      'layout: expected "bar", "box" or "modal", got "side"',
      'position: expected "bottom", "top", "bottom-left", "bottom-right", "top-left" or "top-right", got "middle"',
      'language: expected a language tag such as "de", got "deutsch language"',
      'translations: expected an object of language → strings, got an array',
      'theme: expected "light", "dark" or "auto", got "blue"',
      'themeVars: expected an object of name → CSS value, got null',
      'floatingButton: expected true or false, got 1',
      'nonce: expected a base64 nonce, got "not a nonce!"',
    ]);
  });

  test('a wrong value stays in the embed part (the issue names it; core then fails safe)', () => {
    const { embed, issues } = splitConfig({ layout: 'side' });
    expect(embed.layout).toBe('side');
    expect(issues).toHaveLength(1);
  });
});
