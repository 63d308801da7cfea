import { fail, MAX_CATEGORIES, type Problems } from '@assent/protocol';
import type { CheckedCategory, CheckedConfig, CheckedService } from './config-rules';
import { resolveMode } from './jurisdiction';
import type { ResolvedCategory, ResolvedConfig, ResolvedService } from './types';

/** Categories every config has. `essential` cannot be declared off. */
export const BUILT_IN_CATEGORIES = ['essential', 'analytics', 'advertising'] as const;

/** A service with its defaults: the label is its id, a bare cookie name has no purpose or lifetime. */
function resolveService(id: string, s: CheckedService): ResolvedService {
  return Object.freeze({
    id,
    label: s.label ?? id,
    description: s.description ?? null,
    cookies: Object.freeze(
      (s.cookies ?? [])
        .filter((d) => d.name)
        .map((d) => Object.freeze({ name: d.name!, purpose: d.purpose ?? '', lifetime: d.lifetime ?? '' })),
    ),
    storage: Object.freeze(s.storage ?? []),
  });
}

/**
 * The built-in categories first (`essential`, which is required, then `analytics`, `advertising`),
 * then the config's own in their order; a built-in one the config declares keeps its place. A
 * service id belongs to one category only: the cleanup and the receipts look services up by id.
 */
function resolveCategories(
  declared: Map<string, CheckedCategory | undefined> = new Map(),
  problems: Problems,
): Record<string, ResolvedCategory> {
  const categories: Record<string, ResolvedCategory> = {};
  const owner = new Map<string, string>();
  // No prototype: a built-in category's absent keys must not be read from a polluted Object.prototype.
  const all = new Map<string, CheckedCategory | undefined>(
    BUILT_IN_CATEGORIES.map((key) => [key, Object.create(null)]),
  );
  for (const [key, value] of declared) all.set(key, value);
  // The cookie and a receipt hold at most MAX_CATEGORIES choices: a config with more could never
  // be stored (the visitor would be asked on every page) nor logged.
  if (all.size > MAX_CATEGORIES)
    fail(problems, 'categories', `at most ${MAX_CATEGORIES} categories (essential included)`, all.size);
  for (const [key, cat] of all) {
    if (!cat) continue; // reported already
    const services: ResolvedService[] = [];
    for (const [sid, s] of cat.services ?? []) {
      if (owner.has(sid))
        problems.push(`categories.${key}.services.${sid}: service "${sid}" is declared in two categories`);
      owner.set(sid, key);
      if (s) services.push(resolveService(sid, s));
    }
    categories[key] = Object.freeze({
      id: key,
      label: cat.label ?? null,
      description: cat.description ?? null,
      required: key === 'essential',
      services: Object.freeze(services),
    });
  }
  return categories;
}

/**
 * Turns a checked config into the frozen form the store uses: defaults filled in, `mode: 'auto'`
 * resolved from the region, the cookie settings complete (a 182-day `Lax` cookie named `assent`
 * on `/` unless said otherwise: CNIL's 6 months). Problems only the whole config shows (a service
 * in two categories) are added to `problems`; the config returned is then not to be used.
 */
export function resolveConfig(c: CheckedConfig, problems: Problems): ResolvedConfig {
  const categories = resolveCategories(c.categories, problems);
  const region = c.region ?? null;
  const mode = c.mode ?? 'opt-in';
  const regionModes = Object.fromEntries(c.regionModes ?? []) as Record<string, ResolvedConfig['mode']>;
  return Object.freeze({
    revision: c.revision ?? 0,
    mode: mode === 'auto' ? resolveMode(region, regionModes, c.defaultMode ?? 'opt-in') : mode,
    region,
    cookie: Object.freeze({
      name: 'assent',
      path: '/',
      maxAgeDays: 182,
      sameSite: 'Lax' as const,
      domain: undefined,
      ...c.cookie,
    }),
    privacyPolicyUrl: c.privacyPolicyUrl ?? null,
    categoryIds: Object.freeze(Object.keys(categories)),
    categories: Object.freeze(categories),
    gpc: c.gpc ?? 'auto',
  });
}
