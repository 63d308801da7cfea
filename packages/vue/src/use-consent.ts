import type { ConsentState } from '@assent/core';
import { type ComputedRef, computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useAssent } from './context';
import type { UseConsentResult } from './types';

/** True when `category` is granted in `state` (own keys only: unknown names never are). */
export const granted = (state: ConsentState, category: string): boolean =>
  Object.hasOwn(state.categories, category) && state.categories[category] === true;

/**
 * The consent state (a readonly ref), `has(category)` computed refs, and the store's methods.
 * @example
 * const { state, has, update } = useConsent();
 * const analytics = has('analytics');
 */
export function useConsent(): UseConsentResult {
  const { state, actions } = useAssent();
  return { state, has: (category) => computed(() => granted(state.value, toValue(category))), ...actions };
}

/** A computed ref: whether `category` (a string, ref or getter) is granted. */
export function useCategory(category: MaybeRefOrGetter<string>): ComputedRef<boolean> {
  const { state } = useAssent();
  return computed(() => granted(state.value, toValue(category)));
}
