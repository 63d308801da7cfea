/**
 * `@assent/adapters`: gate Google Consent Mode, Google Analytics, Google Tag Manager, Meta Pixel,
 * other pixels and plain tags until consent. Prefer the subpath imports
 * (`@assent/adapters/consent-mode`, …): each is small and tree-shakeable.
 *
 * @packageDocumentation
 */
export { type CleanupResult, type CookieCleanupOptions, clearCategories, cookieCleanup } from './cleanup';
export { connect } from './connect';
export {
  CONSENT_TYPES,
  type ConsentModeOptions,
  type ConsentType,
  type ConsentValue,
  consentValues,
  DEFAULT_MAPPING,
  googleConsentMode,
  type RegionDefault,
} from './consent-mode';
export { type GoogleAnalyticsOptions, googleAnalytics } from './google-analytics';
export { type GoogleTagManagerOptions, googleTagManager } from './google-tag-manager';
export { type LoadScriptOptions, loadScript } from './load-script';
export { ensureFbq, type Fbq, type MetaPixelOptions, metaPixel } from './meta-pixel';
export { createPixel, type PixelOptions } from './pixel';
export { BLOCKED_SELECTOR, type ScriptTagsOptions, scriptTags } from './script-tags';
export type { Adapter } from './types';
