import { resolveMode } from './jurisdiction';
import type {
  ConsentMode,
  CookieDeclaration,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedService,
} from './types';

/** Thrown (or reported in `state.configError`) when a config is wrong. `issues` lists every problem. */
export class ConsentConfigError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(`Invalid Assent config:\n- ${issues.join('\n- ')}`);
    this.name = 'ConsentConfigError';
    this.issues = issues;
  }
}

/** Categories every config has. `essential` cannot be declared off. */
export const BUILT_IN_CATEGORIES = ['essential', 'analytics', 'advertising'] as const;

const ID = /^[a-z][a-z0-9_-]{0,31}$/;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const MAX_TEXT = 2000;
const MODES = ['opt-in', 'opt-out'];

type Rule = (value: unknown, path: string) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null || typeof v !== 'object') return String(v);
  return Array.isArray(v) ? 'an array' : 'an object';
};

/**
 * True for an `http:`/`https:` URL or a relative URL (`/privacy`, `privacy.html`, `#terms`), the
 * only links Assent will render. `javascript:`, `data:` and other schemes are refused.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers drop tabs, newlines and leading control characters when they read a scheme.
  let cleaned = '';
  for (const ch of url) if (ch.charCodeAt(0) > 0x20 && ch !== '\u007f') cleaned += ch;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return true; // relative: resolves under the page's own http(s) scheme
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https';
}

/**
 * Checks a config and returns its normalized, frozen form.
 * @throws {ConsentConfigError} naming every wrong key and what was expected.
 * @example
 * const config = validateConfig({ revision: 2, categories: { analytics: {} } });
 */
export function validateConfig(input: unknown): ResolvedConfig {
  const issues: string[] = [];
  const bad = (path: string, expected: string, got: unknown): undefined => {
    issues.push(`${path}: expected ${expected}, got ${show(got)}`);
  };
  // Odd keys (empty, with dots or spaces) are quoted so the path stays readable.
  const join = (path: string, key: string) => {
    const part = /^[\w$-]+$/.test(key) ? key : JSON.stringify(key);
    return path ? `${path}.${part}` : part;
  };
  const when =
    (test: (v: unknown) => boolean, expected: string, map = (v: unknown) => v): Rule =>
    (v, path) =>
      test(v) ? map(v) : bad(path, expected, v);
  const match = (re: RegExp, expected: string) => when((v) => typeof v === 'string' && re.test(v), expected);
  const text = when(
    (v) => typeof v === 'string' && v.length <= MAX_TEXT,
    `a string of at most ${MAX_TEXT} characters`,
  );
  const fn = when((v) => typeof v === 'function', 'a function');
  const oneOf = (values: readonly unknown[]) =>
    when(
      (v) => values.includes(v),
      values
        .map(show)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1'),
    );
  /** An object with known keys; unknown keys are reported, absent ones left out. */
  const shape =
    (rules: Record<string, Rule>, expected: string): Rule =>
    (v, path) => {
      if (!isRecord(v)) return bad(path || 'config', expected, v);
      // No prototype: a key the input leaves out must not be read from a polluted Object.prototype.
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(v)) {
        if (!Object.hasOwn(rules, key))
          issues.push(`${join(path, key)}: unknown key (allowed: ${Object.keys(rules).join(', ')})`);
        else if (v[key] !== undefined) {
          const value = rules[key]!(v[key], join(path, key));
          if (value !== undefined) out[key] = value;
        }
      }
      return out;
    };
  /** An object of id → value; a Map, so a "__proto__" key from JSON.parse reaches no prototype. */
  const record =
    (key: Rule, rule: Rule, expected: string): Rule =>
    (v, path) => {
      if (!isRecord(v)) return bad(path, expected, v);
      const out = new Map<string, unknown>();
      for (const [k, value] of Object.entries(v)) {
        const at = join(path, k);
        if (key(k, at) !== undefined) out.set(k, rule(value, at));
      }
      return out;
    };
  const list =
    (rule: Rule, expected: string): Rule =>
    (v, path) =>
      Array.isArray(v)
        ? v.map((item, i) => rule(item, `${path}[${i}]`)).filter((x) => x !== undefined)
        : bad(path, expected, v);
  const id = (what: string) =>
    match(ID, `a ${what} id of lowercase letters, digits, "_" or "-", starting with a letter`);
  const region = when(
    (v) => typeof v === 'string' && REGION.test(v.trim().toUpperCase()),
    'an ISO 3166 code such as "DE" or "US-CA"',
    (v) => (v as string).trim().toUpperCase(),
  );
  const cookieName = match(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/, 'a cookie name, "*" allowed');
  const declaration = shape(
    { name: cookieName, purpose: text, lifetime: text },
    'a cookie name or { name, purpose?, lifetime? }',
  );
  const service = shape(
    {
      label: text,
      description: text,
      cookies: list(
        (v, path) => (typeof v === 'string' ? { name: cookieName(v, path) } : declaration(v, path)),
        'an array of cookie names or patterns',
      ),
      storage: list(
        when((v) => typeof v === 'string' && v.length > 0 && v.length <= 256, 'a non-empty localStorage key'),
        'an array of localStorage keys or patterns',
      ),
    },
    'an object { label?, description?, cookies?, storage? }',
  );
  const category = shape(
    {
      label: text,
      description: text,
      services: record(id('service'), service, 'an object of service id → service'),
    },
    'an object { label?, description?, services? }',
  );
  const config = shape(
    {
      revision: when((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a non-negative integer'),
      mode: oneOf(['opt-in', 'opt-out', 'auto']),
      region: (v, path) => (v === null || v === '' ? undefined : region(v, path)),
      defaultMode: oneOf(MODES),
      regionModes: record(region, oneOf(MODES), 'an object of region → mode'),
      cookie: shape(
        {
          name: match(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "_" or "-" (1–64 characters)'),
          domain: when(
            (v) =>
              typeof v === 'string' &&
              /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(v),
            'a domain name such as "example.com"',
            (v) => (v as string).replace(/^\./, ''),
          ),
          path: match(/^\/[^;\s]*$/, 'a path starting with "/"'),
          maxAgeDays: when(
            (v) => typeof v === 'number' && v > 0 && v <= 400,
            'a number of days above 0 and at most 400 (browsers cap cookies at 400)',
          ),
          sameSite: when(
            (v) => typeof v === 'string' && /^(lax|strict|none)$/i.test(v),
            '"Lax", "Strict" or "None"',
            (v) => (v as string)[0]!.toUpperCase() + (v as string).slice(1).toLowerCase(),
          ),
        },
        'an object',
      ),
      privacyPolicyUrl: when(
        (v) => typeof v === 'string' && v.length <= MAX_TEXT && isSafeUrl(v),
        'an http(s) or relative URL',
      ),
      categories: record(id('category'), category, 'an object of category id → category'),
      gpc: oneOf([true, false, 'auto']),
      onFirstConsent: fn,
      onChange: fn,
    },
    'an object',
  );

  const c = config(input, '') as Record<string, unknown> | undefined;
  if (!c) throw new ConsentConfigError(issues);
  const categories: Record<string, ResolvedCategory> = {};
  const owner = new Map<string, string>();
  const raw = new Map<string, unknown>(BUILT_IN_CATEGORIES.map((key) => [key, Object.create(null)]));
  for (const [key, value] of (c.categories as Map<string, unknown> | undefined) ?? []) raw.set(key, value);
  for (const [key, value] of raw) {
    if (!value) continue; // reported already
    const cat = value as {
      label?: string;
      description?: string;
      services?: Map<string, Record<string, never> | undefined>;
    };
    const services: ResolvedService[] = [];
    for (const [sid, s] of cat.services ?? []) {
      if (owner.has(sid))
        issues.push(`categories.${key}.services.${sid}: service "${sid}" is declared in two categories`);
      owner.set(sid, key);
      if (!s) continue;
      const svc = s as {
        label?: string;
        description?: string;
        cookies?: CookieDeclaration[];
        storage?: string[];
      };
      services.push(
        Object.freeze({
          id: sid,
          label: svc.label ?? sid,
          description: svc.description ?? null,
          cookies: Object.freeze(
            (svc.cookies ?? [])
              .filter((d) => d.name)
              .map((d) =>
                Object.freeze({ name: d.name, purpose: d.purpose ?? '', lifetime: d.lifetime ?? '' }),
              ),
          ),
          storage: Object.freeze(svc.storage ?? []),
        }),
      );
    }
    categories[key] = Object.freeze({
      id: key,
      label: cat.label ?? null,
      description: cat.description ?? null,
      required: key === 'essential',
      services: Object.freeze(services),
    });
  }
  if (issues.length > 0) throw new ConsentConfigError(issues);
  const mode = (c.mode as ConsentMode | 'auto' | undefined) ?? 'opt-in';
  const regionModes = Object.fromEntries((c.regionModes as Map<string, ConsentMode> | undefined) ?? []);
  const reg = (c.region as string | undefined) ?? null;
  return Object.freeze({
    revision: (c.revision as number | undefined) ?? 0,
    mode:
      mode === 'auto'
        ? resolveMode(reg, regionModes, (c.defaultMode as ConsentMode | undefined) ?? 'opt-in')
        : mode,
    region: reg,
    cookie: Object.freeze({
      name: 'assent',
      path: '/',
      maxAgeDays: 182,
      sameSite: 'Lax',
      domain: undefined,
      ...(c.cookie as object),
    }),
    privacyPolicyUrl: (c.privacyPolicyUrl as string | undefined) ?? null,
    categoryIds: Object.freeze(Object.keys(categories)),
    categories: Object.freeze(categories),
    gpc: (c.gpc as boolean | 'auto' | undefined) ?? 'auto',
  }) as ResolvedConfig;
}
