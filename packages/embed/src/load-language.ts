import { pickLanguage, type TranslationOverrides } from '@assent/banner';
import { LANGUAGE_CODES, type LanguageCode, packFile, packFor } from './language-packs';
import { lazyValue, loadLazy } from './lazy';
import type { StartEnv } from './start-assent';

/** The codes of the language packs shipped as files next to assent.js (`assent.de.js`, …). */
export const PACKS: readonly string[] = LANGUAGE_CODES;

/**
 * The language the banner will speak: the first of the visitor's languages (the config's, then
 * `<html lang>`, then the browser's) that is English or has a pack file, as the banner picks it.
 */
export function wantedLanguage(configured: string | undefined): LanguageCode | 'en' {
  return pickLanguage(configured, (tag) => (tag === 'en' ? tag : packFor(tag)));
}

/**
 * Makes sure the pack the visitor needs is present: English is built in; another pack is loaded
 * from `assent.<file>.js` next to the script. A pack that fails to load falls back to English.
 * @returns the packs available to the banner.
 */
export async function loadLanguage(
  configured: string | undefined,
  env: StartEnv,
  nonce?: string,
): Promise<Record<string, TranslationOverrides>> {
  const code = wantedLanguage(configured);
  if (code !== 'en') await loadLazy(code, packFile(code), env.baseUrl, nonce, 3000);
  const packs: Record<string, TranslationOverrides> = { ...env.languages };
  for (const code of LANGUAGE_CODES) {
    const pack = lazyValue(code);
    if (pack) packs[code] = pack;
  }
  return packs;
}
