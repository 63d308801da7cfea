import type { StoredDecision } from '@assent/protocol';
import { ADVERTISING } from './gpc';
import { expiresAt } from './re-consent';
import type { AskReason, ConsentSource, ConsentState, ResolvedConfig } from './types';

/** What a state says besides the decision. */
export interface StateMeta {
  readonly source: ConsentSource;
  /** Why to ask although there is a decision (it is stale), or without one; default none. */
  readonly askReason?: AskReason | null;
  /** False when a decision made here could not be stored; default true (it is in the cookie). */
  readonly saved?: boolean;
  /** Why it could not be stored. */
  readonly saveError?: string | null;
}

/** Builds the immutable snapshot a decision (or none) stands for. */
export type DeriveState = (decision: StoredDecision | null, meta: StateMeta) => ConsentState;

/**
 * The one place that decides what is granted. Per category: `essential` always; nothing else
 * while the config is wrong; else the decision's choice when it counts and names the category;
 * else the mode's default (granted only in opt-out). Last, advertising is held off while GPC is
 * honoured (sent, and not overridden by the visitor's explicit choice).
 */
export function createDeriveState(
  config: ResolvedConfig,
  configError: string | null,
  gpc: boolean,
  configWarnings: readonly string[] = [],
): DeriveState {
  return (decision, meta) => {
    const valid = decision !== null && !meta.askReason && configError === null;
    // Advertising is a built-in category: every config (the default one too) has it.
    const gpcHonoured = gpc && !(valid && decision.gpcOverride);
    const categories: Record<string, boolean> = {};
    for (const id of config.categoryIds) {
      let granted: boolean;
      if (id === 'essential') granted = true;
      else if (configError) granted = false;
      else if (valid && Object.hasOwn(decision.categories, id)) granted = decision.categories[id] === true;
      else granted = config.mode === 'opt-out';
      if (id === ADVERTISING && gpcHonoured) granted = false;
      categories[id] = granted;
    }
    return Object.freeze({
      decided: valid,
      categories: Object.freeze(categories),
      revision: config.revision,
      updatedAt: valid ? decision.updatedAt : null,
      expiresAt: valid ? expiresAt(decision, config) : null,
      // A stale decision never counts, but its consent id stays: it is stable per browser until reset.
      id: decision?.id ?? null,
      method: valid ? decision.method : null,
      source: meta.source,
      mode: config.mode,
      region: config.region,
      gpc,
      gpcHonoured,
      askReason: valid ? null : (meta.askReason ?? 'new'),
      saved: valid && meta.saved !== false,
      saveError: meta.saveError ?? null,
      configError,
      configWarnings,
    });
  };
}
