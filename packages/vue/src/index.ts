/**
 * `@assent/vue`: Vue 3 bindings for `@assent/core` (and its banner).
 *
 * @packageDocumentation
 */
export type { ConsentConfig, ConsentState, ConsentStore } from '@assent/core';
export { ConsentGate } from './consent-gate';
export { ConsentPlaceholder } from './consent-placeholder';
export { createAssent } from './create-assent';
export type { AssentOptions, ConsentActions, PlaceholderTexts, UseConsentResult } from './types';
export { useCategory, useConsent } from './use-consent';
