/**
 * `@assent/react`: React 18/19 bindings for `@assent/core` (and its banner).
 *
 * @packageDocumentation
 */
export type { ConsentConfig, ConsentState, ConsentStore } from '@assent/core';
export { ConsentGate } from './consent-gate';
export { ConsentPlaceholder } from './consent-placeholder';
export { ConsentProvider } from './consent-provider';
export type {
  ConsentActions,
  ConsentGateProps,
  ConsentPlaceholderProps,
  ConsentProviderProps,
  PlaceholderTexts,
  UseConsentResult,
} from './types';
export { useCategory, useConsent, useConsentState } from './use-consent';
