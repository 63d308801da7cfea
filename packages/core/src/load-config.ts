import type { ConsentConfig, ResolvedConfig } from './types';
import { ConsentConfigError, validateConfig } from './validate-config';

/** A store's config: the one given, or the defaults with the message of what was wrong. */
export interface LoadedConfig {
  readonly config: ResolvedConfig;
  /** The whole `Invalid Assent config:` message, or `null` when the config is right. */
  readonly configError: string | null;
}

/**
 * Validates the config of a store without throwing. A wrong config (or any issue a wrapper found
 * in its own part of it, listed after core's own) is logged once and gives the default config,
 * with the message: the store then fails safe, granting nothing optional and storing nothing.
 */
export function loadConfig(input: ConsentConfig, wrapperIssues: readonly string[] = []): LoadedConfig {
  let issues: readonly string[] = [];
  try {
    const config = validateConfig(input);
    if (!wrapperIssues.length) return { config, configError: null };
  } catch (error) {
    issues = error instanceof ConsentConfigError ? error.issues : [String(error)];
  }
  const configError = new ConsentConfigError([...new Set([...issues, ...wrapperIssues])]).message;
  console.error(configError);
  return { config: validateConfig({}), configError };
}
