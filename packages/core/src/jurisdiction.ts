import type { ConsentMode } from './types';

/** The 27 EU member states (the tables are space-separated codes: shorter in the script tag). */
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';

/**
 * Countries where consent for non-essential cookies must be asked first (opt-in): the EEA
 * (EU 27 + Iceland, Liechtenstein, Norway), the United Kingdom and Switzerland (ePrivacy/GDPR,
 * UK PECR, Swiss FADP).
 */
export const OPT_IN_COUNTRIES: readonly string[] = `${EU} IS LI NO GB CH`.split(' ');

/**
 * US states with a comprehensive privacy law that gives an opt-out of sale/sharing/targeted
 * advertising and (mostly) requires honouring opt-out preference signals such as GPC.
 */
export const OPT_OUT_US_STATES: readonly string[] =
  'CA CO CT DE IA IN KY MD MN MT NE NH NJ OR RI TN TX UT VA'.split(' ');

/**
 * Picks the consent mode for a region (`"DE"`, `"US-CA"`).
 *
 * Order: an exact match in `overrides`, then the country part in `overrides`, then the built-in
 * table (EEA/UK/CH → opt-in, US states with privacy laws → opt-out), then `fallback`.
 */
export function resolveMode(
  region: string | null,
  overrides: Readonly<Record<string, ConsentMode>> = {},
  fallback: ConsentMode = 'opt-in',
): ConsentMode {
  if (!region) return fallback;
  const code = region.toUpperCase();
  const country = code.split('-')[0]!;
  const override = Object.hasOwn(overrides, code)
    ? overrides[code]
    : Object.hasOwn(overrides, country)
      ? overrides[country]
      : undefined;
  if (override) return override;
  if (OPT_IN_COUNTRIES.includes(country)) return 'opt-in';
  if (country === 'US' && OPT_OUT_US_STATES.includes(code.slice(3))) return 'opt-out';
  return fallback;
}
