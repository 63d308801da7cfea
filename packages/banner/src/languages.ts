/**
 * Which language the banner speaks. One home for the policy, used by the banner (which packs to
 * merge) and by the script tag (which pack file to load, which language a receipt records). No
 * Preact here, so the script tag imports it without the banner.
 */

/**
 * The visitor's language tags, most wanted first, lowercased: the site's `language` option, then
 * `<html lang>`, then the browser's `navigator.languages`. Empty ones are left out.
 */
export function candidateLanguages(configured?: string): string[] {
  const list: Array<string | undefined> = [configured];
  // Guarded: the banner's texts can be resolved where there is no document (a server render).
  if (typeof document !== 'undefined') list.push(document.documentElement.lang);
  if (typeof navigator !== 'undefined') list.push(...(navigator.languages ?? [navigator.language]));
  return list.filter((l): l is string => typeof l === 'string' && l !== '').map((l) => l.toLowerCase());
}

/**
 * Tags that mean a pack under another code (lowercase): Chinese by region to its script, the
 * Norwegian written standards to Bokmål, Serbian in Latin script, Hebrew's old code.
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'zh-tw': 'zh-hant',
  'zh-hk': 'zh-hant',
  'zh-mo': 'zh-hant',
  nb: 'no',
  nn: 'no',
  'sr-latn': 'sr',
  iw: 'he',
};

/**
 * The language to show: the first candidate (see {@link candidateLanguages}) that `find` knows, by
 * its exact tag, then with subtags dropped from the end (`zh-Hant-TW` → `zh-hant`, `de-AT` → `de`),
 * each also through {@link LANGUAGE_ALIASES} (`zh-CN` → `zh-hans`, `nb` → `no`); English when none
 * matches.
 * @param configured - the site's `language` option.
 * @param find - the key of an available language for a lowercase tag, or `undefined`. English is
 *   built into the banner: `find` knows `"en"`, so an English candidate ends the search.
 */
export function pickLanguage<T extends string>(
  configured: string | undefined,
  find: (tag: string) => T | undefined,
): T | 'en' {
  for (const tag of candidateLanguages(configured))
    for (let t = tag; t; t = t.slice(0, Math.max(0, t.lastIndexOf('-')))) {
      const alias = Object.hasOwn(LANGUAGE_ALIASES, t) ? LANGUAGE_ALIASES[t] : undefined;
      const hit = find(t) ?? (alias ? find(alias) : undefined);
      if (hit) return hit;
    }
  return 'en';
}

/** Where the visitor's pick in the language menu is kept for the visit (sessionStorage). */
export const LANGUAGE_KEY = 'assent:language';

/** The visitor's pick in the language menu earlier in this visit, or `null` (also where storage is blocked). */
export function rememberedLanguage(): string | null {
  try {
    return sessionStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the visitor's pick for the next pages of the visit; a blocked storage forgets it. */
export function rememberLanguage(code: string): void {
  try {
    sessionStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // Blocked storage: the pick holds for this page only.
  }
}

/**
 * The language to show among `codes`: `remembered` (the visitor's pick earlier in the visit) when
 * it is one of them, else {@link pickLanguage}'s choice among them (`configured`, `<html lang>`,
 * `navigator.languages`), else the first of `codes`.
 */
export function chooseLanguage(
  configured: string | undefined,
  codes: readonly string[],
  remembered: string | null,
): string {
  const byTag = new Map(codes.map((code) => [code.toLowerCase(), code]));
  const kept = remembered ? byTag.get(remembered.toLowerCase()) : undefined;
  if (kept) return kept;
  // pickLanguage stops at the first tag `find` knows; without one it says "en" (English may not
  // be offered): the last answer of `find` tells which.
  let hit: string | undefined;
  pickLanguage(configured, (tag) => (hit = byTag.get(tag)));
  return hit ?? codes[0] ?? 'en';
}
