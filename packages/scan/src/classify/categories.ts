/**
 * How the Open Cookie Database's words map to Assent's: its categories to Assent's categories,
 * some vendor spellings to one name, its retention texts to the scanner's. Policy (categories):
 * Functional, Necessary and Security → essential; Analytics → analytics; Marketing → advertising;
 * Personalization → functional; anything else → unknown. "Functional" in the database means
 * "needed for the site to work", which is Assent's `essential`.
 */
import type { ScanCategory } from '../report-types';

const CATEGORIES: Record<string, ScanCategory> = {
  functional: 'essential',
  necessary: 'essential',
  security: 'essential',
  analytics: 'analytics',
  marketing: 'advertising',
  personalization: 'functional',
  personalisation: 'functional',
};

/** The Assent category of a database category (any case); `unknown` for anything else. */
export function assentCategory(databaseCategory: string): ScanCategory {
  return CATEGORIES[databaseCategory.trim().toLowerCase()] ?? 'unknown';
}

/**
 * One spelling per vendor, so a vendor's cookies (from the database) and its hosts (from the
 * tracker table) group into one service of the generated config.
 */
const VENDOR_NAMES: Record<string, string> = {
  facebook: 'Meta',
  instagram: 'Meta',
  whatsapp: 'Meta',
  hubspot: 'HubSpot',
  cloudflare: 'Cloudflare',
  youtube: 'YouTube',
  wordpress: 'WordPress',
  mediamath: 'MediaMath',
  comscore: 'comScore',
  livechat: 'LiveChat',
  'tawk.to chat': 'Tawk.to',
  x: 'X (Twitter)',
  'yandex.metrica': 'Yandex Metrica',
  'bing / microsoft': 'Microsoft',
  'doubleclick/google marketing': 'Google Ads',
};

/** A vendor's name in its one spelling; `null` for an empty one. */
export function vendorName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  return VENDOR_NAMES[trimmed.toLowerCase()] ?? trimmed;
}

/** The database's retention text, tidied: the session variants read "session", unknowns `''`. */
export function retentionText(text: string): string {
  const t = text.trim();
  if (/^(end of )?(browser )?sess?s?ions?( cookie| \(browser\))?$/i.test(t) || /^seesion$/i.test(t))
    return 'session';
  if (/^(unknown|undefined|varies|various|)$/i.test(t)) return '';
  return /^\d+ [a-z]+$/i.test(t) ? t.toLowerCase() : t;
}
