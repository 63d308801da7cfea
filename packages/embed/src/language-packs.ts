/**
 * The language packs shipped as files next to assent.js (English is built into the banner), by
 * code: a BCP 47 tag in its usual case (`de`, `zh-Hant`, `pt-BR`: the key its file registers and
 * the banner's `languages` key). The 24 official EU languages, more of Europe, right-to-left
 * (ar, he, fa) and the rest of the world. Tags that mean one of these under another name (`zh-TW`
 * → `zh-Hant`, `nb` → `no`, `iw` → `he`) are the banner's `LANGUAGE_ALIASES`; a regional tag needs
 * nothing (`de-AT` falls back to `de` by itself).
 *
 * The pack's file is `assent.<code in lowercase>.js`, built from src/lang/<same>.ts, which registers
 * packages/banner/src/i18n/<same>.ts. The table drives the loader (which file for the visitor's
 * language) and the build's file list (src/bundles.ts); adding a language is a row here plus its
 * entry file and its banner pack (test/tables.test.ts checks that they agree).
 */
export const LANGUAGE_PACKS = [
  // Official languages of the EU (English is built in).
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  // More of Europe (Norwegian Bokmål; Serbian in Latin script).
  'no',
  'is',
  'ca',
  'eu',
  'gl',
  'sr',
  'sq',
  'mk',
  'tr',
  'uk',
  'ru',
  // Right to left.
  'ar',
  'he',
  'fa',
  // Elsewhere.
  'ja',
  'ko',
  'zh-Hans',
  'zh-Hant',
  'hi',
  'id',
  'ms',
  'th',
  'vi',
  'pt-BR',
] as const;

/** A language that has a pack file, e.g. `"de"`. */
export type LanguageCode = (typeof LANGUAGE_PACKS)[number];

/** Every code of the table. */
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGE_PACKS;

/** The pack's file name: `assent.<file>.js`, `src/lang/<file>.ts`. */
export const packFile = (code: string): string => code.toLowerCase();

/** The code of the pack for a lowercase tag (`zh-hant` → `zh-Hant`), or `undefined`. */
export const packFor = (tag: string): LanguageCode | undefined =>
  LANGUAGE_CODES.find((code) => packFile(code) === tag);
