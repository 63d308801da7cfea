import {
  list,
  MAX_COOKIE_DAYS,
  MIN_COOKIE_DAYS,
  matches,
  oneOf,
  REGION,
  type Rule,
  record,
  shape,
  TOKEN,
  when,
} from '@assent/protocol';
import { isSafeUrl } from './safe-url';
import type { ConsentMode, CookieConfig, CookieDeclaration } from './types';

/**
 * The rules of a config's shape (see `ConsentConfig`), built once with the option-checking kit of
 * `@assent/protocol`. Each key names what it expects, so a site owner reads `<path>: expected …,
 * got …` for every wrong key at once. Normalising (defaults, built-in categories, a service in two
 * categories) is `./resolve-config`'s job.
 */

/** Longest label, description, purpose, lifetime or policy URL. */
const MAX_TEXT = 2000;

/** A service as its rule returns it: only the keys given, each checked. */
export interface CheckedService {
  label?: string;
  description?: string;
  cookies?: Array<Partial<CookieDeclaration>>;
  storage?: string[];
}

/** A category as its rule returns it. */
export interface CheckedCategory {
  label?: string;
  description?: string;
  /** A service whose value failed is kept as `undefined` (its id still counts). */
  services?: Map<string, CheckedService | undefined>;
}

/** A config as {@link CONFIG} returns it: only the keys given, each checked and normalised. */
export interface CheckedConfig {
  revision?: number;
  mode?: ConsentMode | 'auto';
  region?: string;
  defaultMode?: ConsentMode;
  regionModes?: Map<string, ConsentMode | undefined>;
  cookie?: CookieConfig;
  privacyPolicyUrl?: string;
  /** A category whose value failed is kept as `undefined`. */
  categories?: Map<string, CheckedCategory | undefined>;
  gpc?: boolean | 'auto';
}

const text = when(
  (v) => typeof v === 'string' && v.length <= MAX_TEXT,
  `a string of at most ${MAX_TEXT} characters`,
);
const fn = when((v) => typeof v === 'function', 'a function');
/** Category and service ids are protocol tokens: they are written into the cookie and receipts. */
const id = (what: string) =>
  matches(TOKEN, `a ${what} id of lowercase letters, digits, "_" or "-", starting with a letter`);
/** Regions are compared in capitals (`de` → `DE`), as `resolveMode` and receipts use them. */
const region = when(
  (v) => typeof v === 'string' && REGION.test(v.trim().toUpperCase()),
  'an ISO 3166 code such as "DE" or "US-CA"',
  (v: string) => v.trim().toUpperCase(),
);
const modes = oneOf<ConsentMode>(['opt-in', 'opt-out']);

/** A cookie name (RFC 6265 token characters); `*` makes it a pattern (`_ga_*`). */
const cookieName = matches(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/, 'a cookie name, "*" allowed');
const declaration = shape(
  { name: cookieName, purpose: text, lifetime: text },
  'a cookie name or { name, purpose?, lifetime? }',
);
/** A declared cookie: a bare name stands for `{ name }`. */
const cookie: Rule = (v, path, problems) =>
  typeof v === 'string' ? { name: cookieName(v, path, problems) } : declaration(v, path, problems);

const service = shape(
  {
    label: text,
    description: text,
    cookies: list(cookie, 'an array of cookie names or patterns'),
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

/** The decision cookie's settings; `domain` loses a leading dot, `sameSite` gets its capital. */
const cookieSettings = shape(
  {
    name: matches(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "_" or "-" (1–64 characters)'),
    domain: when(
      (v) =>
        typeof v === 'string' &&
        /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(v),
      'a domain name such as "example.com"',
      (v: string) => v.replace(/^\./, ''),
    ),
    path: matches(/^\/[^;\s]*$/, 'a path starting with "/"'),
    // Browsers cap a cookie's lifetime at 400 days; under a second it would be written as deleted.
    maxAgeDays: when(
      (v) => typeof v === 'number' && v >= MIN_COOKIE_DAYS && v <= MAX_COOKIE_DAYS,
      'a number of days from one second (1/86400) to 400',
    ),
    sameSite: when(
      (v) => typeof v === 'string' && /^(lax|strict|none)$/i.test(v),
      '"Lax", "Strict" or "None"',
      (v: string) => v[0]!.toUpperCase() + v.slice(1).toLowerCase(),
    ),
  },
  'an object',
);

/** The whole config. An empty or `null` region means none (the script tag passes `<html>`'s). */
export const CONFIG = shape(
  {
    revision: when((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a non-negative integer'),
    mode: oneOf(['opt-in', 'opt-out', 'auto']),
    region: (v, path, problems) => (v === null || v === '' ? undefined : region(v, path, problems)),
    defaultMode: modes,
    regionModes: record(region, modes, 'an object of region → mode'),
    cookie: cookieSettings,
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
) as Rule<CheckedConfig>;
