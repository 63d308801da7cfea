import type { ConsentState } from '@assent/core';
import { useSyncExternalStore } from 'react';
import { useBinding } from './binding';
import type { UseConsentResult } from './types';

/** True when `category` is granted in `state` (own keys only: unknown names never are). */
const granted = (state: ConsentState, category: string): boolean =>
  Object.hasOwn(state.categories, category) && state.categories[category] === true;

/** The current consent state; renders again on every change. Hydration starts from the server's. */
export function useConsentState(): ConsentState {
  const binding = useBinding();
  return useSyncExternalStore(binding.subscribe, binding.getState, binding.getServerState);
}

/**
 * The consent state and the store's decision methods (stable functions).
 * @example
 * const { state, acceptAll, update } = useConsent();
 * <button onClick={() => update({ analytics: !state.categories.analytics })}>Analytics</button>
 */
export function useConsent(): UseConsentResult {
  return { state: useConsentState(), ...useBinding().actions };
}

/**
 * Whether `category` is granted. The component renders again only when that answer changes.
 * @example
 * const analytics = useCategory('analytics');
 */
export function useCategory(category: string): boolean {
  const binding = useBinding();
  return useSyncExternalStore(
    binding.subscribe,
    () => granted(binding.getState(), category),
    () => granted(binding.getServerState(), category),
  );
}
