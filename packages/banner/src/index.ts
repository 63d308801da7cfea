/**
 * `@assent/banner`: the visitor-facing cookie banner and preferences dialog for `@assent/core`.
 *
 * @packageDocumentation
 */
export { prepareStyles } from './adopt-styles';
export { en } from './i18n/en';
export {
  candidateLanguages,
  chooseLanguage,
  LANGUAGE_ALIASES,
  LANGUAGE_KEY,
  pickLanguage,
  rememberedLanguage,
} from './languages';
export { mountBanner } from './mount-banner';
export { OPEN_SELECTOR, openTrigger } from './open-trigger';
export { BANNER_LAYOUTS, BANNER_POSITIONS, BANNER_THEMES } from './option-values';
export type { ResolvedTranslation } from './resolve-translation';
export { resolveTranslation } from './resolve-translation';
export { isSafeThemeValue, themeVarsCss } from './theme-vars';
export type {
  BannerController,
  BannerLayout,
  BannerOptions,
  BannerPosition,
  BannerTheme,
  CategoryText,
  Translation,
  TranslationOverrides,
} from './types';
