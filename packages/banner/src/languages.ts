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
 * The language to show: the first candidate (see {@link candidateLanguages}) that `find` knows by
 * its exact tag, else by its primary subtag (`de-AT` → `de`); English when none matches.
 * @param configured - the site's `language` option.
 * @param find - the key of an available language for a lowercase tag, or `undefined`. English is
 *   built into the banner: `find` knows `"en"`, so an English candidate ends the search.
 */
export function pickLanguage<T extends string>(
  configured: string | undefined,
  find: (tag: string) => T | undefined,
): T | 'en' {
  for (const tag of candidateLanguages(configured)) {
    const hit = find(tag) ?? find(tag.split('-')[0]!);
    if (hit) return hit;
  }
  return 'en';
}
