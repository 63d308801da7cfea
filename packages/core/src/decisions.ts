import { isRecord, type StoredDecision } from '@assent/protocol';
import { ADVERTISING } from './gpc';
import { createConsentId } from './id';
import type { ConsentMethod, ConsentSource, ConsentState, ConsentStore, DecisionOptions } from './types';

/** Stores a decision made on this page and tells everyone. */
export type WriteDecision = (decision: StoredDecision, source: ConsentSource) => void;

/** The store's decision methods. */
export type DecisionMethods = Pick<ConsentStore, 'acceptAll' | 'rejectAll' | 'update'>;

/** `options.source`, or `'api'` when it is missing or not a non-empty string. */
const sourceOf = (options?: DecisionOptions): ConsentSource =>
  typeof options?.source === 'string' && options.source ? options.source : 'api';

/**
 * The choices of `update(choices)`: every optional category keeps its current value unless
 * `choices` names it. Throws a `TypeError` naming the problem for a non-object, a non-boolean, an
 * unknown category or `essential: false` (essential is always granted).
 */
function updatedChoices(
  optional: readonly string[],
  current: ConsentState,
  choices: unknown,
): Record<string, boolean> {
  if (!isRecord(choices))
    throw new TypeError('Assent: update() needs an object such as { analytics: true }.');
  const next: Record<string, boolean> = {};
  for (const id of optional) next[id] = current.categories[id] === true;
  for (const [id, value] of Object.entries(choices)) {
    if (typeof value !== 'boolean')
      throw new TypeError(`Assent: update({ ${id} }) needs true or false, got ${typeof value}.`);
    if (id === 'essential') {
      if (!value) throw new TypeError('Assent: the essential category cannot be switched off.');
      continue;
    }
    if (!optional.includes(id))
      throw new TypeError(`Assent: unknown category "${id}" in update(); known: ${optional.join(', ')}.`);
    next[id] = value;
  }
  return next;
}

/**
 * What each decision method decides. The decision is stored per optional category, with the
 * method, the revision in force, the time (whole seconds, as the cookie keeps it) and the consent
 * id (kept from the current state, new on the first decision or after a reset).
 *
 * GPC: "Accept all" on a banner is not an explicit opt-in to sale/sharing while GPC says no, so
 * it leaves advertising off, unless the visitor had already switched advertising on in the
 * preferences (that override is kept). `update` with `advertising` sets the override to that
 * choice; without it the override stays as it was. The override is stored only while GPC is sent.
 */
export function createDecisionMethods(
  categoryIds: readonly string[],
  revision: number,
  gpc: boolean,
  getState: () => ConsentState,
  write: WriteDecision,
): DecisionMethods {
  const optional = categoryIds.filter((id) => id !== 'essential');
  const all = (value: boolean) => Object.fromEntries(optional.map((id) => [id, value]));
  /** The visitor's explicit choice against GPC, as it stands: decided, and GPC not honoured. */
  const currentOverride = () => {
    const state = getState();
    return state.decided && gpc && !state.gpcHonoured;
  };
  const decide = (
    method: ConsentMethod,
    categories: Record<string, boolean>,
    gpcOverride: boolean,
    options?: DecisionOptions,
  ) =>
    write(
      {
        revision,
        updatedAt: Math.floor(Date.now() / 1000) * 1000,
        id: getState().id ?? createConsentId(),
        method,
        gpcOverride: gpc && gpcOverride,
        categories,
      },
      sourceOf(options),
    );
  return {
    acceptAll(options) {
      const override = currentOverride();
      const choices = all(true);
      // Advertising is a built-in category, so `choices` has it.
      if (gpc && !override) choices[ADVERTISING] = false;
      decide('accept-all', choices, override, options);
    },
    rejectAll(options) {
      decide('reject-all', all(false), false, options);
    },
    update(choices, options) {
      const next = updatedChoices(optional, getState(), choices);
      const override = Object.hasOwn(choices, ADVERTISING)
        ? choices[ADVERTISING] === true
        : currentOverride();
      decide('custom', next, override, options);
    },
  };
}
