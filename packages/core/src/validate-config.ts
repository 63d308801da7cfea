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
const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const COOKIE_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const MAX_TEXT = 2000;

const CONFIG_KEYS = [
  'revision',
  'mode',
  'region',
  'defaultMode',
  'regionModes',
  'cookie',
  'privacyPolicyUrl',
  'categories',
  'gpc',
  'onFirstConsent',
  'onChange',
];
const COOKIE_KEYS = ['name', 'domain', 'path', 'maxAgeDays', 'sameSite'];
const CATEGORY_KEYS = ['label', 'description', 'services'];
const SERVICE_KEYS = ['label', 'description', 'cookies', 'storage'];
const DECLARATION_KEYS = ['name', 'purpose', 'lifetime'];
const MODES: readonly string[] = ['opt-in', 'opt-out'];

const own = (o: object, k: string): boolean => Object.hasOwn(o, k);
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
  const fail = (path: string, expected: string, got: unknown) =>
    issues.push(`${path}: expected ${expected}, got ${show(got)}`);
  const unknownKeys = (obj: Record<string, unknown>, allowed: readonly string[], path: string) => {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) issues.push(`${path}${key}: unknown key (allowed: ${allowed.join(', ')})`);
    }
  };
  const text = (obj: Record<string, unknown>, key: string, path: string): string | null => {
    if (!own(obj, key) || obj[key] === undefined) return null;
    const v = obj[key];
    if (typeof v !== 'string' || v.length > MAX_TEXT) {
      fail(path + key, `a string of at most ${MAX_TEXT} characters`, v);
      return null;
    }
    return v;
  };

  if (!isRecord(input)) throw new ConsentConfigError([`config: expected an object, got ${show(input)}`]);
  const c = input as Record<string, unknown>;
  unknownKeys(c, CONFIG_KEYS, '');

  let revision = 0;
  if (own(c, 'revision') && c.revision !== undefined) {
    if (typeof c.revision === 'number' && Number.isSafeInteger(c.revision) && c.revision >= 0) {
      revision = c.revision;
    } else fail('revision', 'a non-negative integer', c.revision);
  }

  let region: string | null = null;
  if (own(c, 'region') && c.region !== undefined && c.region !== null && c.region !== '') {
    const r = typeof c.region === 'string' ? c.region.trim().toUpperCase() : c.region;
    if (typeof r === 'string' && REGION.test(r)) region = r;
    else fail('region', 'an ISO 3166 code such as "DE" or "US-CA"', c.region);
  }

  const modeOf = (key: string, value: unknown, allowAuto: boolean): ConsentMode | 'auto' | undefined => {
    if (value === undefined) return undefined;
    if (MODES.includes(value as string) || (allowAuto && value === 'auto')) return value as ConsentMode;
    fail(key, allowAuto ? '"opt-in", "opt-out" or "auto"' : '"opt-in" or "opt-out"', value);
    return undefined;
  };
  const mode = modeOf('mode', own(c, 'mode') ? c.mode : undefined, true) ?? 'opt-in';
  const defaultMode = (modeOf('defaultMode', own(c, 'defaultMode') ? c.defaultMode : undefined, false) ??
    'opt-in') as ConsentMode;
  const regionModes: Record<string, ConsentMode> = Object.create(null);
  if (own(c, 'regionModes') && c.regionModes !== undefined) {
    if (!isRecord(c.regionModes)) fail('regionModes', 'an object of region → mode', c.regionModes);
    else {
      for (const [key, value] of Object.entries(c.regionModes)) {
        const m = modeOf(`regionModes.${key}`, value, false);
        if (!REGION.test(key)) fail(`regionModes.${key}`, 'an ISO 3166 code as key', key);
        else if (m) regionModes[key] = m as ConsentMode;
      }
    }
  }

  const cookie = {
    name: 'assent',
    path: '/',
    maxAgeDays: 182,
    sameSite: 'Lax' as const,
    domain: undefined,
  } as {
    name: string;
    path: string;
    maxAgeDays: number;
    sameSite: 'Lax' | 'Strict' | 'None';
    domain: string | undefined;
  };
  if (own(c, 'cookie') && c.cookie !== undefined) {
    if (!isRecord(c.cookie)) fail('cookie', 'an object', c.cookie);
    else {
      const k = c.cookie;
      unknownKeys(k, COOKIE_KEYS, 'cookie.');
      if (own(k, 'name') && k.name !== undefined) {
        if (typeof k.name === 'string' && COOKIE_NAME.test(k.name)) cookie.name = k.name;
        else fail('cookie.name', 'letters, digits, "_" or "-" (1–64 characters)', k.name);
      }
      if (own(k, 'domain') && k.domain !== undefined) {
        if (typeof k.domain === 'string' && DOMAIN.test(k.domain))
          cookie.domain = k.domain.replace(/^\./, '');
        else fail('cookie.domain', 'a domain name such as "example.com"', k.domain);
      }
      if (own(k, 'path') && k.path !== undefined) {
        if (typeof k.path === 'string' && /^\/[^;\s]*$/.test(k.path)) cookie.path = k.path;
        else fail('cookie.path', 'a path starting with "/"', k.path);
      }
      if (own(k, 'maxAgeDays') && k.maxAgeDays !== undefined) {
        if (typeof k.maxAgeDays === 'number' && k.maxAgeDays > 0 && k.maxAgeDays <= 400)
          cookie.maxAgeDays = k.maxAgeDays;
        else
          fail(
            'cookie.maxAgeDays',
            'a number of days above 0 and at most 400 (browsers cap cookies at 400)',
            k.maxAgeDays,
          );
      }
      if (own(k, 'sameSite') && k.sameSite !== undefined) {
        const s = typeof k.sameSite === 'string' ? k.sameSite.toLowerCase() : '';
        if (s === 'lax' || s === 'strict' || s === 'none')
          cookie.sameSite = (s[0]!.toUpperCase() + s.slice(1)) as 'Lax' | 'Strict' | 'None';
        else fail('cookie.sameSite', '"Lax", "Strict" or "None"', k.sameSite);
      }
    }
  }

  let privacyPolicyUrl: string | null = null;
  if (own(c, 'privacyPolicyUrl') && c.privacyPolicyUrl !== undefined) {
    if (
      typeof c.privacyPolicyUrl === 'string' &&
      c.privacyPolicyUrl.length <= MAX_TEXT &&
      isSafeUrl(c.privacyPolicyUrl)
    )
      privacyPolicyUrl = c.privacyPolicyUrl;
    else fail('privacyPolicyUrl', 'an http(s) or relative URL', c.privacyPolicyUrl);
  }

  let gpc: boolean | 'auto' = 'auto';
  if (own(c, 'gpc') && c.gpc !== undefined) {
    if (typeof c.gpc === 'boolean' || c.gpc === 'auto') gpc = c.gpc;
    else fail('gpc', 'true, false or "auto"', c.gpc);
  }
  for (const cb of ['onFirstConsent', 'onChange']) {
    if (own(c, cb) && c[cb] !== undefined && typeof c[cb] !== 'function') fail(cb, 'a function', c[cb]);
  }

  const categories: Record<string, ResolvedCategory> = {};
  // A Map, not an object: a "__proto__" key from JSON.parse must not reach a prototype.
  const rawCategories = new Map<string, unknown>(BUILT_IN_CATEGORIES.map((id) => [id, {}]));
  if (own(c, 'categories') && c.categories !== undefined) {
    if (!isRecord(c.categories)) fail('categories', 'an object of category id → category', c.categories);
    else for (const [id, value] of Object.entries(c.categories)) rawCategories.set(id, value);
  }
  const serviceIds = new Set<string>();
  for (const [id, raw] of rawCategories) {
    const path = `categories.${id}`;
    if (!ID.test(id)) {
      fail(path, 'a category id of lowercase letters, digits, "_" or "-", starting with a letter', id);
      continue;
    }
    if (raw === undefined) continue;
    if (!isRecord(raw)) {
      fail(path, 'an object { label?, description?, services? }', raw);
      continue;
    }
    unknownKeys(raw, CATEGORY_KEYS, `${path}.`);
    const services: ResolvedService[] = [];
    if (own(raw, 'services') && raw.services !== undefined) {
      if (!isRecord(raw.services))
        fail(`${path}.services`, 'an object of service id → service', raw.services);
      else {
        for (const [sid, s] of Object.entries(raw.services)) {
          const spath = `${path}.services.${sid}`;
          if (!ID.test(sid)) {
            fail(spath, 'a service id of lowercase letters, digits, "_" or "-", starting with a letter', sid);
            continue;
          }
          if (serviceIds.has(sid)) issues.push(`${spath}: service "${sid}" is declared in two categories`);
          serviceIds.add(sid);
          if (!isRecord(s)) {
            fail(spath, 'an object { label?, description?, cookies?, storage? }', s);
            continue;
          }
          unknownKeys(s, SERVICE_KEYS, `${spath}.`);
          const cookies: Required<CookieDeclaration>[] = [];
          if (own(s, 'cookies') && s.cookies !== undefined) {
            if (!Array.isArray(s.cookies))
              fail(`${spath}.cookies`, 'an array of cookie names or patterns', s.cookies);
            else
              s.cookies.forEach((entry, i): void => {
                const cpath = `${spath}.cookies[${i}]`;
                const decl: Record<string, unknown> =
                  typeof entry === 'string' ? { name: entry } : (entry as never);
                if (!isRecord(decl)) {
                  fail(cpath, 'a cookie name or { name, purpose?, lifetime? }', entry);
                  return;
                }
                unknownKeys(decl, DECLARATION_KEYS, `${cpath}.`);
                if (typeof decl.name !== 'string' || !COOKIE_PATTERN.test(decl.name)) {
                  fail(
                    `${cpath}${typeof entry === 'string' ? '' : '.name'}`,
                    'a cookie name, "*" allowed',
                    decl.name,
                  );
                  return;
                }
                cookies.push({
                  name: decl.name,
                  purpose: text(decl, 'purpose', `${cpath}.`) ?? '',
                  lifetime: text(decl, 'lifetime', `${cpath}.`) ?? '',
                });
              });
          }
          const storage: string[] = [];
          if (own(s, 'storage') && s.storage !== undefined) {
            if (!Array.isArray(s.storage))
              fail(`${spath}.storage`, 'an array of localStorage keys or patterns', s.storage);
            else
              s.storage.forEach((key, i) => {
                if (typeof key === 'string' && key.length > 0 && key.length <= 256) storage.push(key);
                else fail(`${spath}.storage[${i}]`, 'a non-empty localStorage key', key);
              });
          }
          services.push(
            Object.freeze({
              id: sid,
              label: text(s, 'label', `${spath}.`) ?? sid,
              description: text(s, 'description', `${spath}.`),
              cookies: Object.freeze(cookies.map((d) => Object.freeze(d))),
              storage: Object.freeze(storage),
            }),
          );
        }
      }
    }
    categories[id] = Object.freeze({
      id,
      label: text(raw, 'label', `${path}.`),
      description: text(raw, 'description', `${path}.`),
      required: id === 'essential',
      services: Object.freeze(services),
    });
  }

  if (issues.length > 0) throw new ConsentConfigError(issues);
  const resolvedMode = mode === 'auto' ? resolveMode(region, regionModes, defaultMode) : mode;
  return Object.freeze({
    revision,
    mode: resolvedMode,
    region,
    cookie: Object.freeze(cookie),
    privacyPolicyUrl,
    categoryIds: Object.freeze(Object.keys(categories)),
    categories: Object.freeze(categories),
    gpc,
  });
}
