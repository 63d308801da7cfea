import { en } from './i18n/en';
import { chooseLanguage, rememberedLanguage } from './languages';
import type { BannerOptions, CategoryText, Translation, TranslationOverrides } from './types';

/** The language picked for the banner and its merged texts. */
export interface ResolvedTranslation {
  /** Language key of the pack in use, e.g. `"de"`. */
  lang: string;
  /** English, then the pack, then the site's overrides. */
  t: Translation;
}

type Texts = Record<string, unknown>;

/** The options that decide the banner's language and texts. */
export type LanguageOptions = Pick<
  BannerOptions,
  'language' | 'languages' | 'translations' | 'allowedLanguages'
>;

/**
 * The languages the banner offers, each once, in order:
 * `allowedLanguages`, else English and every language of `languages` and `translations`.
 */
export function offeredLanguages(options: LanguageOptions): string[] {
  const list = options.allowedLanguages ?? [
    'en',
    ...Object.keys(options.languages ?? {}),
    ...Object.keys(options.translations ?? {}),
  ];
  return [...new Set(list)];
}

/** The value of `record` under `key`, matched case-insensitively (`pt-br` finds `pt-BR`). */
const keyed = <T>(record: Record<string, T> | undefined, key: string): T | undefined => {
  const found = Object.keys(record ?? {}).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : record![found];
};

/** Copies only string values (a pack cannot inject markup or objects where text is expected). */
const mergeText = (target: Texts, source: Texts | undefined) => {
  if (source) for (const [k, v] of Object.entries(source)) if (typeof v === 'string') target[k] = v;
};

/**
 * Picks the banner language among the offered ones (see {@link offeredLanguages}) and merges its
 * texts. The choice is {@link chooseLanguage}'s: the visitor's pick earlier in this visit, then
 * `options.language`, then `<html lang>`, then `navigator.languages`, through {@link pickLanguage}
 * (an exact tag wins, else a shorter one: `de-AT` → `de`); else the first offered (English without
 * `allowedLanguages`). A language without a pack or overrides is shown in English (`lang: "en"`).
 * @param options - the banner options (`language`, `languages`, `translations`, `allowedLanguages`).
 * @param code - a language to show instead of the choice (the language menu's pick).
 * @returns the language key and the full translation.
 */
export function resolveTranslation(
  options: LanguageOptions,
  code: string = chooseLanguage(options.language, offeredLanguages(options), rememberedLanguage()),
): ResolvedTranslation {
  const pack = keyed(options.languages, code);
  const own = keyed(options.translations, code);
  if (!pack && !own && code.toLowerCase() !== 'en') return resolveTranslation(options, 'en');
  const t = {} as Texts;
  const categories: Record<string, CategoryText> = {};
  for (const layer of [en, pack, own] as Array<TranslationOverrides | undefined>) {
    mergeText(t, layer as Texts | undefined);
    for (const [id, text] of Object.entries(layer?.categories ?? {})) {
      const merged = { ...categories[id] } as Texts;
      mergeText(merged, text as Texts | undefined);
      categories[id] = merged as unknown as CategoryText;
    }
  }
  if (t.dir !== 'rtl') t.dir = 'ltr';
  return {
    lang: code,
    t: { ...(t as unknown as Translation), categories: categories as Translation['categories'] },
  };
}
