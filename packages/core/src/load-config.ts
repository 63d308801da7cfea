import { isRecord } from '@assent/protocol';
import { CONFIG } from './config-rules';
import type { ConsentConfig, ResolvedConfig } from './types';
import { ConsentConfigError, validateConfig } from './validate-config';

/** A store's config: the one given, or the defaults with the message of what was wrong. */
export interface LoadedConfig {
  readonly config: ResolvedConfig;
  /** The keys of the input that were used (a key with a wrong value, or an unknown key, is left out). */
  readonly input: ConsentConfig;
  /** The whole `Invalid Assent config:` message, or `null` when the config can be used. */
  readonly configError: string | null;
  /** Problems that only turned their own key off (see {@link FATAL_KEYS}), each a full sentence. */
  readonly configWarnings: readonly string[];
}

/**
 * The keys without which a decision means nothing: which categories are asked for, where the
 * decision is stored, which policy revision it answers, and the mode (opt-in or opt-out). A wrong
 * value here makes the store fail safe: nothing optional granted and nothing stored. Any other key
 * (region, gpc, privacyPolicyUrl, callbacks, an unknown key) with a wrong value is left out, its
 * default applies, and the problem is a warning: a typo there must not switch consent off.
 */
export const FATAL_KEYS: ReadonlySet<string> = new Set([
  'categories',
  'cookie',
  'revision',
  'mode',
  'defaultMode',
  'regionModes',
]);

/**
 * Validates the config of a store without throwing. A wrong fatal key (or any issue a wrapper found
 * in its own part of it, listed after core's own) is logged once and gives the default config,
 * with the message: the store then fails safe, granting nothing optional and storing nothing.
 * Every warning (core's and the wrapper's) is logged as one console error of its own.
 */
export function loadConfig(
  input: ConsentConfig,
  wrapperIssues: readonly string[] = [],
  wrapperWarnings: readonly string[] = [],
): LoadedConfig {
  const warnings: string[] = [];
  let kept = input;
  if (isRecord(input)) {
    // Each key that is not fatal is checked on its own; one with a problem is left out.
    kept = Object.create(null);
    for (const key of Object.keys(input)) {
      const problems: string[] = [];
      if (!FATAL_KEYS.has(key)) CONFIG({ [key]: input[key] }, '', problems);
      if (problems.length) warnings.push(...problems.map((p) => `${p}; ignored`));
      else (kept as Record<string, unknown>)[key] = input[key];
    }
  }
  const configWarnings = Object.freeze(warnings.concat(wrapperWarnings));
  for (const warning of configWarnings) console.error(`Assent config: ${warning}`);
  let issues: readonly string[] = [];
  try {
    const config = validateConfig(kept);
    if (!wrapperIssues.length) return { config, input: kept, configError: null, configWarnings };
  } catch (error) {
    issues = error instanceof ConsentConfigError ? error.issues : [String(error)];
  }
  const configError = new ConsentConfigError([...new Set([...issues, ...wrapperIssues])]).message;
  console.error(configError);
  return { config: validateConfig({}), input: {}, configError, configWarnings };
}
