/**
 * The language packs shipped as files next to assent.js (English is built into the banner), one
 * row each: the language's code, as a BCP 47 tag in its usual case (`de`, `zh-Hant`: the key its
 * file registers and the banner's `languages` key), and the other tags it serves, lowercase (`nb`
 * for `no`, `zh-tw` for `zh-Hant`; a regional tag needs no row: `de-AT` falls back to `de` by itself).
 * The pack's file is `assent.<code in lowercase>.js`, built from src/lang/<same>.ts, which registers
 * packages/banner/src/i18n/<same>.ts.
 *
 * The table drives the loader (which file for the visitor's language) and the build's file list
 * (src/bundles.ts); adding a language is a row here plus its entry file (test/tables.test.ts checks
 * that they agree, and that the banner has the pack).
 */
export const LANGUAGE_PACKS = {
  de: [],
  fr: [],
  es: [],
  ar: [],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A language that has a pack file, e.g. `"de"`. */
export type LanguageCode = keyof typeof LANGUAGE_PACKS;

/** Every code of the table. */
export const LANGUAGE_CODES = Object.keys(LANGUAGE_PACKS) as LanguageCode[];

/** The pack's file name: `assent.<file>.js`, `src/lang/<file>.ts`. */
export const packFile = (code: string): string => code.toLowerCase();

/** The code of the pack for a lowercase tag: its own, or one it serves. */
export const packFor = (tag: string): LanguageCode | undefined =>
  LANGUAGE_CODES.find(
    (code) => packFile(code) === tag || (LANGUAGE_PACKS[code] as readonly string[]).includes(tag),
  );
