import type { ConsentStore } from '@assent/core';
import { BOOLEAN, list, matches, oneOf, REGION, record, shape, TOKEN, when } from '@assent/protocol';
import { ensureGtag, gtag } from './internal/gtag';
import { checkOptions, type OptionRules } from './internal/options';
import type { Adapter } from './types';

/** A Google Consent Mode v2 consent type. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** `'granted'` or `'denied'`. */
export type ConsentValue = 'granted' | 'denied';

/** Every consent type, in the order they are written to the dataLayer. */
export const CONSENT_TYPES: readonly ConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/**
 * The built-in mapping from Assent categories to consent types. A type is granted when at least one
 * configured category maps to it and all of those are granted; a type no configured category maps
 * to stays denied (`essential` is always granted).
 */
export const DEFAULT_MAPPING: Readonly<Record<string, readonly ConsentType[]>> = {
  essential: ['security_storage'],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

/** A default for some regions only (Google picks the most specific match per visitor). */
export interface RegionDefault {
  /** ISO 3166-1 alpha-2 countries or ISO 3166-2 subdivisions, e.g. `['US-CA', 'CA']`. `'EU'` is not valid. */
  region: readonly string[];
  /** Types granted by default in these regions; the others are denied (`security_storage` stays granted). */
  granted?: readonly ConsentType[];
}

/** Options of {@link googleConsentMode}. */
export interface ConsentModeOptions {
  /**
   * Category → consent types, over {@link DEFAULT_MAPPING}: a type mapped here is driven only by
   * the categories listed here; a category mapped to `[]` drives nothing.
   * Example: `{ marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'] }`.
   */
  mapping?: Readonly<Record<string, readonly ConsentType[]>>;
  /** Milliseconds Google tags wait for an update before firing with the defaults. @default 500 */
  waitForUpdate?: number;
  /** Extra `default` commands scoped to regions, pushed before the global default. */
  regions?: readonly RegionDefault[];
  /** `gtag('set', 'url_passthrough', true)`: keep click ids in links while storage is denied. */
  urlPassthrough?: boolean;
  /** `gtag('set', 'ads_data_redaction', true)`: redact ad click ids while `ad_storage` is denied. */
  adsDataRedaction?: boolean;
}

const CONSENT_TYPE_LIST = list(oneOf(CONSENT_TYPES), 'an array of consent types');
// Not empty: an empty list would make a default for no region at all.
const REGION_CODES = list(
  when(
    (v) => typeof v === 'string' && REGION.test(v) && v !== 'EU',
    'an ISO 3166 code such as "DE" or "US-CA" ("EU" is not valid: list the countries)',
  ),
  'a non-empty array of ISO 3166 codes',
  1,
);

/** The rules of {@link ConsentModeOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = {
  mapping: record(
    matches(TOKEN, 'a category id'),
    CONSENT_TYPE_LIST,
    'an object of category id → consent types',
  ),
  waitForUpdate: when(
    (v) => Number.isInteger(v) && (v as number) >= 0,
    'a whole number of milliseconds (0 or more)',
  ),
  regions: list(
    shape(
      {
        region: REGION_CODES,
        granted: CONSENT_TYPE_LIST,
      },
      'an object { region, granted? }',
      ['region'],
    ),
    'an array of region defaults',
  ),
  urlPassthrough: BOOLEAN,
  adsDataRedaction: BOOLEAN,
};

/**
 * The site's mapping over the built-in one: a consent type the site maps is driven only by the
 * site's categories (so `{ statistics: ['analytics_storage'] }` replaces `analytics`).
 */
function mergeMapping(
  custom: Readonly<Record<string, readonly ConsentType[]>> = {},
): Record<string, readonly ConsentType[]> {
  const taken = new Set(Object.values(custom).flat());
  const merged: Record<string, readonly ConsentType[]> = {};
  for (const [category, types] of Object.entries(DEFAULT_MAPPING))
    merged[category] = types.filter((type) => !taken.has(type));
  return { ...merged, ...custom };
}

/** One value per consent type, in {@link CONSENT_TYPES} order: `'granted'` where `granted(type)`. */
function valuesOf(granted: (type: ConsentType) => boolean): Record<ConsentType, ConsentValue> {
  const values = CONSENT_TYPES.map((type) => [type, granted(type) ? 'granted' : 'denied']);
  return Object.fromEntries(values) as Record<ConsentType, ConsentValue>;
}

/**
 * The value of every consent type when the store's categories for which `granted(id)` holds are
 * granted: a type is granted when at least one configured category maps to it and all of those are.
 */
function valuesFor(
  store: ConsentStore,
  mapping: Readonly<Record<string, readonly ConsentType[]>>,
  granted: (id: string) => boolean,
): Record<ConsentType, ConsentValue> {
  const drivers = new Map<ConsentType, boolean>();
  for (const id of store.config.categoryIds)
    for (const type of mapping[id] ?? []) drivers.set(type, (drivers.get(type) ?? true) && granted(id));
  return valuesOf((type) => drivers.get(type) === true);
}

/**
 * Computes the value of every consent type from the store's current categories.
 * @param store - the consent store.
 * @param mapping - category → consent types (the merged mapping).
 * @returns one value per consent type.
 */
export function consentValues(
  store: ConsentStore,
  mapping: Readonly<Record<string, readonly ConsentType[]>> = DEFAULT_MAPPING,
): Record<ConsentType, ConsentValue> {
  return valuesFor(store, mapping, (id) => store.has(id));
}

/** Values before any decision: only `essential` granted, so only what it alone drives. */
const defaultValues = (store: ConsentStore, mapping: Readonly<Record<string, readonly ConsentType[]>>) =>
  valuesFor(store, mapping, (id) => id === 'essential');

/**
 * Google Consent Mode v2. At connect, synchronously: creates `window.dataLayer` and the standard
 * `gtag` stub (an existing `gtag` is kept), pushes the region defaults and the global
 * `consent default` (denied, `security_storage` granted, `wait_for_update`), then, when the visitor
 * has a stored choice or the mode grants by default, a `consent update` right after it, then the
 * `set` commands. Every later change pushes `consent update`. Connect it before any Google tag.
 *
 * @param options - mapping, `waitForUpdate`, region defaults, `urlPassthrough`, `adsDataRedaction`.
 * @returns an adapter for `connect()`.
 * @example
 * connect(consent, googleConsentMode({ waitForUpdate: 500, adsDataRedaction: true }));
 */
export function googleConsentMode(options: ConsentModeOptions = {}): Adapter {
  checkOptions('googleConsentMode', OPTIONS, options);
  const mapping = mergeMapping(options.mapping);
  const wait = options.waitForUpdate ?? 500;
  return (store) => {
    ensureGtag();
    const defaults = defaultValues(store, mapping);
    for (const entry of options.regions ?? []) {
      const values = valuesOf((type) => !!entry.granted?.includes(type) || defaults[type] === 'granted');
      gtag('consent', 'default', { ...values, wait_for_update: wait, region: [...entry.region] });
    }
    gtag('consent', 'default', { ...defaults, wait_for_update: wait });
    let last = defaults;
    // Every decision is sent (Google records that the visitor acted); a change without a decision
    // (reset, another tab, or at connect the mode's defaults) only when a value changed.
    const update = () => {
      const next = consentValues(store, mapping);
      if (!store.getState().decided && CONSENT_TYPES.every((type) => next[type] === last[type])) return;
      last = next;
      gtag('consent', 'update', { ...next });
    };
    update();
    if (options.urlPassthrough) gtag('set', 'url_passthrough', true);
    if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
    return store.subscribe(update);
  };
}
