import { BANNER_LAYOUTS, BANNER_POSITIONS, BANNER_THEMES, type BannerOptions } from '@assent/banner';
import { type ConsentConfig, isSafeUrl } from '@assent/core';
import {
  BOOLEAN,
  fail,
  isRecord,
  LANGUAGE_TAG,
  list,
  MAX_URL,
  matches,
  oneOf,
  pathOf,
  type Rule,
  shape,
  when,
} from '@assent/protocol';
import { VENDOR_KEYS, VENDORS, type Vendor, type VendorKey, type VendorOptions } from './vendors';

/** Options of an adapter key: `true` for the defaults, or an object. */
type Toggle<T> = boolean | T;

/** The vendor keys (`googleAnalytics`, …): each takes its adapter's options, from the vendor table. */
type VendorConfig = { [K in VendorKey]?: VendorOptions<K> };

/** The script tag's own keys: one per adapter, and the banner's options. */
export interface EmbedOptions extends VendorConfig {
  /** Google Consent Mode v2 (on automatically with GA4 or GTM). */
  googleConsentMode?: Toggle<{
    waitForUpdate?: number;
    urlPassthrough?: boolean;
    adsDataRedaction?: boolean;
    mapping?: Record<string, string[]>;
    regions?: Array<Record<string, unknown>>;
  }>;
  /** Plain `<script type="text/plain" data-category>` / iframe / img gating. @default true */
  scriptTags?: Toggle<{ placeholder?: boolean; observe?: boolean }>;
  /** Delete declared cookies when a category is withdrawn. @default true */
  cleanup?: Toggle<{ reloadOnWithdraw?: boolean; cleanOnConnect?: boolean }>;
  /** Consent receipts sent to a ledger. */
  receipts?: { endpoint?: string; serverCookie?: boolean };
  layout?: BannerOptions['layout'];
  position?: BannerOptions['position'];
  language?: string;
  /**
   * The languages the site offers, e.g. `["de", "en"]` (English only if listed): the visitor's
   * language is chosen among them (else the first), and the preferences list them in a menu.
   * Default: every language with a pack.
   */
  languages?: string[];
  translations?: BannerOptions['translations'];
  theme?: BannerOptions['theme'];
  themeVars?: Record<string, string>;
  floatingButton?: boolean;
  /** CSP nonce for every script and style element Assent creates. */
  nonce?: string;
  /**
   * The folder that serves the files assent.js loads on demand (assent.banner.js, the language
   * packs, the vendor adapters, assent.receipts.js): an `http(s):` URL or a path such as
   * `"/assent/"`. Default: the folder assent.js was loaded from. Needed when assent.js is inlined.
   */
  assetsUrl?: string;
  /**
   * Shows the site owner a notice over the page listing every problem in the config (each is
   * also a console error and in `Assent.get().configWarnings` / `configError`). For development.
   */
  debug?: boolean;
}

/**
 * The script-tag config: the core config plus the script tag's own keys ({@link EmbedOptions}).
 * JSON-compatible, so it can live in `<script type="application/json" data-assent-config>`.
 */
export interface EmbedConfig extends ConsentConfig, EmbedOptions {}

type EmbedKey = keyof EmbedOptions;

const tag = matches(LANGUAGE_TAG, 'a language tag such as "de"');
const toggle = when((v) => typeof v === 'boolean' || isRecord(v), 'true, false or an object');
const object = (what: string) => when(isRecord, what);

/**
 * A vendor key: an object whose id option has the vendor's form (a missing id is reported too);
 * its other options are the adapter's to check when it connects.
 */
const vendor = ({ id, pattern, example }: Vendor): Rule => {
  const idRule = matches(pattern, `an id such as "${example}"`);
  return (v, path, problems) => {
    if (!isRecord(v)) return fail(problems, path, `an object { ${id}, … }`, v);
    idRule(v[id], pathOf(path, id), problems);
    return v;
  };
};

/** The rule of each key, in the order problems are listed. */
const RULES = {
  googleConsentMode: toggle,
  scriptTags: toggle,
  cleanup: toggle,
  ...(Object.fromEntries(VENDOR_KEYS.map((key) => [key, vendor(VENDORS[key])])) as Record<VendorKey, Rule>),
  receipts: shape(
    {
      endpoint: when(
        (v) => typeof v === 'string' && v.length <= MAX_URL && isSafeUrl(v),
        'an http(s) or relative URL',
      ),
      serverCookie: BOOLEAN,
    },
    'an object { endpoint, serverCookie? }',
  ),
  layout: oneOf(BANNER_LAYOUTS),
  position: oneOf(BANNER_POSITIONS),
  language: tag,
  languages: list(tag, 'a list of language tags such as ["de", "en"]', 1),
  translations: object('an object of language → strings'),
  theme: oneOf(BANNER_THEMES),
  themeVars: object('an object of name → CSS value'),
  floatingButton: BOOLEAN,
  nonce: matches(/^[A-Za-z0-9+/=_-]{1,200}$/, 'a base64 nonce'),
  assetsUrl: when(
    (v) => typeof v === 'string' && v.length <= MAX_URL && isSafeUrl(v) && assetsBase(v, null) !== null,
    'a folder URL or path, such as "/assent/"',
  ),
  debug: BOOLEAN,
} satisfies Record<EmbedKey, Rule>;

/** Keys handled by the script tag itself (the rest goes to `createConsent`). */
export const EMBED_KEYS = Object.keys(RULES) as readonly EmbedKey[];

/** What a wrong value of `key` turns off: a vendor, the receipts' delivery, else just that key. */
export const effectOf = (key: string): string =>
  Object.hasOwn(VENDORS, key)
    ? `${key} is off`
    : key === 'receipts'
      ? 'receipts are off'
      : 'the default is used';

/**
 * Splits a script-tag config into core's part and the embed's part, checking the embed's keys.
 * None of the embed's keys is needed for a decision to mean something, so a wrong one is left out
 * (its default applies, or the vendor or feature it names stays off) and `warnings` says so, each
 * as `<key>: expected …, got …; <what happened>`. Core checks its own part in `createConsent`.
 */
export function splitConfig(input: unknown): {
  core: ConsentConfig;
  embed: EmbedOptions;
  warnings: string[];
} {
  const warnings: string[] = [];
  if (!isRecord(input)) return { core: input as ConsentConfig, embed: {}, warnings };
  // No prototype: an option the config leaves out must not be read from a polluted Object.prototype.
  const core: Record<string, unknown> = Object.create(null);
  const embed: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(input)) (Object.hasOwn(RULES, key) ? embed : core)[key] = input[key];
  for (const key of EMBED_KEYS) {
    const problems: string[] = [];
    if (embed[key] !== undefined) RULES[key](embed[key], key, problems);
    if (problems.length === 0) continue;
    delete embed[key];
    warnings.push(...problems.map((p) => `${p}; ${effectOf(key)}`));
  }
  return { core: core as ConsentConfig, embed: embed as EmbedOptions, warnings };
}

/**
 * The absolute URL of the folder the on-demand files come from: `assetsUrl` resolved against the
 * page (with a trailing slash, so `"/assent"` means the folder), or `fallback` when it is not set.
 * @returns the folder's URL; `null` when `assetsUrl` is no URL at all.
 */
export function assetsBase(assetsUrl: string | undefined, fallback: string | null): string | null {
  if (assetsUrl === undefined) return fallback;
  try {
    const url = new URL(assetsUrl, document.baseURI);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** The options object of a toggle key, or `null` when it is off. */
export function toggleOptions<T extends object>(
  value: boolean | T | undefined,
  byDefault: boolean,
): T | null {
  if (value === undefined) return byDefault ? ({} as T) : null;
  if (value === false) return null;
  return value === true ? ({} as T) : value;
}
