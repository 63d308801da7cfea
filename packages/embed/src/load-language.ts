import type { TranslationOverrides } from '@assent/banner';
import { lazyValue, loadLazy } from './lazy';
import type { StartEnv } from './start-assent';

/** Language packs shipped as separate files next to assent.js (`assent.de.js`, …). */
export const PACKS = ['de', 'fr', 'es', 'ar'] as const;

/** The first supported primary language among the config's, `<html lang>` and the browser's. */
export function wantedLanguage(configured: string | undefined): string {
  const candidates = [
    configured,
    document.documentElement.lang,
    ...(navigator.languages ?? [navigator.language]),
  ];
  for (const tag of candidates) {
    const primary = tag?.toLowerCase().split('-')[0] ?? '';
    if (primary === 'en' || (PACKS as readonly string[]).includes(primary)) return primary;
  }
  return 'en';
}

/**
 * Makes sure the pack the visitor needs is present: English is built in; another pack is loaded
 * from `assent.<lang>.js` next to the script. A pack that fails to load falls back to English.
 * @returns the packs available to the banner.
 */
export async function loadLanguage(
  configured: string | undefined,
  env: StartEnv,
  nonce?: string,
): Promise<Record<string, TranslationOverrides>> {
  const lang = wantedLanguage(configured);
  if (lang !== 'en') await loadLazy(lang, lang, env.baseUrl, nonce, 3000);
  const packs: Record<string, TranslationOverrides> = { ...env.languages };
  for (const code of PACKS) {
    const pack = lazyValue<TranslationOverrides>(code);
    if (pack) packs[code] = pack;
  }
  return packs;
}
