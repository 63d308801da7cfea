import type { ConsentState, ConsentStore } from '@assent/core';
import { type InjectionKey, inject, type Ref } from 'vue';
import type { ConsentActions } from './types';

/** What the plugin provides to the app. */
export interface AssentContext {
  /** The browser's store; `null` while rendering on a server. */
  readonly store: ConsentStore | null;
  readonly state: Readonly<Ref<ConsentState>>;
  /** A category's name for the visitor: its config label, else its id. */
  readonly label: (category: string) => string;
  readonly actions: ConsentActions;
}

export const ASSENT: InjectionKey<AssentContext> = Symbol('assent');

/** The app's Assent context; a clear error without the plugin. */
export function useAssent(): AssentContext {
  const context = inject(ASSENT, null);
  if (!context) throw new Error('Assent: no app.use(createAssent(…))');
  return context;
}
