import type { BannerOptions } from '@assent/banner';
import { type ConsentConfig, isSafeUrl } from '@assent/core';

/** Options of an adapter key: `true` for the defaults, or an object. */
type Toggle<T> = boolean | T;

/**
 * The script-tag config: the core config plus one key per adapter and the banner's options.
 * JSON-compatible, so it can live in `<script type="application/json" data-assent-config>`.
 */
export interface EmbedConfig extends ConsentConfig {
  /** Google Consent Mode v2 (on automatically with GA4 or GTM). */
  googleConsentMode?: Toggle<{
    waitForUpdate?: number;
    urlPassthrough?: boolean;
    adsDataRedaction?: boolean;
    mapping?: Record<string, string[]>;
    regions?: Array<Record<string, unknown>>;
  }>;
  googleAnalytics?: {
    measurementId: string;
    mode?: 'basic' | 'advanced';
    config?: Record<string, unknown>;
    category?: string;
  };
  googleTagManager?: { containerId: string; category?: string };
  metaPixel?: { pixelId: string; category?: string; trackPageView?: boolean };
  /** Plain `<script type="text/plain" data-category>` / iframe / img gating. @default true */
  scriptTags?: Toggle<{ placeholder?: boolean; observe?: boolean }>;
  /** Delete declared cookies when a category is withdrawn. @default true */
  cleanup?: Toggle<{ reloadOnWithdraw?: boolean; cleanOnConnect?: boolean }>;
  /** Consent receipts sent to a ledger. */
  receipts?: { endpoint?: string; serverCookie?: boolean };
  layout?: BannerOptions['layout'];
  position?: BannerOptions['position'];
  language?: string;
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
}

/** Keys handled by the script tag itself (the rest goes to `createConsent`). */
export const EMBED_KEYS = [
  'googleConsentMode',
  'googleAnalytics',
  'googleTagManager',
  'metaPixel',
  'scriptTags',
  'cleanup',
  'receipts',
  'layout',
  'position',
  'language',
  'translations',
  'theme',
  'themeVars',
  'floatingButton',
  'nonce',
  'assetsUrl',
] as const;

type EmbedKey = (typeof EMBED_KEYS)[number];
export type EmbedOptions = Pick<EmbedConfig, EmbedKey>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? 'an array'
      : isObject(v)
        ? 'an object'
        : String(v);

/**
 * Splits a script-tag config into core's part and the embed's part, checking the embed's keys.
 * Core checks its own part (unknown keys included) in `createConsent`.
 */
export function splitConfig(input: unknown): { core: ConsentConfig; embed: EmbedOptions; issues: string[] } {
  const issues: string[] = [];
  if (!isObject(input)) return { core: input as ConsentConfig, embed: {}, issues };
  // No prototype: an option the config leaves out must not be read from a polluted Object.prototype.
  const core: Record<string, unknown> = Object.create(null);
  const embed: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(input))
    (EMBED_KEYS.includes(key as EmbedKey) ? embed : core)[key] = input[key];
  const expect = (key: string, ok: boolean, expected: string) => {
    if (embed[key] !== undefined && !ok) issues.push(`${key}: expected ${expected}, got ${show(embed[key])}`);
  };
  const toggle = (key: string) =>
    expect(key, typeof embed[key] === 'boolean' || isObject(embed[key]), 'true, false or an object');
  const withId = (key: string, id: string, re: RegExp, example: string) => {
    const v = embed[key];
    if (v === undefined) return;
    if (!isObject(v)) issues.push(`${key}: expected an object { ${id}, … }, got ${show(v)}`);
    else if (typeof v[id] !== 'string' || !re.test(v[id] as string))
      issues.push(`${key}.${id}: expected an id such as "${example}", got ${show(v[id])}`);
  };
  toggle('googleConsentMode');
  toggle('scriptTags');
  toggle('cleanup');
  withId('googleAnalytics', 'measurementId', /^G-[A-Z0-9]{4,20}$/, 'G-ABC123XYZ');
  withId('googleTagManager', 'containerId', /^GTM-[A-Z0-9]{4,12}$/, 'GTM-ABC1234');
  withId('metaPixel', 'pixelId', /^\d{5,20}$/, '123456789012345');
  expect('receipts', isObject(embed.receipts), 'an object { endpoint }');
  expect('layout', ['bar', 'box', 'modal'].includes(embed.layout as string), '"bar", "box" or "modal"');
  expect(
    'position',
    ['bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'].includes(
      embed.position as string,
    ),
    'a position such as "bottom" or "bottom-right"',
  );
  expect(
    'language',
    typeof embed.language === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(embed.language),
    'a language tag such as "de"',
  );
  expect('translations', isObject(embed.translations), 'an object of language → strings');
  expect('theme', ['light', 'dark', 'auto'].includes(embed.theme as string), '"light", "dark" or "auto"');
  expect('themeVars', isObject(embed.themeVars), 'an object of name → CSS value');
  expect('floatingButton', typeof embed.floatingButton === 'boolean', 'true or false');
  expect(
    'nonce',
    typeof embed.nonce === 'string' && /^[A-Za-z0-9+/=_-]{1,200}$/.test(embed.nonce),
    'a base64 nonce',
  );
  expect(
    'assetsUrl',
    typeof embed.assetsUrl === 'string' &&
      embed.assetsUrl.length <= 2000 &&
      isSafeUrl(embed.assetsUrl) &&
      assetsBase(embed.assetsUrl, null) !== null,
    'a folder URL or path, such as "/assent/"',
  );
  return { core: core as ConsentConfig, embed: embed as EmbedOptions, issues };
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
