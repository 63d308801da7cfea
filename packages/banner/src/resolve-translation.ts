import { en } from './i18n/en';
import { pickLanguage } from './languages';
import type { BannerOptions, CategoryText, Translation, TranslationOverrides } from './types';

/** The language picked for the banner and its merged texts. */
export interface ResolvedTranslation {
  /** Language key of the pack in use, e.g. `"de"`. */
  lang: string;
  /** English, then the pack, then the site's overrides. */
  t: Translation;
}

type Texts = Record<string, unknown>;

/** Copies only string values (a pack cannot inject markup or objects where text is expected). */
const mergeText = (target: Texts, source: Texts | undefined) => {
  if (source) for (const [k, v] of Object.entries(source)) if (typeof v === 'string') target[k] = v;
};

/**
 * Picks the banner language among the available packs (and languages the site translated) and
 * merges its texts. The choice is {@link pickLanguage}'s: `options.language`, then `<html lang>`,
 * then `navigator.languages`; an exact tag wins, else its primary subtag (`de-AT` → `de`); English
 * when nothing matches.
 * @param options - the banner options (`language`, `languages`, `translations`).
 * @returns the language key and the full translation.
 */
export function resolveTranslation(
  options: Pick<BannerOptions, 'language' | 'languages' | 'translations'>,
): ResolvedTranslation {
  const packs = options.languages ?? {};
  const overrides = options.translations ?? {};
  const available = new Map<string, string>([['en', 'en']]);
  for (const key of [...Object.keys(packs), ...Object.keys(overrides)]) available.set(key.toLowerCase(), key);
  const lang = pickLanguage(options.language, (tag) => available.get(tag));
  const layers: Array<TranslationOverrides | undefined> = [en, packs[lang], overrides[lang]];
  const t = {} as Texts;
  const categories: Record<string, CategoryText> = {};
  for (const layer of layers) {
    mergeText(t, layer as Texts | undefined);
    for (const [id, text] of Object.entries(layer?.categories ?? {})) {
      const merged = { ...categories[id] } as Texts;
      mergeText(merged, text as Texts | undefined);
      categories[id] = merged as unknown as CategoryText;
    }
  }
  if (t.dir !== 'rtl') t.dir = 'ltr';
  return {
    lang,
    t: { ...(t as unknown as Translation), categories: categories as Translation['categories'] },
  };
}
