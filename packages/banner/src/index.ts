/**
 * `@assent/banner`: the visitor-facing cookie banner and preferences dialog for `@assent/core`.
 *
 * @packageDocumentation
 */
export { prepareStyles } from './adopt-styles';
export { en } from './i18n/en';
export { mountBanner } from './mount-banner';
export type { ResolvedTranslation } from './resolve-translation';
export { resolveTranslation } from './resolve-translation';
export { isSafeThemeValue, themeVarsCss } from './theme-vars';
export type {
  BannerController,
  BannerLayout,
  BannerOptions,
  BannerPosition,
  CategoryText,
  Translation,
  TranslationOverrides,
} from './types';
