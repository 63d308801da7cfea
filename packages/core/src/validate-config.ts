import { describeProblems, type Problems } from '@assent/protocol';
import { CONFIG } from './config-rules';
import { resolveConfig } from './resolve-config';
import type { ResolvedConfig } from './types';

/** Thrown (or reported in `state.configError`) when a config is wrong. `issues` lists every problem. */
export class ConsentConfigError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(describeProblems('Assent config', issues));
    this.name = 'ConsentConfigError';
    this.issues = issues;
  }
}

/**
 * Checks a config and returns its normalized, frozen form. Every problem is reported at once,
 * each as `<path>: expected <what>, got <value>` or `<path>: unknown key (allowed: …)`.
 * @throws {ConsentConfigError} naming every wrong key and what was expected.
 * @example
 * const config = validateConfig({ revision: 2, categories: { analytics: {} } });
 */
export function validateConfig(input: unknown): ResolvedConfig {
  const problems: Problems = [];
  const checked = CONFIG(input, '', problems);
  const config = checked && resolveConfig(checked, problems);
  if (!config || problems.length > 0) throw new ConsentConfigError(problems);
  return config;
}
