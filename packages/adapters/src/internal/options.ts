import { checkOrThrow, type Rule, shape, TOKEN, when } from '@assent/protocol';
import { parseCategories } from './categories';

/** The rule of each option an adapter takes (rules of the option-checking kit of `@assent/protocol`). */
export type OptionRules = Readonly<Record<string, Rule>>;

/**
 * Checks an adapter's options and throws one `TypeError` listing every problem (a wrong value, an
 * unknown key, a missing `required` one), before anything connects:
 *
 *   Invalid googleAnalytics options:
 *   - measurementId: expected a GA4 measurement id such as "G-ABC123XYZ" (Admin → Data streams), got "UA-1"
 *   - mode: expected "basic" or "advanced", got "fast"
 *
 * Options left out count as `{}`. The error's `problems` property lists the problems alone.
 * @param adapter - the factory's name, as the message shows it.
 * @param rules - the rule of each option; any other key is unknown.
 * @param required - the options that must be given (a vendor id).
 */
export function checkOptions(
  adapter: string,
  rules: OptionRules,
  options: unknown,
  required: readonly string[] = [],
): void {
  checkOrThrow(shape(rules, 'an object', required), options ?? {}, `${adapter} options`);
}

// The rules below are marked pure: a bundle that uses none of them (script-tags uses no
// CATEGORIES) drops them.

/** Any string (CSP nonces, texts). */
export const STRING = /* @__PURE__ */ when((v) => typeof v === 'string', 'a string');

/**
 * What gates a tag: a category id, or several separated by spaces or commas (all needed), or an
 * array of ids, as `parseCategories` reads them. Ids are protocol tokens, like core's category ids.
 */
export const CATEGORIES = /* @__PURE__ */ when((v) => {
  const ids = typeof v === 'string' ? parseCategories(v) : Array.isArray(v) ? v : [];
  return ids.length > 0 && ids.every((id) => typeof id === 'string' && TOKEN.test(id));
}, 'a category id such as "analytics" (or several, space-separated)');

/** The options every vendor tag takes: the `category` that gates it, the `nonce` of its script. */
export const VENDOR_TAG: OptionRules = { category: CATEGORIES, nonce: STRING };
