import { type ConsentConfig, type ConsentState, type ConsentStore, createConsent } from '@assent/core';
import { readConsent } from '@assent/core/server';
import { createContext, useContext } from 'react';
import { createShared } from './shared';
import type { ConsentActions } from './types';

/**
 * What a provider gives its tree through {@link ConsentContext}: the store (none in a server
 * render) and functions that stay the same for the provider's life.
 */
export interface Binding {
  /** The browser's store; `null` while rendering on a server (no store, no channel, no cookie). */
  readonly store: ConsentStore | null;
  /** The key the provider's own store is shared under, or `null` when the app passed its store. */
  readonly ownKey: ConsentConfig | null;
  readonly subscribe: (onChange: () => void) => () => void;
  /** The store's snapshot (the server state where there is no store). */
  readonly getState: () => ConsentState;
  /** The state the server rendered: `initialState`, else a new visitor's (hydration starts from it). */
  readonly getServerState: () => ConsentState;
  /** A category's name for the visitor: its config label, else its id. */
  readonly label: (category: string) => string;
  readonly actions: ConsentActions;
}

/** What a provider reads from its props, once. */
export interface BindingInput {
  config?: ConsentConfig;
  store?: ConsentStore;
  initialState?: ConsentState;
}

/** The binding of the nearest provider. */
export const ConsentContext = createContext<Binding | null>(null);

/** The nearest provider's binding; a clear error without one. */
export function useBinding(): Binding {
  const binding = useContext(ConsentContext);
  if (!binding) throw new Error('Assent: no <ConsentProvider> above this component');
  return binding;
}

/** Where the props name neither a config nor a store: the default config, one store per page. */
const NO_CONFIG: ConsentConfig = {};

/** Stores made by providers, one per config object, destroyed when their last provider unmounts. */
export const stores = createShared<ConsentConfig, ConsentStore>((store) => store.destroy());

const METHODS = ['acceptAll', 'rejectAll', 'update', 'reset', 'showPreferences'] as const;

/**
 * Makes the binding of a provider. In a browser the store is the app's, or the one shared for this
 * config object (StrictMode's second render gets the same); a server render makes none.
 */
export function createBinding({ config, store: given, initialState }: BindingInput): Binding {
  const ownKey = given ? null : (config ?? NO_CONFIG);
  const store =
    given ?? (typeof document === 'undefined' ? null : stores.get(ownKey!, () => createConsent(config)));
  let serverState = initialState;
  const getServerState = () => (serverState ??= given ? given.getState() : readConsent(undefined, ownKey!));
  return {
    store,
    ownKey,
    subscribe: (onChange) => (store ? store.subscribe(onChange) : () => {}),
    getState: () => (store ? store.getState() : getServerState()),
    getServerState,
    label: (category) =>
      (store ? store.config.categories[category]?.label : config?.categories?.[category]?.label) ?? category,
    // Bound once; on a server (no store) they do nothing.
    actions: Object.fromEntries(
      METHODS.map((name) => [
        name,
        (...args: never[]) => (store?.[name] as (...a: never[]) => void)?.(...args),
      ]),
    ) as unknown as ConsentActions,
  };
}
