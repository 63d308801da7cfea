// Which language the banner speaks has one home (@assent/banner's pickLanguage): the script tag
// loads the pack file of the language the banner will then pick, and records that language in
// the receipts.
import { en, resolveTranslation, type TranslationOverrides } from '@assent/banner';
import { afterEach, expect, test, vi } from 'vitest';
import { LANGUAGE_CODES, packFile, packFor } from '../src/language-packs';
import { wantedLanguage } from '../src/load-language';

afterEach(() => {
  document.documentElement.lang = '';
});

const allPacks = Object.fromEntries(
  LANGUAGE_CODES.map((code) => [code, { acceptAll: code } as TranslationOverrides]),
);

test.each([
  // [config language, <html lang>, browser languages, expected]
  [undefined, '', ['en-US'], 'en'],
  ['de', 'fr', ['es'], 'de'],
  [undefined, 'de-AT', ['fr'], 'de'],
  [undefined, '', ['pt-BR', 'fr-CA', 'de'], 'pt-BR'],
  [undefined, '', ['pt-PT'], 'pt'],
  [undefined, 'nl', ['AR-EG'], 'nl'],
  [undefined, '', ['xx', 'AR-EG'], 'ar'],
  [undefined, 'tlh', ['ja', 'ko'], 'ja'],
  ['en-GB', 'de', ['de'], 'en'],
  // The fallbacks the issue names: by region to a script, the Norwegian standards, old codes.
  [undefined, '', ['zh-CN'], 'zh-Hans'],
  [undefined, '', ['zh-SG'], 'zh-Hans'],
  [undefined, '', ['zh'], 'zh-Hans'],
  [undefined, '', ['zh-TW'], 'zh-Hant'],
  [undefined, '', ['zh-HK'], 'zh-Hant'],
  [undefined, 'zh-Hant-TW', [], 'zh-Hant'],
  [undefined, '', ['nb-NO'], 'no'],
  [undefined, '', ['nn'], 'no'],
  [undefined, '', ['sr-Latn-RS'], 'sr'],
  [undefined, '', ['sr'], 'sr'],
  [undefined, '', ['iw'], 'he'],
  [undefined, '', ['tlh', 'x-klingon'], 'en'],
] as const)('language %s, <html lang="%s">, browser %j: %s', (configured, lang, browser, expected) => {
  document.documentElement.lang = lang;
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([...browser]);
  expect(wantedLanguage(configured)).toBe(expected);
  // The banner, given every pack, picks the same one.
  const picked = resolveTranslation({ language: configured, languages: allPacks });
  expect(picked.lang).toBe(expected);
  expect(picked.t.acceptAll).toBe(expected === 'en' ? en.acceptAll : expected);
});

test('a pack is found by its code in lowercase (as candidate tags come); its file is that code', () => {
  expect(packFor('de')).toBe('de');
  expect(packFor('pt')).toBe('pt');
  expect(packFor('zh-hant')).toBe('zh-Hant');
  expect(packFor('pt-pt')).toBeUndefined(); // a regional tag is the banner's fallback, not a file
  expect(packFor('en')).toBeUndefined(); // built into the banner: no file
  for (const code of LANGUAGE_CODES) {
    expect(packFor(code.toLowerCase())).toBe(code);
    expect(packFile(code)).toBe(code.toLowerCase());
  }
});
