import { chooseLanguage, rememberedLanguage, type TranslationOverrides } from '@assent/banner';
import { LANGUAGE_CODES, packFile, packFor } from './language-packs';
import { lazyValue, loadLazy } from './lazy';
import type { StartEnv } from './start-assent';

/** The codes of the language packs shipped as files next to assent.js (`assent.de.js`, …). */
export const PACKS: readonly string[] = LANGUAGE_CODES;

/**
 * The language the banner will show, chosen as the banner chooses it (`chooseLanguage`): the
 * visitor's pick in the language menu earlier in this visit when it is offered, else the first of
 * the visitor's languages (the config's, then `<html lang>`, then the browser's) that is offered,
 * else the first offered.
 * @param offered - the config's `languages`; default English and every language with a pack file.
 * @param remembered - the pick of the visit (default: read from sessionStorage; `null` for none).
 */
export function wantedLanguage(
  configured: string | undefined,
  offered: readonly string[] = ['en', ...LANGUAGE_CODES],
  remembered: string | null = rememberedLanguage(),
): string {
  return chooseLanguage(configured, offered, remembered);
}

/**
 * The banner's `loadLanguage`: loads `assent.<file>.js` of a language from the folder of the
 * on-demand files.
 * @returns its pack, or `undefined` when it has no pack file or the file did not load.
 */
export const packLoader =
  (env: StartEnv, nonce?: string) =>
  (code: string): Promise<TranslationOverrides | undefined> => {
    const pack = packFor(code.toLowerCase());
    return pack ? loadLazy(pack, packFile(pack), env.baseUrl, nonce, 3000) : Promise.resolve(undefined);
  };

/**
 * Makes sure the packs the banner needs are present: the language it will show (see
 * {@link wantedLanguage}) and, when the visitor picked another one earlier in the visit, the one it
 * would choose by itself (its menu offers it again). English is built in; another pack is loaded
 * from `assent.<file>.js` next to the script. A pack that fails to load falls back to English.
 * @param offered - the config's `languages`.
 * @returns the packs available to the banner.
 */
export async function loadLanguage(
  configured: string | undefined,
  env: StartEnv,
  nonce?: string,
  offered?: readonly string[],
): Promise<Record<string, TranslationOverrides>> {
  const load = packLoader(env, nonce);
  await Promise.all(
    [...new Set([wantedLanguage(configured, offered), wantedLanguage(configured, offered, null)])].map(load),
  );
  const packs: Record<string, TranslationOverrides> = { ...env.languages };
  for (const code of LANGUAGE_CODES) {
    const pack = lazyValue(code);
    if (pack) packs[code] = pack;
  }
  return packs;
}
